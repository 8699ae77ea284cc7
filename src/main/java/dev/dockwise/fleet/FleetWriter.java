package dev.dockwise.fleet;

import dev.dockwise.engine.facts.Knowledge;
import dev.dockwise.files.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Lays out a plan folder: {@code hosts/} with each host's files, and {@code summary.csv} and {@code summary.html}. */
public final class FleetWriter {
    public static final String HOSTS = "hosts";
    public static final String SUMMARY_CSV = "summary.csv";
    public static final String SUMMARY_HTML = "summary.html";

    private FleetWriter() {
    }

    static void writeSummary(Path out, List<HostPlan> plans, FleetSummary summary, Knowledge knowledge) throws IOException {
        AtomicFiles.write(out.resolve(SUMMARY_CSV), FleetCsv.render(plans).getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(out.resolve(SUMMARY_HTML), FleetHtml.render(plans, summary, knowledge, LocalDate.now()).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Plans and writes everything, as the command line and the wizard's export both do: into the
     * folder's staging area first, then in place of its previous plan (see {@link PlanFolder}).
     */
    public static List<HostPlan> planInto(Path out, boolean force, List<HostSource> sources, FleetPlanner planner, Knowledge knowledge,
                                          FleetPlanner.Progress progress, java.util.function.BooleanSupplier cancelled) throws IOException {
        try (PlanFolder folder = PlanFolder.open(out, force, planner.version())) {
            List<HostPlan> plans = planner.plan(sources, Optional.of(folder.hosts()), progress, () -> cancelled.getAsBoolean() || folder.stopping());
            writeSummary(folder.staging(), plans, FleetSummary.of(plans), knowledge);
            folder.commit();
            return plans;
        }
    }
}
