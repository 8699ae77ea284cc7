package dev.dockwise.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.ui.settings.AppSettings;
import dev.dockwise.ui.shell.FirstFrame;
import dev.dockwise.ui.wizard.AppActions;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The first frame is the real Start step: what the user clicks before the window is ready is done when it is. */
class FirstFrameTest extends ApplicationTest {
    private FirstFrame first;

    @Override
    public void start(Stage stage) {
        first = new FirstFrame(stage, AppSettings.defaults());
        stage.show();
    }

    @Test
    void aClickBeforeTheWindowIsReadyIsDoneWhenItIs() {
        clickOn("#newButton");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> calls = new ArrayList<>();
        AppActions window = (AppActions) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {AppActions.class},
                (proxy, method, args) -> {
                    calls.add(method.getName());
                    return method.getReturnType() == boolean.class ? false : null;
                });
        assertTrue(calls.isEmpty());
        interact(() -> first.handOver(window));
        assertEquals(List.of("newAssessment"), calls, "the click is done once, by the window");
        interact(() -> first.troubleshoot());
        assertEquals(List.of("newAssessment", "troubleshoot"), calls, "after the hand-over, straight through");
    }
}
