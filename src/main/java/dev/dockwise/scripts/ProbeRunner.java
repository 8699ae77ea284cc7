package dev.dockwise.scripts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Runs the bundled probe on this computer, as "Assess this computer" does: Windows PowerShell
 * (no elevation; the few values that need it stay unknown), the probe written to a folder of its
 * own, its lines passed on as progress, a time limit, and every way it can go wrong (no PowerShell,
 * an execution policy set by Group Policy, a probe that hangs or stops) told in words.
 */
public final class ProbeRunner {
    /** Where a shell other than Windows PowerShell is named (tests: a stand-in; also pwsh.exe on a locked-down host). */
    public static final String SHELL_PROPERTY = "dockwise.probe.shell";
    public static final Duration TIMEOUT = Duration.ofMinutes(2);
    private static final int LINES_KEPT = 40;

    private final Path shell;
    private final Duration timeout;

    /** How a run ended. */
    public sealed interface Outcome {
        /** The profile the probe wrote. */
        record Done(Path profile) implements Outcome {
        }

        /** Why there is no profile, in words, and the last lines the probe printed. */
        record Failed(String reason, List<String> lastLines) implements Outcome {
        }

        /** The user cancelled. */
        record Cancelled() implements Outcome {
        }
    }

    public ProbeRunner(Path shell, Duration timeout) {
        this.shell = shell;
        this.timeout = timeout;
    }

    /** Windows PowerShell on this computer (or the shell named by {@link #SHELL_PROPERTY}); empty where there is none, as off Windows. */
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
            return new Outcome.Failed("Dockwise could not write the probe to " + work + ": " + e.getMessage(), List.of());
        }
        Process process;
        try {
            process = new ProcessBuilder(shell.toString(), "-NoProfile", "-NonInteractive", "-ExecutionPolicy", "Bypass",
                    "-File", probe.toString(), "-OutFile", out.toString())
                    .directory(work.toFile()).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.PIPE).start();
        } catch (IOException e) {
            return new Outcome.Failed("PowerShell could not be started (" + shell + "): " + e.getMessage(), List.of());
        }
        try {
            process.getOutputStream().close();
        } catch (IOException ignored) {
            // nothing to tell it; a closed input keeps a prompt from waiting
        }
        Deque<String> lines = new ArrayDeque<>();
        Thread reader = new Thread(() -> read(process, lines, progress), "dockwise-probe-output");
        reader.setDaemon(true);
        reader.start();
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (!process.waitFor(200, TimeUnit.MILLISECONDS)) {
                if (cancelled.getAsBoolean()) {
                    stop(process);
                    return new Outcome.Cancelled();
                }
                if (System.nanoTime() > deadline) {
                    stop(process);
                    return new Outcome.Failed("The probe did not finish within " + timeout.toSeconds() + " seconds, so it was stopped.", last(lines));
                }
            }
            reader.join(2000);
        } catch (InterruptedException e) {
            stop(process);
            Thread.currentThread().interrupt();
            return new Outcome.Cancelled();
        }
        List<String> said = last(lines);
        String all = String.join("\n", said).toLowerCase(Locale.ROOT);
        if (all.contains("about_execution_policies") || all.contains("running scripts is disabled") || all.contains("is not digitally signed")) {
            return new Outcome.Failed("The execution policy of this computer (set by your organisation) does not let PowerShell run the probe.", said);
        }
        if (process.exitValue() != 0) {
            return new Outcome.Failed("The probe stopped with exit code " + process.exitValue() + ".", said);
        }
        if (!Files.isRegularFile(out)) {
            return new Outcome.Failed("The probe finished but wrote no profile.", said);
        }
        return new Outcome.Done(out);
    }

    private static void read(Process process, Deque<String> lines, Consumer<String> progress) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                // bounded: a probe that talks without end costs a few lines of memory
                String shown = line.length() > 500 ? line.substring(0, 500) : line;
                synchronized (lines) {
                    lines.addLast(shown);
                    if (lines.size() > LINES_KEPT) {
                        lines.removeFirst();
                    }
                }
                if (!shown.isBlank()) {
                    tell(progress, shown.strip());
                }
            }
        } catch (IOException e) {
            // the process ended or was stopped
        }
    }

    /**
     * A listener that fails must not stop this thread: the probe's output would no longer be read,
     * and a probe writing into a full pipe waits until the time-out.
     */
    private static void tell(Consumer<String> progress, String line) {
        try {
            progress.accept(line);
        } catch (RuntimeException listenerFailed) {
            // the line is still kept for the outcome
        }
    }

    private static List<String> last(Deque<String> lines) {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    private static void stop(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
