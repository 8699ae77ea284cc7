package dev.dockwise.fleet;

import dev.dockwise.engine.facts.Knowledge;
import dev.dockwise.fleet.folder.PlanFolder;
import dev.dockwise.fleet.folder.PlanLayout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Lays out a plan folder: {@code hosts/} with each host's files, and {@code summary.csv} and {@code
 * summary.html}.
 */
public final class FleetWriter {

    private FleetWriter() {}

    /** Writes the plan's two summaries into the run's staging folder. */
    public static void writeSummary(
            PlanFolder folder, List<HostPlan> plans, FleetSummary summary, Knowledge knowledge)
            throws IOException {
        folder.writeSummary(
                PlanLayout.SUMMARY_CSV, FleetCsv.render(plans).getBytes(StandardCharsets.UTF_8));
        folder.writeSummary(
                PlanLayout.SUMMARY_HTML,
                FleetHtml.render(plans, summary, knowledge, LocalDate.now())
                        .getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Every profile was invalid: nothing was written, and the folder's previous plan is as it was.
     */
    public static final class NothingValidException extends IOException {
        private final transient List<HostPlan> plans;

        NothingValidException(List<HostPlan> plans) {
            super("every profile is invalid: nothing was written");
            this.plans = List.copyOf(plans);
        }

        public List<HostPlan> plans() {
            return plans;
        }
    }

    /**
     * What a plan run wrote: every host's plan, and the user's files found in the replaced plan,
     * kept aside, if any.
     */
    public record Written(List<HostPlan> plans, Optional<PlanFolder.KeptFiles> kept) {}

    /**
     * Plans and writes everything, as the command line and the wizard's export both do: into the
     * folder's staging area first, then in place of its previous plan (see {@link PlanFolder}). A
     * run in which no profile is valid writes nothing and leaves the previous plan alone.
     */
    public static Written planInto(
            Path out,
            boolean force,
            List<HostSource> sources,
            FleetPlanner planner,
            Knowledge knowledge,
            FleetPlanner.Progress progress,
            java.util.function.BooleanSupplier cancelled)
            throws IOException {
        try (PlanFolder folder = PlanFolder.open(out, force, planner.version())) {
            List<HostPlan> plans =
                    planner.plan(
                            sources,
                            Optional.of(folder.hosts()),
                            progress,
                            () -> cancelled.getAsBoolean() || folder.stopping());
            if (!plans.isEmpty()
                    && plans.stream().allMatch(p -> p.status() == FleetStatus.INVALID)) {
                throw new NothingValidException(plans);
            }
            writeSummary(folder, plans, FleetSummary.of(plans), knowledge);
            return new Written(plans, folder.commit());
        }
    }
}
