package dev.dockwise.ui.setupcheck;

import dev.dockwise.engine.diagnose.DiagnosisMatch;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.scripts.probe.SetupCheck;
import dev.dockwise.ui.common.Badge;
import dev.dockwise.ui.common.Bullets;
import dev.dockwise.ui.common.Cards;
import dev.dockwise.ui.common.Icons;
import dev.dockwise.ui.common.Labels;
import dev.dockwise.ui.common.StepPage;
import dev.dockwise.ui.common.StyleClasses;
import dev.dockwise.ui.common.WrappedText;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The "Check the setup" page: which mode to check, the check running with its last line and a
 * Cancel, then one card per step (passed or failed, in words and a symbol, what was found) with the
 * troubleshooter's answer beside each error a failed step reported.
 */
public final class SetupCheckView extends StepPage {
    private final SetupCheckViewModel vm;
    private final VBox results = new VBox(12);

    public SetupCheckView(SetupCheckViewModel vm, Runnable back) {
        super(
                "Check the setup",
                "After the install script ran on this computer, Dockwise checks what it set up,"
                    + " without elevation and without changing anything: the engine answers (docker"
                    + " version), it runs the containers of the mode (docker info), a test"
                    + " container runs (docker run hello-world), WSL answers where the mode uses"
                    + " it, and the newest install transcript in %ProgramData%\\Dockwise\\logs ends"
                    + " with all steps done. Each error found goes through the troubleshooter.");
        this.vm = vm;
        setId("setupCheckPage");
        ComboBox<Mode> mode = new ComboBox<>(vm.getModes());
        mode.setId("checkMode");
        mode.valueProperty().bindBidirectional(vm.mode);
        mode.setCellFactory(l -> new ModeCell(vm));
        mode.setButtonCell(new ModeCell(vm));
        mode.disableProperty().bind(vm.busyProperty());
        Label modeLabel = new Label("_Mode:");
        modeLabel.setMnemonicParsing(true);
        modeLabel.setLabelFor(mode);
        Button run = new Button("_Run the check", Icons.of(Material2MZ.PLAY_ARROW));
        run.setId("runCheckButton");
        run.setDefaultButton(true);
        run.setOnAction(e -> vm.check());
        run.disableProperty().bind(vm.busyProperty().or(vm.mode.isNull()));
        Button cancel = new Button("Cancel");
        cancel.setId("cancelCheckButton");
        cancel.setOnAction(e -> vm.cancel());
        cancel.visibleProperty().bind(vm.busyProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        HBox actions = actionsWithBack("backFromCheckButton", back, modeLabel, mode, run, cancel);

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(20, 20);
        spinner.visibleProperty().bind(vm.busyProperty());
        spinner.managedProperty().bind(spinner.visibleProperty());
        Label message = new WrappedText("");
        message.setId("checkMessage");
        message.textProperty().bind(vm.messageProperty());
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox progress = new HBox(8, spinner, message);
        progress.setAlignment(Pos.CENTER_LEFT);
        results.setId("checkResults");
        add(actions, progress, results);
        vm.outcomeProperty().addListener((obs, old, now) -> show(now));
        show(vm.outcomeProperty().get());
    }

    private void show(SetupCheck.Outcome outcome) {
        results.getChildren().clear();
        if (outcome instanceof SetupCheck.Outcome.Checked checked) {
            java.util.Set<String> told = new java.util.HashSet<>();
            checked.steps().forEach(step -> results.getChildren().add(stepCard(step, told)));
        } else if (outcome instanceof SetupCheck.Outcome.Failed failed) {
            VBox card = Cards.headed("The check could not run", failed.reason());
            card.setId("checkFailedCard");
            if (!failed.lastLines().isEmpty()) {
                card.getChildren()
                        .addAll(
                                Labels.sectionTitle("What PowerShell said"),
                                muted(
                                        String.join(
                                                "\n",
                                                failed.lastLines()
                                                        .subList(
                                                                Math.max(
                                                                        0,
                                                                        failed.lastLines().size()
                                                                                - 6),
                                                                failed.lastLines().size()))));
            }
            card.getChildren()
                    .add(
                            muted(
                                    "You can also save the check with \"dockwise probe --verify"
                                        + " --out check.ps1\" and run it in PowerShell with -Mode"
                                        + " and the mode's id; \"dockwise diagnose --log\" reads an"
                                        + " install transcript."));
            results.getChildren().add(card);
        }
    }

    /**
     * A step's card; an answer already given beside an earlier step (one stopped engine fails three
     * steps) is named, not repeated.
     */
    private static VBox stepCard(SetupCheck.Step step, java.util.Set<String> told) {
        VBox card =
                Cards.headed(
                        step.title(),
                        step.detail().isBlank()
                                ? (step.passed() ? "Passed." : "Failed, and said nothing.")
                                : step.detail());
        card.setId("check-" + step.id());
        Badge badge =
                step.passed()
                        ? new Badge(Material2AL.CHECK_CIRCLE, "Passed", "recommended")
                        : new Badge(Material2AL.CANCEL, "Failed", "blocked");
        ((HBox) card.getChildren().get(0)).getChildren().add(badge);
        for (SetupCheck.Advice advice : step.advice()) {
            DiagnosisMatch best = advice.diagnosis().matches().get(0);
            VBox answer = new VBox(6);
            if (told.add(best.id())) {
                answer.getChildren()
                        .addAll(
                                Labels.sectionTitle("The troubleshooter: " + best.title()),
                                muted("From: \u201c" + advice.errorText() + "\u201d"),
                                Labels.sectionTitle("Likely causes"),
                                new Bullets(Material2AL.HELP_OUTLINE, "dw-cause", best.causes()),
                                Labels.sectionTitle("Fixes"),
                                new Bullets(Material2MZ.SETTINGS, "dw-fix", best.fixes()));
            } else {
                answer.getChildren()
                        .add(
                                new WrappedText(
                                        "The troubleshooter: " + best.title() + " (as above)"));
            }
            answer.getStyleClass().add("dw-diagnosis");
            answer.setId("advice-" + step.id() + "-" + best.id());
            card.getChildren().add(answer);
        }
        return card;
    }

    private static Label muted(String text) {
        Label l = new WrappedText(text);
        l.getStyleClass().add(StyleClasses.MUTED);
        return l;
    }

    /**
     * The button on the Finish page that leads here: the way a user who just saved a script finds
     * the check.
     */
    public static VBox offer(Button open) {
        Label heading = Labels.sectionTitle("Check the setup");
        Label text =
                new WrappedText(
                        "After the install script ran on this computer (and after the restarts it"
                            + " asked for), Dockwise can check that what it set up works, and say"
                            + " what to do about each step that does not.");
        VBox card = new VBox(8, heading, text, open);
        card.getStyleClass().add(StyleClasses.CARD);
        card.setId("checkSetupOffer");
        return card;
    }

    private static final class ModeCell extends ListCell<Mode> {
        private final SetupCheckViewModel vm;

        ModeCell(SetupCheckViewModel vm) {
            this.vm = vm;
        }

        @Override
        protected void updateItem(Mode item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : vm.modeName(item));
        }
    }
}
