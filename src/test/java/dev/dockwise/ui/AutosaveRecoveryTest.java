package dev.dockwise.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.profile.ProfileField;
import dev.dockwise.profile.RawValue;
import dev.dockwise.ui.settings.Autosave;
import java.nio.file.Files;
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
        Autosave autosave = window.autosave();
        Await.until(
                "autosaved",
                () ->
                        autosave.read()
                                .map(
                                        s ->
                                                new RawValue.Text("19x45")
                                                        .equals(ProfileField.BUILD.in(s.draft())))
                                .orElse(false));

        MainWindowFixture second = crashAndRecover();
        assertEquals("crashy", second.vm().draft().text(ProfileField.NAME).get());
        assertEquals(
                "19x45",
                second.vm().draft().text(ProfileField.BUILD).get(),
                "invalid input is recovered as typed");
        assertTrue(second.vm().isDirty());
    }

    @Test
    void aCleanExitLeavesNothingToRecover() throws Exception {
        click("#newButton");
        type("hostName", "tidy");
        Autosave autosave = window.autosave();
        Await.until("autosaved", () -> Files.exists(autosave.file()));
        interact(() -> window.shutdown());
        assertFalse(Files.exists(autosave.file()));
    }

    @Test
    void aSecondWindowLeavesTheFirstWindowsLiveAnswersAlone() throws Exception {
        click("#newButton");
        type("hostName", "first-window");
        Autosave first = window.autosave();
        Await.until("autosaved", () -> Files.exists(first.file()));

        MainWindowFixture[] second = new MainWindowFixture[1];
        interact(
                () -> {
                    Stage stage = new Stage();
                    second[0] = newWindow(stage);
                    stage.show();
                });
        boolean[] offered = {true};
        // run later, as a user's start would: if a recovery dialog came up it would wait for an
        // answer
        javafx.application.Platform.runLater(() -> offered[0] = second[0].offerRecovery());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(
                lookup("#dialog").tryQuery().isPresent(),
                "the first window is running: its answers are not offered as a crash");
        assertFalse(offered[0]);
        assertTrue(Files.exists(first.file()), "nothing of the first window was deleted");
        assertTrue(
                second[0].autosave().file() != null
                        && !second[0].autosave().file().equals(first.file()),
                "each window autosaves to its own file");
        assertEquals(
                new RawValue.Text("first-window"),
                ProfileField.NAME.in(first.read().orElseThrow().draft()));
    }
}
