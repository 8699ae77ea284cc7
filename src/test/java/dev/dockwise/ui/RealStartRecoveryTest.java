package dev.dockwise.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dockwise.ui.settings.Autosave;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real app, started as a user starts it, over the autosave a crashed window left: the offer to
 * recover comes up, and the answers come back. (It never came: the offer was asked for inside an
 * animation pulse, where JavaFX refuses a dialog that waits.)
 */
class RealStartRecoveryTest extends ApplicationTest {
    @TempDir
    Path config;

    private Application app;

    @BeforeEach
    void crashedWindowLeftItsAnswers() throws Exception {
        System.setProperty("dockwise.config.dir", config.toString());
        ObjectNode draft = new ObjectMapper().createObjectNode();
        draft.put("schema", "dockwise.profile/v1");
        draft.put("name", "crashed-laptop");
        draft.putObject("host").put("build", "19x45");
        Autosave crashed = new Autosave(config);
        crashed.write(draft, null);
        // the process dies: the system drops its lock, the answers stay on disk
        crashed.abandon();
        assertTrue(Files.exists(crashed.file()));
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(DockwiseApp.class);
    }

    @AfterEach
    void closeTheApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        System.clearProperty("dockwise.config.dir");
    }

    @Test
    void theNextStartOffersTheAnswersBackAndRecoversThem() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("Recover").tryQuery().isPresent());
        assertTrue(lookup("Unsaved answers").tryQuery().isPresent() || lookup(".dialog-pane").tryQuery().isPresent());
        clickOn("Recover");
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#hostName").tryQuery().isPresent());
        assertEquals("crashed-laptop", lookup("#hostName").queryAs(TextInputControl.class).getText());
        assertFalse(lookup("Recover").tryQuery().isPresent(), "asked once");
    }
}
