package dev.dockwise.ui.troubleshoot;

import dev.dockwise.engine.diagnose.Diagnosis;
import dev.dockwise.engine.diagnose.DiagnosisMatch;
import dev.dockwise.ui.common.Badge;
import dev.dockwise.ui.common.Bullets;
import dev.dockwise.ui.common.Cards;
import dev.dockwise.ui.common.Icons;
import dev.dockwise.ui.common.Labels;
import dev.dockwise.ui.common.StepPage;
import dev.dockwise.ui.common.StyleClasses;
import javafx.animation.PauseTransition;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The Troubleshoot page: paste an error or open a log, and see the known errors it matches with
 * their causes, the checks that tell the causes apart and the fixes, specific to the current
 * assessment's host when the user wants that.
 */
public final class TroubleshootView extends StepPage {
    private static final Duration SETTLE = Duration.millis(250);

    private final TroubleshootViewModel vm;
    private final VBox results = new VBox(12);
    private final PauseTransition settle = new PauseTransition(SETTLE);

    public TroubleshootView(TroubleshootViewModel vm, Runnable openLog, Runnable back) {
        super(
                "Troubleshoot an error",
                "Paste the message Docker, Docker Desktop, WSL or VirtualBox showed you, or open a"
                    + " log. Dockwise recognises the known errors of running containers on Windows,"
                    + " even with other ids, paths and line breaks, and says what causes them, how"
                    + " to tell the causes apart, and how to fix them.");
        this.vm = vm;
        setId("troubleshootPage");
        TextArea text = new TextArea();
        text.setId("errorText");
        text.setPromptText("Paste an error message here");
        text.setWrapText(true);
        text.setPrefRowCount(6);
        text.setAccessibleText("Error message");
        text.textProperty().bindBidirectional(vm.errorTextProperty());
        text.textProperty()
                .addListener(
                        o -> {
                            if (text.isFocused()) {
                                vm.sourceProperty().set("pasted text");
                            }
                            settle.playFromStart();
                        });
        settle.setOnFinished(e -> vm.diagnose());

        Button log = new Button("Open _log...", Icons.of(Material2AL.FOLDER_OPEN));
        log.setId("openLogButton");
        log.setOnAction(e -> openLog.run());
        Button clear = new Button("_Clear");
        clear.setId("clearErrorButton");
        clear.setOnAction(e -> vm.errorTextProperty().set(""));
        CheckBox host =
                new dev.dockwise.ui.common.MnemonicCheckBox(
                        "_Make the advice specific to the current assessment's host");
        host.setId("useAssessmentCheck");
        host.setWrapText(true);
        host.selectedProperty().bindBidirectional(vm.useAssessmentProperty());
        host.selectedProperty().addListener(o -> vm.diagnose());
        HBox actions = actionsWithBack("backToWizardButton", back, log, clear, host);
        results.setId("diagnosisResults");
        add(text, actions, results);
        vm.diagnosisProperty().addListener((obs, old, now) -> show(now));
        show(vm.getDiagnosis());
    }

    private void show(Diagnosis diagnosis) {
        results.getChildren().clear();
        if (diagnosis == null) {
            results.getChildren()
                    .add(
                            Labels.muted(
                                    "The diagnosis appears here as soon as there is text to"
                                            + " read."));
            return;
        }
        if (!diagnosis.recognised()) {
            VBox card =
                    Cards.headed(
                            "Not recognised",
                            "This message is not among the errors Dockwise knows. These checks find"
                                    + " most causes of start errors:");
            card.setId("notRecognisedCard");
            card.getChildren()
                    .add(
                            new Bullets(
                                    Material2AL.CHECK_BOX_OUTLINE_BLANK,
                                    "dw-check",
                                    diagnosis.generalChecks()));
            if (!diagnosis.codes().isEmpty()) {
                card.getChildren()
                        .addAll(
                                Labels.sectionTitle("Codes in the text"),
                                new Bullets(
                                        Material2AL.HELP_OUTLINE,
                                        "dw-code",
                                        diagnosis.codes().stream()
                                                .map(
                                                        c ->
                                                                c.code()
                                                                        + " "
                                                                        + c.name()
                                                                        + " ("
                                                                        + c.component()
                                                                        + "): "
                                                                        + c.meaning())
                                                .toList()));
            }
            if (!diagnosis.similar().isEmpty()) {
                card.getChildren()
                        .addAll(
                                Labels.sectionTitle(
                                        "Similar reported problems (similar, not necessarily the"
                                                + " cause)"),
                                new Bullets(
                                        Material2AL.HELP_OUTLINE,
                                        "dw-similar",
                                        diagnosis.similar().stream()
                                                .map(c -> c.title() + ": " + c.thread())
                                                .toList()));
            }
            results.getChildren().add(card);
            return;
        }
        Label count =
                new Label(
                        diagnosis.matches().size() == 1
                                ? "1 known error matches, from " + vm.sourceProperty().get() + "."
                                : diagnosis.matches().size()
                                        + " known errors match, from "
                                        + vm.sourceProperty().get()
                                        + ", most likely first.");
        count.getStyleClass().add(StyleClasses.MUTED);
        results.getChildren().add(count);
        for (DiagnosisMatch m : diagnosis.matches()) {
            results.getChildren().add(matchCard(m));
        }
    }

    private static VBox matchCard(DiagnosisMatch m) {
        VBox card = Cards.headed(m.title(), "Matched: \u201c" + m.evidence() + "\u201d");
        card.getStyleClass().add("dw-diagnosis");
        card.setId("diagnosis-" + m.id());
        int percent = (int) Math.round(m.confidence() * 100);
        Badge sure =
                new Badge(
                        percent >= 80 ? Material2AL.CHECK_CIRCLE : Material2MZ.WARNING,
                        percent + "% sure",
                        percent >= 80 ? "recommended" : "needs-changes");
        ((HBox) card.getChildren().get(0)).getChildren().add(sure);
        card.getChildren()
                .addAll(
                        Labels.sectionTitle("Likely causes"),
                                new Bullets(Material2AL.HELP_OUTLINE, "dw-cause", m.causes()),
                        Labels.sectionTitle("Checks to tell them apart"),
                                new Bullets(
                                        Material2AL.CHECK_BOX_OUTLINE_BLANK,
                                        "dw-check",
                                        m.checks()),
                        Labels.sectionTitle("Fixes"),
                                new Bullets(Material2MZ.SETTINGS, "dw-fix", m.fixes()));
        if (!m.sharedWith().isEmpty()) {
            card.getChildren()
                    .addAll(
                            Labels.sectionTitle("The same message is also printed by"),
                            new Bullets(
                                    Material2MZ.WARNING,
                                    "dw-shared",
                                    m.sharedWith().stream()
                                            .map(x -> x.title() + ". Tell them apart: " + x.check())
                                            .toList()));
        }
        Label source = new Label("Source: " + m.source());
        source.setWrapText(true);
        source.getStyleClass().add(StyleClasses.MUTED);
        card.getChildren().add(source);
        return card;
    }
}
