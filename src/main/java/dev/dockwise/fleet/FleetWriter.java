package dev.dockwise.fleet;

import dev.dockwise.engine.facts.Knowledge;
import dev.dockwise.files.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Lays out a plan folder: {@code hosts/} with each host's files, and {@code summary.csv} and {@code summary.html}. */
public final class FleetWriter {
    public static final String HOSTS = "hosts";

    private FleetWriter() {
    }

    static void writeSummary(Path out, List<HostPlan> plans, FleetSummary summary, Knowledge knowledge) throws IOException {
        AtomicFiles.write(out.resolve("summary.csv"), FleetCsv.render(plans).getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(out.resolve("summary.html"), FleetHtml.render(plans, summary, knowledge, LocalDate.now()).getBytes(StandardCharsets.UTF_8));
    }

    /** Plans and writes everything: what the command line and the wizard's export both do. */
    public static List<HostPlan> planInto(Path out, List<HostSource> sources, FleetPlanner planner, Knowledge knowledge,
                                          FleetPlanner.Progress progress, java.util.function.BooleanSupplier cancelled) throws IOException {
        Path hosts = Files.createDirectories(out.resolve(HOSTS));
        List<HostPlan> plans = planner.plan(sources, Optional.of(hosts), progress, cancelled);
        writeSummary(out, plans, FleetSummary.of(plans), knowledge);
        return plans;
    }
}
