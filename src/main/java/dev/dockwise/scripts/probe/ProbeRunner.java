package dev.dockwise.scripts.probe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Runs the bundled probe on this computer, as "Assess this computer" does: Windows PowerShell (no
 * elevation; the few values that need it stay unknown), the probe written to a folder of its own,
 * its lines passed on as progress, a time limit, and every way it can go wrong (no PowerShell, an
 * execution policy set by Group Policy, a probe that hangs or stops) told in words.
 */
public final class ProbeRunner {
    /**
     * Where a shell other than Windows PowerShell is named (tests: a stand-in; also pwsh.exe on a
     * locked-down host).
     */
    public static final String SHELL_PROPERTY = "dockwise.probe.shell";

    public static final Duration TIMEOUT = Duration.ofMinutes(2);
    private final Path shell;
    private final Duration timeout;

    /** How a run ended. */
    public sealed interface Outcome {
        /** The profile the probe wrote. */
        record Done(Path profile) implements Outcome {}

        /** Why there is no profile, in words, and the last lines the probe printed. */
        record Failed(String reason, List<String> lastLines) implements Outcome {}

        /** The user cancelled. */
        record Cancelled() implements Outcome {}
    }

    public ProbeRunner(Path shell, Duration timeout) {
        this.shell = shell;
        this.timeout = timeout;
    }

    /**
     * Windows PowerShell on this computer (or the shell named by {@link #SHELL_PROPERTY}); empty
     * where there is none, as off Windows.
     */
    public static Optional<Path> shell() {
        String named = System.getProperty(SHELL_PROPERTY);
        if (named != null && !named.isBlank()) {
            return Optional.of(Path.of(named));
        }
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")) {
            return Optional.empty();
        }
        String root = System.getenv().getOrDefault("SystemRoot", "C:\\Windows");
        Path powershell = Path.of(root, "System32", "WindowsPowerShell", "v1.0", "powershell.exe");
        return Files.isRegularFile(powershell) ? Optional.of(powershell) : Optional.empty();
    }

    /**
     * Runs the probe in {@code work} (a folder of the caller's, removed by it afterwards), telling
     * {@code progress} each line it prints; {@code cancelled} is asked while it runs.
     */
    public Outcome run(Path work, Consumer<String> progress, BooleanSupplier cancelled) {
        Path probe = work.resolve("dockwise-probe.ps1");
        Path out = work.resolve("this-computer.dockwise.json");
        try {
            Files.write(probe, ProbeScript.bytes());
        } catch (IOException e) {
            return new Outcome.Failed(
                    "Dockwise could not write the probe to " + work + ": " + e.getMessage(),
                    List.of());
        }
        ScriptProcess.Ended ended =
                ScriptProcess.run(
                        shell,
                        timeout,
                        work,
                        probe,
                        List.of("-OutFile", out.toString()),
                        "probe",
                        progress,
                        cancelled);
        if (ended instanceof ScriptProcess.Ended.Cancelled) {
            return new Outcome.Cancelled();
        }
        if (ended instanceof ScriptProcess.Ended.Failed f) {
            return new Outcome.Failed(f.reason(), f.lastLines());
        }
        ScriptProcess.Ended.Exited exited = (ScriptProcess.Ended.Exited) ended;
        if (exited.exitCode() != 0) {
            return new Outcome.Failed(
                    "The probe stopped with exit code " + exited.exitCode() + ".",
                    exited.lastLines());
        }
        if (!Files.isRegularFile(out)) {
            return new Outcome.Failed(
                    "The probe finished but wrote no profile.", exited.lastLines());
        }
        return new Outcome.Done(out);
    }
}
