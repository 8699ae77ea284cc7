package dev.dockwise.ui.steps;

import dev.dockwise.ui.common.StyleClasses;
import dev.dockwise.ui.common.WrappedText;
import dev.dockwise.ui.wizard.ProbeFindings;
import dev.dockwise.ui.wizard.WizardSession;
import java.util.Optional;
import javafx.beans.value.ObservableBooleanValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * A two-column form (one column on a narrow window, see {@link FormRow}): a label with a mnemonic,
 * the control, its inline problem (from the profile validator, by field path) and a help text
 * saying what the field is and how to find it on Windows.
 */
public final class Form extends VBox {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private static final String FINDING_DETECTED = "dw-finding-detected";
    private static final String FINDING_UNKNOWN = "dw-finding-unknown";
    private final WizardSession vm;
    private final ValidationSupport validation;

    public Form(WizardSession vm, ValidationSupport validation) {
        super(12);
        this.vm = vm;
        this.validation = validation;
        getStyleClass().add("dw-form");
    }

    /** One row (or heading), to hide and show as a whole. */
    public static final class Row {
        private final Node node;

        Row(Node node) {
            this.node = node;
        }

        public Row visibleWhen(ObservableBooleanValue condition) {
            node.visibleProperty().bind(condition);
            node.managedProperty().bind(condition);
            return this;
        }
    }

    /**
     * A row whose control answers the profile field at {@code path} (null when it maps to none).
     */
    public Row add(String label, Control control, String help, String path) {
        return add(label, control, control, help, path);
    }

    public Row add(String label, Node node, Control focusTarget, String help, String path) {
        Label caption = new Label(label);
        caption.setMnemonicParsing(true);
        caption.setLabelFor(focusTarget);
        VBox box = new VBox(3, node);
        // the problem takes the help line's place (the help stays in the tooltip), so the form
        // doesn't jump as it comes and goes
        StackPane below = new StackPane();
        below.setAlignment(Pos.TOP_LEFT);
        Label helpText = help == null ? null : new WrappedText(help);
        if (helpText != null) {
            helpText.getStyleClass().add(StyleClasses.HELP);
            below.getChildren().add(helpText);
        }
        if (path != null) {
            box.getChildren().add(findingMark(path));
            Label error = new Label();
            error.getStyleClass().add(StyleClasses.FIELD_ERROR);
            error.setWrapText(true);
            error.setId("error-" + path.replace('.', '-'));
            String[] shown = {null};
            Runnable refresh =
                    () -> {
                        Optional<String> problem = vm.problemAt(path);
                        if (java.util.Objects.equals(shown[0], problem.orElse(null))
                                && error.getParent() != null) {
                            return; // unchanged: don't touch the scene graph on every keystroke
                        }
                        shown[0] = problem.orElse(null);
                        error.setText(problem.orElse(""));
                        error.setVisible(problem.isPresent());
                        if (helpText != null) {
                            helpText.setVisible(problem.isEmpty());
                        } else {
                            error.setManaged(problem.isPresent());
                        }
                        focusTarget.pseudoClassStateChanged(INVALID, problem.isPresent());
                    };
            vm.getProblems()
                    .addListener(
                            (javafx.collections.ListChangeListener<Object>) c -> refresh.run());
            refresh.run();
            below.getChildren().add(error);
            if (validation != null) {
                validation.registerValidator(
                        focusTarget,
                        false,
                        (Control c, Object value) ->
                                vm.problemAt(path)
                                        .map(
                                                message ->
                                                        ValidationResult.fromMessages(
                                                                ValidationMessage.error(
                                                                        c, message)))
                                        .orElseGet(ValidationResult::new));
            }
        }
        if (!below.getChildren().isEmpty()) {
            box.getChildren().add(below);
        }
        if (help != null) {
            Tooltip tip = new Tooltip(help);
            tip.setWrapText(true);
            tip.setMaxWidth(420);
            Tooltip.install(caption, tip);
            focusTarget.setTooltip(tip);
        }
        focusTarget.setAccessibleHelp(help);
        if (focusTarget.getAccessibleText() == null) {
            focusTarget.setAccessibleText(label.replace("_", ""));
        }
        FormRow row = new FormRow(caption, box);
        row.getStyleClass().add("dw-form-row");
        getChildren().add(row);
        return new Row(row);
    }

    /** After a probe: whether it detected this answer or left it for the user, hidden otherwise. */
    private Label findingMark(String path) {
        Label mark = new Label();
        mark.setId("finding-" + path.replace('.', '-'));
        mark.setWrapText(true);
        Runnable refresh =
                () -> {
                    ProbeFindings.Finding finding = vm.findings().get(path);
                    mark.getStyleClass().removeAll(FINDING_DETECTED, FINDING_UNKNOWN);
                    mark.setVisible(finding != null);
                    mark.setManaged(finding != null);
                    if (finding == ProbeFindings.Finding.DETECTED) {
                        mark.setText("Detected on this computer");
                        mark.getStyleClass().add(FINDING_DETECTED);
                    } else if (finding == ProbeFindings.Finding.UNKNOWN) {
                        mark.setText("Not detected: please answer");
                        mark.getStyleClass().add(FINDING_UNKNOWN);
                    }
                };
        vm.findings()
                .addListener(
                        (javafx.collections.MapChangeListener<String, ProbeFindings.Finding>)
                                c -> refresh.run());
        refresh.run();
        return mark;
    }

    /** A heading between groups of rows. */
    public Row section(String title) {
        Label heading = new Label(title);
        heading.getStyleClass().add(StyleClasses.SECTION_TITLE);
        getChildren().add(heading);
        return new Row(heading);
    }
}
