package dev.dockwise.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The main window is styled without a warning. Its Start page took its first focus as the window's
 * scene was being made, where JavaFX says the scene is set before the root has its {@code root}
 * style class, which carries the theme's colours: every label, button and scroll bar styled then
 * logged "Could not resolve '-color-fg-default'" or a ClassCastException (42 warnings on the
 * terminal at every start) and was styled again a moment later.
 */
class StyleWarningsTest extends WizardTestBase {
    private static final Logger CSS = Logger.getLogger("javafx.css");
    private static final List<String> WARNINGS = new CopyOnWriteArrayList<>();
    private static final Handler RECORDER =
            new Handler() {
                @Override
                public void publish(LogRecord r) {
                    if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
                        WARNINGS.add(r.getMessage());
                    }
                }

                @Override
                public void flush() {}

                @Override
                public void close() {}
            };

    @BeforeAll
    static void recordStyleWarnings() {
        CSS.addHandler(RECORDER);
    }

    @AfterAll
    static void stopRecording() {
        CSS.removeHandler(RECORDER);
    }

    @Test
    void theMainWindowIsStyledWithoutAWarning() {
        clickOn("#newButton");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), WARNINGS.stream().distinct().toList());
    }
}
