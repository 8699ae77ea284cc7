package dev.dockwise.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.engine.facts.IsolationKind;
import dev.dockwise.engine.model.ImageVersion;
import dev.dockwise.ui.compare.ComparisonTableView;
import dev.dockwise.ui.matrix.CompatibilityMatrixView;
import dev.dockwise.ui.wizard.Step;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The comparison table and the matrix as the user reads them: whole words, headers in view,
 * straight dividers.
 */
class CompareAndMatrixTest extends WizardTestBase {

    @Test
    void noWordIsBrokenAcrossLinesInTheComparison() throws Exception {
        openBaseline();
        goTo(Step.COMPARE);
        ComparisonTableView table = lookup("#comparisonTable").query();
        List<String> broken = new java.util.ArrayList<>();
        for (Node n : table.lookupAll(".label")) {
            if (n instanceof Label label && label.getText() != null && !label.getText().isBlank()) {
                double room =
                        label.getWidth()
                                - label.snappedLeftInset()
                                - label.snappedRightInset()
                                - (label.getGraphic() == null
                                        ? 0
                                        : label.getGraphic().prefWidth(-1)
                                                + label.getGraphicTextGap());
                Text probe = new Text();
                probe.setFont(label.getFont());
                for (String word : label.getText().split("\\s+")) {
                    probe.setText(word);
                    if (probe.getLayoutBounds().getWidth() > room + 0.5) {
                        broken.add(
                                "'"
                                        + word
                                        + "' in '"
                                        + label.getText()
                                        + "' ("
                                        + Math.round(room)
                                        + " px)");
                    }
                }
            }
        }
        assertTrue(broken.isEmpty(), "words wider than their label: " + broken);
    }

    @Test
    void theHeaderRowAndTheFeatureColumnStayInViewWhileScrolling() throws Exception {
        openBaseline();
        goTo(Step.COMPARE);
        ComparisonTableView table = lookup("#comparisonTable").query();
        ScrollPane page =
                (ScrollPane)
                        lookup(".dw-step-page")
                                .match(
                                        n ->
                                                ((ScrollPane) n).getContent().isVisible()
                                                        && ((ScrollPane) n)
                                                                        .getContent()
                                                                        .lookup("#comparisonTable")
                                                                != null)
                                .query();
        Node header = table.lookup("#cmp-header-desktop-wsl2");
        Node feature = firstFeatureName(table);
        interact(
                () -> {
                    page.setVvalue(page.getVmax());
                    page.setHvalue(page.getHmax());
                });
        WaitForAsyncUtils.waitForFxEvents();
        Bounds viewportInScene =
                page.lookup(".viewport").localToScene(page.lookup(".viewport").getBoundsInLocal());
        Bounds head = header.localToScene(header.getBoundsInLocal());
        assertTrue(
                head.getMinY() >= viewportInScene.getMinY() - 1
                        && head.getMinY() <= viewportInScene.getMinY() + 4,
                "the header row is at the top of the view after scrolling down: "
                        + head
                        + " in "
                        + viewportInScene);
        if (page.getHmax() > page.getHmin() && table.getWidth() > viewportInScene.getWidth()) {
            Bounds name = feature.localToScene(feature.getBoundsInLocal());
            assertTrue(
                    name.getMinX() >= viewportInScene.getMinX() - 1
                            && name.getMinX() <= viewportInScene.getMinX() + 4,
                    "the feature column is at the left of the view after scrolling right: "
                            + name
                            + " in "
                            + viewportInScene);
        }
        // back at the top, everything is where the grid puts it
        interact(
                () -> {
                    page.setVvalue(0);
                    page.setHvalue(0);
                });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, header.getTranslateY(), 0.01);
        assertEquals(0, feature.getTranslateX(), 0.01);
    }

    private static Node firstFeatureName(ComparisonTableView table) {
        return table.getChildren().stream()
                .filter(
                        n ->
                                javafx.scene.layout.GridPane.getColumnIndex(n) == 0
                                        && javafx.scene.layout.GridPane.getRowIndex(n) == 1)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theMatrixDividersLineUpFromRowToRow() throws Exception {
        openBaseline();
        goTo(Step.COMPATIBILITY);
        CompatibilityMatrixView matrix = lookup("#compatibilityMatrix").query();
        for (ImageVersion image : ImageVersion.values()) {
            Set<Long> dividers = new HashSet<>();
            matrix.lookupAll(".dw-cell").stream()
                    .filter(
                            n ->
                                    n.getId() != null
                                            && n.getId()
                                                    .endsWith(
                                                            "-"
                                                                    + image.id()
                                                                    + "-"
                                                                    + IsolationKind.HYPERV.id()))
                    .forEach(
                            n ->
                                    dividers.add(
                                            Math.round(
                                                    n.localToScene(n.getBoundsInLocal())
                                                            .getMinX())));
            assertEquals(
                    1, dividers.size(), image.id() + ": the Hyper-V halves start at " + dividers);
        }
    }
}
