package dev.dockwise.ui.setupcheck;

import dev.dockwise.profile.InvalidProfileException;
import dev.dockwise.scripts.probe.ProbeRunner;
import dev.dockwise.scripts.probe.ScratchFolder;
import dev.dockwise.ui.wizard.ProbeFindings;
import dev.dockwise.ui.wizard.WizardSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * "Assess this computer" without its dialog: the bundled probe run by Windows PowerShell on a
 * worker thread in a scratch folder, its profile taken into the wizard with what it detected
 * marked, and what came of it in words.
 */
public final class ComputerAssessmentViewModel {
    /** The way left open when this computer can't be assessed. */
    public static final String MANUAL =
            "You can still answer the questions yourself (New assessment), or save the probe script"
                    + " (Export step), run it in PowerShell and import its results.";

    private static final String CANCELLED =
            "Assessment of this computer cancelled; your answers are as they were.";

    /** What came of a run, told once the wizard has taken what it could. */
    public sealed interface Result {
        /** The answers are in the wizard; the status line says how many were detected. */
        record Assessed(String status) implements Result {}

        /** Nothing changed; the reason, with the way left open. */
        record Failed(String reason) implements Result {}

        /** The user stopped it; nothing changed. */
        record Cancelled(String status) implements Result {}
    }

    private final WizardSession wizard;

    public ComputerAssessmentViewModel(WizardSession wizard) {
        this.wizard = wizard;
    }

    /**
     * Starts the probe on its own thread, where Windows PowerShell is; {@code done} hears on the FX
     * thread what came of it. The run's message is the probe's latest line, and cancelling it stops
     * the probe. Empty, and nothing started, when Windows PowerShell is not found.
     */
    public Optional<Task<?>> start(Consumer<Result> done) {
        Optional<Path> shell = ProbeRunner.shell();
        if (shell.isEmpty()) {
            return Optional.empty();
        }
        ProbeRunner runner = new ProbeRunner(shell.get(), ProbeRunner.TIMEOUT);
        Path[] work = new Path[1];
        Task<ProbeRunner.Outcome> task =
                new Task<>() {
                    @Override
                    protected ProbeRunner.Outcome call() throws IOException {
                        work[0] = Files.createTempDirectory("dockwise-assess");
                        updateMessage("Starting Windows PowerShell...");
                        return runner.run(work[0], this::updateMessage, this::isCancelled);
                    }
                };
        task.setOnSucceeded(
                e -> {
                    Result result = taken(task.getValue());
                    ScratchFolder.remove(work[0]);
                    done.accept(result);
                });
        task.setOnFailed(
                e -> {
                    ScratchFolder.remove(work[0]);
                    done.accept(
                            new Result.Failed(
                                    String.valueOf(task.getException().getMessage())
                                            + "\n\n"
                                            + MANUAL));
                });
        task.setOnCancelled(e -> done.accept(new Result.Cancelled(CANCELLED)));
        Thread thread = new Thread(task, "dockwise-assess");
        thread.setDaemon(true);
        thread.start();
        return Optional.of(task);
    }

    private Result taken(ProbeRunner.Outcome outcome) {
        if (outcome instanceof ProbeRunner.Outcome.Done done) {
            return take(done.profile());
        } else if (outcome instanceof ProbeRunner.Outcome.Failed failed) {
            return new Result.Failed(
                    failed.reason()
                            + (failed.lastLines().isEmpty()
                                    ? ""
                                    : "\n\nWhat PowerShell said:\n"
                                            + String.join("\n", tail(failed.lastLines())))
                            + "\n\n"
                            + MANUAL);
        }
        return new Result.Cancelled(CANCELLED);
    }

    private Result take(Path profile) {
        try {
            wizard.assessed(profile);
            long unknown = wizard.findingsOf(ProbeFindings.Finding.UNKNOWN);
            return new Result.Assessed(
                    "Assessed this computer: "
                            + wizard.findingsOf(ProbeFindings.Finding.DETECTED)
                            + " answers detected"
                            + (unknown == 0
                                    ? "."
                                    : ", "
                                            + unknown
                                            + " not detected (marked on the Host step: please"
                                            + " answer them)."));
        } catch (InvalidProfileException e) {
            return new Result.Failed(
                    "The probe's profile could not be used: "
                            + String.join("; ", e.shownProblems())
                            + "\n\n"
                            + MANUAL);
        }
    }

    private static List<String> tail(List<String> lines) {
        return lines.subList(Math.max(0, lines.size() - 6), lines.size());
    }
}
