package dev.dockwise.cli;

import dev.dockwise.engine.Advisor;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.files.BoundedRead;
import dev.dockwise.files.ShownName;
import dev.dockwise.fleet.FleetInputs;
import dev.dockwise.fleet.FleetPlanner;
import dev.dockwise.fleet.FleetStatus;
import dev.dockwise.fleet.FleetSummary;
import dev.dockwise.fleet.FleetWriter;
import dev.dockwise.fleet.HostPlan;
import dev.dockwise.fleet.HostSource;
import dev.dockwise.fleet.folder.PlanFolder;
import dev.dockwise.fleet.folder.PlanLayout;
import dev.dockwise.knowledge.KnowledgeBase;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dockwise plan}: a recommendation and an install script for every host of a fleet, and a
 * summary.
 */
@Command(
        name = "plan",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description =
                "Plan many hosts at once: one recommendation and one install script per host (where"
                        + " a mode can work), and a summary (summary.csv, one row per host;"
                        + " summary.html). Invalid profiles are reported and skipped.")
public final class PlanCommand implements Callable<Integer> {
    /** Invalid profiles printed on the terminal; the rest are in summary.csv. */
    static final int PROBLEMS_SHOWN = 20;

    @Spec CommandSpec spec;

    @Option(
            names = "--profiles",
            required = true,
            paramLabel = "DIR|FILE.jsonl",
            description =
                    "A folder of v1 profiles (*.json), or a JSON Lines file with one profile per"
                            + " line.")
    Path profiles;

    @Option(
            names = "--out",
            defaultValue = "dockwise-plan",
            paramLabel = "DIR",
            description =
                    "Where to write hosts/, summary.csv and summary.html (default:"
                            + " ${DEFAULT-VALUE}).")
    Path out;

    @Option(
            names = "--force",
            description =
                    "Replace the plan Dockwise wrote in --out before (hosts/, summary.csv,"
                            + " summary.html), as a whole. Never replaces anything Dockwise did not"
                            + " write: a folder holding other files is refused.")
    boolean force;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        List<HostSource> sources = read();
        if (sources.isEmpty()) {
            throw new BadInputException(
                    "no profiles in "
                            + ShownName.of(profiles)
                            + ": expected *.json files in a folder, or a .jsonl file with one"
                            + " profile per line");
        }
        Advisor advisor = new Advisor(KnowledgeBase.bundled());
        PrintWriter err = spec.commandLine().getErr();
        FleetWriter.Written written;
        try {
            written =
                    FleetWriter.planInto(
                            out,
                            force,
                            sources,
                            new FleetPlanner(advisor, Version.number()),
                            advisor.knowledge(),
                            TerminalProgress.forConsole(err),
                            () -> false);
        } catch (FleetWriter.NothingValidException e) {
            reportInvalid(err, e.plans(), FleetSummary.of(e.plans()));
            throw new BadInputException(
                    "every profile is invalid: nothing was written, and the folder's previous plan"
                            + " is unchanged");
        } catch (PlanFolder.RefusedException e) {
            throw new BadInputException("--out: " + e.getMessage());
        } catch (PlanFolder.NotReplacedException e) {
            throw new BadInputException(
                    "cannot put the plan in place in " + ShownName.of(out) + ": " + e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            throw new BadInputException(
                    "cannot write the plan to "
                            + ShownName.of(out)
                            + ": "
                            + e.getMessage()
                            + " (the folder's previous plan is unchanged)");
        } catch (CancellationException e) {
            throw new BadInputException("plan stopped; the folder's previous plan is unchanged");
        }
        List<HostPlan> plans = written.plans();
        FleetSummary summary = FleetSummary.of(plans);
        reportInvalid(err, plans, summary);
        PrintWriter o = spec.commandLine().getOut();
        o.printf(
                "Planned %d host%s in %.1f s: %d with a mode that works as they are, %d after"
                        + " changes, %d where nothing works, %d invalid.%n",
                summary.hosts(),
                summary.hosts() == 1 ? "" : "s",
                (System.nanoTime() - start) / 1e9,
                summary.count(FleetStatus.RECOMMENDED),
                summary.count(FleetStatus.NEEDS_CHANGES),
                summary.count(FleetStatus.NOTHING_WORKS),
                summary.count(FleetStatus.INVALID));
        for (Map.Entry<Mode, List<HostPlan>> e : summary.modesByHosts()) {
            o.printf("  %-16s %6d%n", e.getKey().id(), e.getValue().size());
        }
        o.println(
                "Wrote "
                        + ShownName.of(out.resolve(PlanLayout.SUMMARY_CSV))
                        + ", "
                        + ShownName.of(out.resolve(PlanLayout.SUMMARY_HTML))
                        + " and each host's files in "
                        + ShownName.of(out.resolve(PlanLayout.HOSTS)));
        written.kept()
                .ifPresent(
                        kept ->
                                err.println(
                                        "Kept "
                                                + kept.files().size()
                                                + " file"
                                                + (kept.files().size() == 1 ? "" : "s")
                                                + " that appeared in the previous plan while this"
                                                + " one was written ("
                                                + String.join(
                                                        ", ",
                                                        kept.files().stream()
                                                                .limit(5)
                                                                .map(ShownName::of)
                                                                .toList())
                                                + (kept.files().size() > 5 ? ", ..." : "")
                                                + "): they are in "
                                                + ShownName.of(kept.folder())));
        return ExitCodes.OK;
    }

    private List<HostSource> read() {
        try {
            return FleetInputs.read(profiles);
        } catch (NoSuchFileException e) {
            throw new BadInputException(
                    "--profiles: " + ShownName.of(profiles) + " does not exist");
        } catch (BoundedRead.NotAFileException | FleetInputs.TooManyException e) {
            throw new BadInputException("--profiles: " + e.getMessage());
        } catch (IOException e) {
            throw new BadInputException(
                    "cannot read " + ShownName.of(profiles) + ": " + ShownName.of(e.getMessage()));
        }
    }

    private static void reportInvalid(PrintWriter err, List<HostPlan> plans, FleetSummary summary) {
        plans.stream()
                .filter(p -> p.status() == FleetStatus.INVALID)
                .limit(PROBLEMS_SHOWN)
                .forEach(
                        p ->
                                err.println(
                                        "invalid profile "
                                                + ShownName.of(p.origin())
                                                + ": "
                                                + String.join("; ", p.problems())));
        int more = summary.count(FleetStatus.INVALID) - PROBLEMS_SHOWN;
        if (more > 0) {
            err.println("... and " + more + " more invalid profiles (see summary.csv)");
        }
    }
}
