package dev.dockwise.fleet;

import dev.dockwise.engine.Advisor;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.engine.model.Profile;
import dev.dockwise.engine.model.Status;
import dev.dockwise.engine.result.Fix;
import dev.dockwise.engine.result.Recommendation;
import dev.dockwise.files.ShownName;
import dev.dockwise.fleet.folder.HostFiles;
import dev.dockwise.fleet.folder.PlanLayout;
import dev.dockwise.profile.InvalidProfileException;
import dev.dockwise.profile.ProfileReader;
import dev.dockwise.report.text.RecommendationJson;
import dev.dockwise.scripts.GeneratedScript;
import dev.dockwise.scripts.NoScriptException;
import dev.dockwise.scripts.ScriptGenerator;
import dev.dockwise.scripts.options.ScriptOptions;
import dev.dockwise.scripts.powershell.PowerShell;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * Plans a fleet: every profile read and validated on its own (a bad one is reported, never fatal),
 * evaluated by the one advisor, and, with an output folder, its recommendation and install script
 * written as it goes. Hosts are planned in parallel; the result keeps the input order.
 */
public final class FleetPlanner {
    /** Told after each host; called from worker threads. */
    public interface Progress {
        void update(int done, int total);
    }

    private static final int BLOCKERS_SHOWN = 3;

    private final Advisor advisor;
    private final ScriptGenerator scripts;
    private final String version;

    public FleetPlanner(Advisor advisor, String version) {
        this.advisor = advisor;
        this.scripts = new ScriptGenerator(advisor.knowledge(), version);
        this.version = version;
    }

    /** The Dockwise version the plans are made by (scripts and the plan's record name it). */
    public String version() {
        return version;
    }

    /**
     * Plans every host. A failure (a full disk, cancelling) stops the hosts not yet started, and is
     * thrown only once every host already being written has finished: the caller then removes the
     * staging folder, and no worker may still be writing into it.
     */
    public List<HostPlan> plan(
            List<HostSource> sources,
            Optional<HostFiles> hostsDir,
            Progress progress,
            BooleanSupplier cancelled) {
        AtomicInteger done = new AtomicInteger();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        int total = sources.size();
        List<HostPlan> plans =
                IntStream.range(0, total)
                        .parallel()
                        .mapToObj(
                                i -> {
                                    if (failure.get() != null) {
                                        return null;
                                    }
                                    if (cancelled.getAsBoolean()) {
                                        failure.compareAndSet(
                                                null,
                                                new CancellationException("planning cancelled"));
                                        return null;
                                    }
                                    try {
                                        HostPlan plan = planOne(sources.get(i), hostsDir);
                                        progress.update(done.incrementAndGet(), total);
                                        return plan;
                                    } catch (RuntimeException e) {
                                        failure.compareAndSet(null, e);
                                        return null;
                                    }
                                })
                        .toList();
        if (failure.get() != null) {
            throw failure.get();
        }
        return plans;
    }

    private HostPlan planOne(HostSource source, Optional<HostFiles> hostsDir) {
        if (source.unreadable() != null) {
            return new HostPlan(
                    source.origin(),
                    source.fileBase(),
                    null,
                    FleetStatus.INVALID,
                    List.of(source.unreadable()),
                    null,
                    null,
                    List.of(),
                    List.of(),
                    null,
                    null);
        }
        Profile profile;
        try {
            profile = ProfileReader.read(source.json());
        } catch (InvalidProfileException e) {
            return new HostPlan(
                    source.origin(),
                    source.fileBase(),
                    null,
                    FleetStatus.INVALID,
                    e.shownProblems(),
                    null,
                    null,
                    List.of(),
                    List.of(),
                    null,
                    null);
        }
        Recommendation r = advisor.evaluate(profile);
        Mode recommended = r.recommended().orElse(null);
        Mode after = r.bestAfterChanges().orElse(null);
        FleetStatus status =
                recommended != null
                        ? FleetStatus.RECOMMENDED
                        : after != null ? FleetStatus.NEEDS_CHANGES : FleetStatus.NOTHING_WORKS;
        List<String> changes =
                status == FleetStatus.NEEDS_CHANGES
                        ? r.option(after).fixes().stream().map(Fix::action).toList()
                        : List.of();
        List<String> blockers =
                status == FleetStatus.NOTHING_WORKS
                        ? r.options().stream()
                                .filter(
                                        o ->
                                                o.status() == Status.BLOCKED
                                                        && !o.blockers().isEmpty())
                                .limit(BLOCKERS_SHOWN)
                                .map(o -> o.mode().id() + ": " + o.blockers().get(0))
                                .toList()
                        : List.of();
        String scriptFile = null;
        String scriptProblem = null;
        if (hostsDir.isPresent()) {
            write(
                    hostsDir.get(),
                    source.fileBase() + ".recommendation.json",
                    RecommendationJson.bytes(r));
        }
        if (status != FleetStatus.NOTHING_WORKS) {
            try {
                Mode mode = scripts.chooseMode(r, Optional.empty());
                GeneratedScript script =
                        scripts.install(profile, r, mode, ScriptOptions.defaults());
                scriptFile = source.fileBase() + "-" + mode.id() + ".ps1";
                if (hostsDir.isPresent()) {
                    write(hostsDir.get(), scriptFile, script.bytes());
                }
            } catch (NoScriptException | PowerShell.UnsafeValueException e) {
                scriptProblem = e.getMessage();
            }
        }
        return new HostPlan(
                source.origin(),
                source.fileBase(),
                profile.name(),
                status,
                List.of(),
                recommended,
                after,
                changes,
                blockers,
                scriptFile,
                scriptProblem);
    }

    /**
     * Host files go into the run's fresh staging folder (see {@link PlanFolder}), where nothing may
     * exist yet: a new file only, refusing anything already there, a link included, instead of
     * following it.
     */
    private static void write(HostFiles hosts, String name, byte[] bytes) {
        try {
            hosts.write(name, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot write "
                            + ShownName.of(PlanLayout.HOSTS + "/" + name)
                            + ": "
                            + ShownName.of(e.getMessage()),
                    e);
        }
    }
}
