package dev.dockwise.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.ui.wizard.Step;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;

/**
 * What users of desktop tools take for granted: labels shown whole, and a name for every control a
 * screen reader reaches.
 */
class DesktopDetailsTest extends WizardTestBase {

    @Test
    void theCurrentStepsLabelIsShownWhole() throws Exception {
        openBaseline();
        for (Step step : Step.values()) {
            goTo(step);
            Button item = lookup("#step-" + step.name().toLowerCase()).queryButton();
            Text shown =
                    (Text)
                            item.getChildrenUnmodifiable().stream()
                                    .filter(n -> n instanceof Text)
                                    .findFirst()
                                    .orElseThrow();
            assertEquals(
                    item.getText(),
                    shown.getText(),
                    "the label of the current step " + step + " is cut");
        }
    }

    @Test
    void everyControlOnEveryStepHasANameAScreenReaderCanRead() throws Exception {
        openBaseline();
        List<String> nameless = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        for (Step step : Step.values()) {
            goTo(step);
            Parent root = window.stage().getScene().getRoot();
            interact(() -> collectNameless(root, step, nameless, checked));
        }
        assertTrue(checked.size() > 60, "controls checked: " + checked.size());
        assertTrue(nameless.isEmpty(), "controls without an accessible name: " + nameless);
    }

    @Test
    void tableAndMatrixCellsReadOutTheirStatusAndReason() throws Exception {
        openBaseline();
        goTo(Step.COMPARE);
        Node cell = lookup("#cmp-hypervisor-desktop-wsl2").query();
        String text = cell.getAccessibleText();
        assertTrue(
                text.contains("Docker Desktop") && text.contains(":") && text.length() > 30, text);
        goTo(Step.COMPATIBILITY);
        Node matrixCell = lookup(".dw-matrix .dw-cell").query();
        assertTrue(
                matrixCell.getAccessibleText().contains("isolation"),
                matrixCell.getAccessibleText());
    }

    @Test
    void scoresSayWhatTheyMeanAndTheBestModeHasOneName() throws Exception {
        openBaseline();
        goTo(Step.RECOMMENDATION);
        String mode = vm().getRecommendation().recommended().orElseThrow().id();
        Node fit = lookup("#fit-" + mode).query();
        assertTrue(textUnder(fit).matches("(?s).*fit \\d+/100.*"), textUnder(fit));
        String tip =
                ((javafx.scene.control.Tooltip)
                                fit.getProperties().get("javafx.scene.control.Tooltip"))
                        .getText();
        assertTrue(tip.contains("out of 100"), tip);
        goTo(Step.COMPARE);
        String header = textUnder(lookup("#cmp-header-" + mode).query());
        assertTrue(header.contains("Recommended") && !header.contains("Best"), header);
    }

    @Test
    void everyModeCardLinksToTheSourcesOfItsFacts() throws Exception {
        openBaseline();
        goTo(Step.RECOMMENDATION);
        for (dev.dockwise.engine.model.Mode mode : dev.dockwise.engine.model.Mode.values()) {
            Node links = lookup("#learn-more-" + mode.id()).query();
            assertTrue(links != null, "no Learn more on " + mode.id());
        }
        javafx.scene.control.Hyperlink toolbox =
                (javafx.scene.control.Hyperlink)
                        lookup("#learn-more-toolbox").query().lookup(".hyperlink");
        reveal(toolbox);
        clickOn(toolbox);
        assertTrue(
                dev.dockwise.ui.common.Browser.last().startsWith("https://github.com/"),
                dev.dockwise.ui.common.Browser.last());
        // the facts of the comparison and of the matrix link to their sources too
        goTo(Step.COMPARE);
        assertTrue(
                lookup("#compareSources").query().lookupAll(".hyperlink").size() >= 3,
                "the comparison's sources");
        goTo(Step.COMPATIBILITY);
        assertTrue(
                !lookup("#compatibilitySources").query().lookupAll(".hyperlink").isEmpty(),
                "the matrix's sources");
    }

    private static void collectNameless(
            Node node, Step step, List<String> nameless, List<String> checked) {
        if (!node.isVisible()) {
            return;
        }
        boolean control =
                node instanceof ButtonBase
                        || node instanceof TextInputControl
                        || node instanceof ComboBoxBase<?>
                        || node instanceof javafx.scene.control.Slider
                        || node instanceof javafx.scene.control.Spinner<?>;
        if (control && ((Control) node).isFocusTraversable()
                || control && node instanceof ButtonBase) {
            checked.add(node.getClass().getSimpleName());
            Object name = node.queryAccessibleAttribute(AccessibleAttribute.TEXT);
            boolean labelled =
                    node.getParent() != null
                            && node.getScene().getRoot().lookupAll(".label").stream()
                                    .anyMatch(
                                            l ->
                                                    l instanceof javafx.scene.control.Label label
                                                            && label.getLabelFor() == node);
            boolean hasText =
                    node instanceof Labeled l && l.getText() != null && !l.getText().isBlank();
            if ((name == null || name.toString().isBlank()) && !labelled && !hasText) {
                nameless.add(
                        step
                                + ": "
                                + node.getClass().getSimpleName()
                                + (node.getId() == null ? "" : " #" + node.getId()));
            }
        }
        if (node instanceof Parent parent
                && !(node instanceof ComboBoxBase<?>)
                && !(node instanceof TextInputControl)) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectNameless(child, step, nameless, checked);
            }
        }
    }
}
