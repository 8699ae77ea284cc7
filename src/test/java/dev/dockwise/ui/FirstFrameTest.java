package dev.dockwise.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.ui.actions.ActionRegistry;
import dev.dockwise.ui.actions.StandardAction;
import dev.dockwise.ui.settings.AppSettings;
import dev.dockwise.ui.shell.FirstFrame;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The first frame is the real Start step: what the user clicks before the window is ready is done
 * when it is.
 */
@org.junit.jupiter.api.Tag("ui")
class FirstFrameTest extends ApplicationTest {
    private final ActionRegistry actions = new ActionRegistry();

    @Override
    public void start(Stage stage) {
        dev.dockwise.ui.common.Icons.warmUp();
        new FirstFrame(stage, AppSettings.defaults(), actions);
        stage.show();
    }

    @Test
    void theFirstFrameIsDrawnWithoutTheScrollPagesCacheAndWithItsIcons() {
        // its one frame is painted straight to the window, not through an image of the page first
        List<javafx.scene.Node> viewports = new ArrayList<>(lookup(".viewport").queryAll());
        assertTrue(
                !viewports.isEmpty() && viewports.stream().noneMatch(javafx.scene.Node::isCache));
        // icons made while Ikonli was warmed up on another thread carry their glyph
        org.kordamp.ikonli.javafx.FontIcon icon =
                lookup("#newButton").queryAs(javafx.scene.control.Button.class).getGraphic()
                                instanceof org.kordamp.ikonli.javafx.FontIcon f
                        ? f
                        : null;
        assertTrue(icon != null && icon.getIconCode() != null && !icon.getText().isEmpty());
    }

    @Test
    void aClickBeforeTheWindowIsReadyIsDoneWhenItIs() {
        clickOn("#newButton");
        clickOn("#troubleshootButton");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> calls = new ArrayList<>();
        for (StandardAction action : StandardAction.values()) {
            actions.register(action, () -> calls.add(action.name()));
        }
        actions.registerFileOpener(file -> calls.add("open " + file));
        assertTrue(calls.isEmpty());
        interact(() -> actions.ready(Runnable::run));
        assertEquals(
                List.of("NEW_ASSESSMENT", "TROUBLESHOOT"),
                calls,
                "the clicks are done once each, in order, by the window");
        clickOn("#fleetButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                List.of("NEW_ASSESSMENT", "TROUBLESHOOT", "PLAN_FLEET"),
                calls,
                "when ready, straight through");
    }
}
