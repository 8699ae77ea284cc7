package dev.dockwise.ui.shell;

import dev.dockwise.ui.common.Dialogs;
import dev.dockwise.ui.setupcheck.ComputerAssessmentViewModel;
import dev.dockwise.ui.setupcheck.ComputerAssessmentViewModel.Result;
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
 * The dialogs of "Assess this computer" ({@link ComputerAssessmentViewModel} runs it): the probe's
 * lines in a progress dialog that can cancel it; a failure says what happened and leaves the manual
 * way open.
 */
final class ComputerAssessment {
    private final Window owner;
    private final ComputerAssessmentViewModel assessment;
    private final Consumer<String> status;

    ComputerAssessment(
            Window owner, ComputerAssessmentViewModel assessment, Consumer<String> status) {
        this.owner = owner;
        this.assessment = assessment;
        this.status = status;
    }

    void start() {
        Dialog<ButtonType> progress = new Dialog<>();
        Optional<Task<?>> run = assessment.start(result -> finish(progress, result));
        if (run.isEmpty()) {
            Dialogs.error(
                    owner,
                    "Can't assess this computer",
                    "Windows PowerShell was not found on this computer. "
                            + ComputerAssessmentViewModel.MANUAL);
            return;
        }
        lay(progress, run.get());
        progress.show();
    }

    private void lay(Dialog<ButtonType> dialog, Task<?> task) {
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
    }

    private void finish(Dialog<ButtonType> progress, Result result) {
        // a Cancel the user clicked has closed it already
        if (progress.isShowing()) {
            progress.setResult(ButtonType.CLOSE);
            progress.close();
        }
        if (result instanceof Result.Failed failed) {
            Dialogs.error(owner, "Could not assess this computer", failed.reason());
        } else if (result instanceof Result.Assessed assessed) {
            status.accept(assessed.status());
        } else if (result instanceof Result.Cancelled cancelled) {
            status.accept(cancelled.status());
        }
    }
}
