package dev.dockwise.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.ui.settings.Autosave;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** A crash loses nothing: the next start offers the answers back, exactly as typed. */
class AutosaveRecoveryTest extends WizardTestBase {

    @Test
    void answersComeBackAfterACrash() throws Exception {
        click("#newButton");
        type("hostName", "crashy");
        type("build", "19x45");
        Autosave autosave = new Autosave(config);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(autosave.file()));
        assertTrue(autosave.read().isPresent());

        // the process dies: no close, no shutdown; a new window starts with the same config folder
        MainWindow[] second = new MainWindow[1];
        interact(() -> {
            Stage stage = new Stage();
            second[0] = newWindow(stage);
            stage.show();
        });
        // offerRecovery shows its dialog and waits for the answer, so it runs later and the test answers it like a user
        javafx.application.Platform.runLater(() -> second[0].offerRecovery());
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("Recover");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("crashy", second[0].vm().draft().name.get());
        assertEquals("19x45", second[0].vm().draft().build.get(), "invalid input is recovered as typed");
        assertTrue(second[0].vm().isDirty());
    }

    @Test
    void aCleanExitLeavesNothingToRecover() throws Exception {
        click("#newButton");
        type("hostName", "tidy");
        Autosave autosave = new Autosave(config);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(autosave.file()));
        interact(() -> window.shutdown());
        assertFalse(Files.exists(autosave.file()));
    }
}
