package dev.dockwise.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.ui.compare.ComparisonTableView;
import dev.dockwise.ui.matrix.CompatibilityMatrixView;
import dev.dockwise.ui.wizard.Step;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every step on the screens people have (a small laptop at 800 x 600 or 1024 x 640, 1366 x 768, the
 * default 1280 x 800, full HD): no control outside the window, no label or choice cut short
 * ("M...", "Perso..."), no form scrolling sideways, the step list and Back/Next in view, and on
 * Compare the recommended column scrolled into view.
 */
class SmallScreensTest extends WizardTestBase {

    @ParameterizedTest(name = "{0} x {1}")
    @CsvSource({"800, 600", "1024, 640", "1280, 800", "1366, 768", "1920, 1080"})
    void everyStepFitsTheWindow(double width, double height) throws Exception {
        interact(
                () -> {
                    window.stage().setWidth(width);
                    window.stage().setHeight(height);
                });
        WaitForAsyncUtils.waitForFxEvents();
        openBaseline();
        List<String> problems = new ArrayList<>();
        for (Step step : Step.values()) {
            problems.addAll(check(step, "Windows 11 Pro"));
        }
        // the answers that show more questions and options
        answerWhatShowsMoreQuestions();
        for (Step step : List.of(Step.HOST, Step.WORKLOADS, Step.EXPORT)) {
            problems.addAll(check(step, "Enterprise VM with Windows containers"));
        }
        assertTrue(
                problems.isEmpty(), width + " x " + height + ":\n" + String.join("\n", problems));
    }

    private List<String> check(Step step, String host) {
        goTo(step);
        List<String> found = new ArrayList<>();
        interact(
                () -> {
                    Scene scene = window.stage().getScene();
                    scene.getRoot().applyCss();
                    scene.getRoot().layout();
                });
        // the Compare page scrolls to the recommended column a moment after it is shown
        WaitForAsyncUtils.waitForFxEvents();
        interact(
                () -> {
                    Scene scene = window.stage().getScene();
                    scene.getRoot().layout();
                    String where = step + " (" + host + "): ";
                    ScrollPane page =
                            (ScrollPane)
                                    scene.getRoot().lookup("#page-" + step.name().toLowerCase());
                    boolean wideTable = step == Step.COMPARE || step == Step.COMPATIBILITY;
                    double contentWidth = page.getContent().getLayoutBounds().getWidth();
                    double viewport = page.getViewportBounds().getWidth();
                    if (!wideTable && contentWidth > viewport + 1) {
                        found.add(
                                where
                                        + "the page scrolls sideways ("
                                        + Math.round(contentWidth)
                                        + " px in "
                                        + Math.round(viewport)
                                        + ")");
                    }
                    walk(scene.getRoot(), scene, where, wideTable, found);
                    if (step == Step.COMPARE) {
                        Node header =
                                scene.getRoot()
                                        .lookup(
                                                "#cmp-header-"
                                                        + vm().getRecommendation()
                                                                .recommended()
                                                                .orElseThrow()
                                                                .id());
                        Bounds column = header.localToScene(header.getLayoutBounds());
                        Bounds shown = page.localToScene(page.getLayoutBounds());
                        if (column.getMinX() < shown.getMinX() - 1
                                || column.getMaxX() > shown.getMinX() + viewport + 1) {
                            found.add(
                                    where
                                            + "the recommended column is out of view: "
                                            + column
                                            + " in "
                                            + shown);
                        }
                    }
                });
        return found;
    }

    /**
     * Every shown control: inside the window (and inside its page sideways), its text shown whole.
     */
    private static void walk(
            Node node, Scene scene, String where, boolean wideTable, List<String> found) {
        if (!node.isVisible()) {
            return;
        }
        if (wideTable
                && (node instanceof ComparisonTableView
                        || node instanceof CompatibilityMatrixView)) {
            // the wide tables scroll sideways by design; their words are whole ("Caveats", not
            // "Cave...")
            Shown.cutShort(node).forEach(cut -> found.add(where + cut));
            return;
        }
        if (node instanceof Control control) {
            Bounds b = control.localToScene(control.getLayoutBounds());
            ScrollPane page = enclosingPage(control);
            if (page == null) {
                if (b.getMinX() < -1
                        || b.getMinY() < -1
                        || b.getMaxX() > scene.getWidth() + 1
                        || b.getMaxY() > scene.getHeight() + 1) {
                    found.add(where + Shown.describe(control) + " is outside the window: " + b);
                }
            } else if (inside(control, page.getContent())) {
                Bounds shown = page.localToScene(page.getLayoutBounds());
                if (b.getMinX() < shown.getMinX() - 1
                        || b.getMaxX()
                                > shown.getMinX() + page.getViewportBounds().getWidth() + 1) {
                    found.add(where + Shown.describe(control) + " is cut at the page's side: " + b);
                }
            }
            if (control instanceof Labeled labeled && Shown.isCut(labeled)) {
                found.add(
                        where
                                + Shown.describe(control)
                                + " is cut short: \""
                                + Shown.text(labeled)
                                + "\"");
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, scene, where, wideTable, found);
            }
        }
    }

    private static boolean inside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static ScrollPane enclosingPage(Node node) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane s && s.getStyleClass().contains("dw-step-page")) {
                return s;
            }
        }
        return null;
    }
}
