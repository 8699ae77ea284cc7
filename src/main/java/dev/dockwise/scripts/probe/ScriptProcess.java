package dev.dockwise.scripts.probe;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * One run of a bundled script through Windows PowerShell, for the probe and for the check of a
 * setup: no profile, no prompt (input closed), its lines passed on as they come, a time limit,
 * cancelling, and the ways it goes wrong before it ends (no PowerShell, an execution policy that
 * forbids it).
 */
final class ScriptProcess {
    private static final int LINES_KEPT = 40;

    private ScriptProcess() {}

    /** How the run ended. */
    sealed interface Ended {
        /** It ran to its end with this exit code; its last lines. */
        record Exited(int exitCode, List<String> lastLines) implements Ended {}

        /** Why it did not run or did not end, in words, and the last lines it printed. */
        record Failed(String reason, List<String> lastLines) implements Ended {}

        /** The user cancelled. */
        record Cancelled() implements Ended {}
    }

    static Ended run(
            Path shell,
            Duration timeout,
            Path work,
            Path script,
            List<String> arguments,
            String what,
            Consumer<String> progress,
            BooleanSupplier cancelled) {
        List<String> command =
                new ArrayList<>(
                        List.of(
                                shell.toString(),
                                "-NoProfile",
                                "-NonInteractive",
                                "-ExecutionPolicy",
                                "Bypass",
                                "-File",
                                script.toString()));
        command.addAll(arguments);
        Process process;
        try {
            process =
                    new ProcessBuilder(command)
                            .directory(work.toFile())
                            .redirectErrorStream(true)
                            .redirectInput(ProcessBuilder.Redirect.PIPE)
                            .start();
        } catch (IOException e) {
            return new Ended.Failed(
                    "PowerShell could not be started (" + shell + "): " + e.getMessage(),
                    List.of());
        }
        try {
            process.getOutputStream().close();
        } catch (IOException ignored) {
            // nothing to tell it; a closed input keeps a prompt from waiting
        }
        Deque<String> lines = new ArrayDeque<>();
        Thread reader =
                new Thread(() -> read(process, lines, progress), "dockwise-" + what + "-output");
        reader.setDaemon(true);
        reader.start();
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (!process.waitFor(200, TimeUnit.MILLISECONDS)) {
                if (cancelled.getAsBoolean()) {
                    stop(process);
                    return new Ended.Cancelled();
                }
                if (System.nanoTime() > deadline) {
                    stop(process);
                    return new Ended.Failed(
                            "The "
                                    + what
                                    + " did not finish within "
                                    + timeout.toSeconds()
                                    + " seconds, so it was stopped.",
                            last(lines));
                }
            }
            reader.join(2000);
        } catch (InterruptedException e) {
            stop(process);
            Thread.currentThread().interrupt();
            return new Ended.Cancelled();
        }
        List<String> said = last(lines);
        String all = String.join("\n", said).toLowerCase(Locale.ROOT);
        if (all.contains("about_execution_policies")
                || all.contains("running scripts is disabled")
                || all.contains("is not digitally signed")) {
            return new Ended.Failed(
                    "The execution policy of this computer (set by your organisation) does not let"
                            + " PowerShell run the "
                            + what
                            + ".",
                    said);
        }
        return new Ended.Exited(process.exitValue(), said);
    }

    private static void read(Process process, Deque<String> lines, Consumer<String> progress) {
        try (BufferedReader in =
                new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                // bounded: a script that talks without end costs a few lines of memory
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
     * A listener that fails must not stop this thread: the script's output would no longer be read,
     * and a script writing into a full pipe waits until the time-out.
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
