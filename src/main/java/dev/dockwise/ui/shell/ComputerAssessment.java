package dev.dockwise.ui.shell;

import dev.dockwise.profile.InvalidProfileException;
import dev.dockwise.scripts.probe.ProbeRunner;
import dev.dockwise.scripts.probe.ScratchFolder;
import dev.dockwise.ui.common.Dialogs;
import dev.dockwise.ui.wizard.ProbeFindings;
import dev.dockwise.ui.wizard.WizardViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

/**
 * "Assess this computer": the bundled probe run by Windows PowerShell off the FX thread, its lines
 * shown in a progress dialog that can cancel it, its profile taken in with what it detected marked;
 * a failure says what happened and leaves the manual way open.
 */
final class ComputerAssessment {
    private static final String MANUAL =
            "You can still answer the questions yourself (New assessment), or save the probe script"
                    + " (Export step), run it in PowerShell and import its results.";

    private final Window owner;
    private final WizardViewModel vm;
    private final Consumer<String> status;

    ComputerAssessment(Window owner, WizardViewModel vm, Consumer<String> status) {
        this.owner = owner;
        this.vm = vm;
        this.status = status;
    }

    void start() {
        Optional<Path> shell = ProbeRunner.shell();
        if (shell.isEmpty()) {
            Dialogs.error(
                    owner,
                    "Can't assess this computer",
                    "Windows PowerShell was not found on this computer. " + MANUAL);
            return;
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
        Dialog<ButtonType> progress = progressDialog(task);
        task.setOnSucceeded(
                e -> {
                    progress.setResult(ButtonType.CLOSE);
                    progress.close();
                    finish(task.getValue());
                    ScratchFolder.remove(work[0]);
                });
        task.setOnFailed(
                e -> {
                    progress.setResult(ButtonType.CLOSE);
                    progress.close();
                    Dialogs.error(
                            owner,
                            "Could not assess this computer",
                            String.valueOf(task.getException().getMessage()) + "\n\n" + MANUAL);
                    ScratchFolder.remove(work[0]);
                });
        task.setOnCancelled(
                e ->
                        status.accept(
                                "Assessment of this computer cancelled; your answers are as they"
                                        + " were."));
        Thread thread = new Thread(task, "dockwise-assess");
        thread.setDaemon(true);
        thread.start();
        progress.show();
    }

    private Dialog<ButtonType> progressDialog(Task<?> task) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle("Assess this computer");
        dialog.setHeaderText("Reading this computer's Windows, hardware and features...");
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(32, 32);
        Label line = new Label();
        line.setId("assessProgress");
        line.setWrapText(true);
        line.setPrefWidth(380);
        line.textProperty().bind(task.messageProperty());
        HBox content = new HBox(12, spinner, line);
        content.setPadding(new Insets(8));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CANCEL);
        Dialogs.placeOnOwner(dialog, owner);
        dialog.setOnCloseRequest(
                e -> {
                    if (dialog.getResult() == ButtonType.CANCEL) {
                        task.cancel(false);
                    }
                });
        return dialog;
    }

    private void finish(ProbeRunner.Outcome outcome) {
        if (outcome instanceof ProbeRunner.Outcome.Done done) {
            take(done.profile());
        } else if (outcome instanceof ProbeRunner.Outcome.Failed failed) {
            Dialogs.error(
                    owner,
                    "Could not assess this computer",
                    failed.reason()
                            + (failed.lastLines().isEmpty()
                                    ? ""
                                    : "\n\nWhat PowerShell said:\n"
                                            + String.join("\n", tail(failed.lastLines())))
                            + "\n\n"
                            + MANUAL);
        } else {
            status.accept("Assessment of this computer cancelled; your answers are as they were.");
        }
    }

    private void take(Path profile) {
        try {
            vm.assessed(profile);
            long unknown = vm.findingsOf(ProbeFindings.Finding.UNKNOWN);
            status.accept(
                    "Assessed this computer: "
                            + vm.findingsOf(ProbeFindings.Finding.DETECTED)
                            + " answers detected"
                            + (unknown == 0
                                    ? "."
                                    : ", "
                                            + unknown
                                            + " not detected (marked on the Host step: please"
                                            + " answer them)."));
        } catch (InvalidProfileException e) {
            Dialogs.error(
                    owner,
                    "Could not assess this computer",
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
