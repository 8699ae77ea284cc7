package dev.dockwise.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dockwise.profile.RawValue;
import dev.dockwise.ui.settings.Autosave;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * The real app, started as a user starts it, with what a start can bring: the autosave a crashed
 * window left, a file that is no usable profile. Each is a dialog that waits for the user, which
 * JavaFX refuses inside the animation pulse where the app used to ask: neither ever showed.
 */
@org.junit.jupiter.api.Tag("ui")
class RealStartTest extends ApplicationTest {
    @TempDir Path dir;

    private Path config;
    private Application app;

    @BeforeEach
    void privateConfigFolder() throws Exception {
        config = Files.createDirectories(dir.resolve("config"));
        System.setProperty("dockwise.config.dir", config.toString());
    }

    @AfterEach
    void closeTheApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        System.clearProperty("dockwise.config.dir");
        // the real app handed its host services to the browser links; the other tests only record
        // them
        dev.dockwise.ui.common.Browser.use(url -> {});
    }

    private void start(String... args) throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(DockwiseApp.class, args);
    }

    @Test
    void theNextStartAfterACrashOffersTheAnswersBackAndRecoversThem() throws Exception {
        ObjectNode draft = new ObjectMapper().createObjectNode();
        draft.put("schema", "dockwise.profile/v1");
        draft.put("name", "crashed-laptop");
        draft.putObject("host").put("build", "19x45");
        Autosave crashed = new Autosave(config);
        crashed.write((RawValue.Fields) RawValue.of(draft), null);
        // the process dies: the system drops its lock, the answers stay on disk
        crashed.abandon();
        start();
        javafx.scene.Node recover = Await.dialogButton(this, "Recover");
        assertTrue(lookup("Dockwise did not close normally last time.").tryQuery().isPresent());
        clickOn(recover);
        Await.until(
                "the recovered answers shown", () -> lookup("#hostName").tryQuery().isPresent());
        assertEquals(
                "crashed-laptop", lookup("#hostName").queryAs(TextInputControl.class).getText());
        assertFalse(lookup("Recover").tryQuery().isPresent(), "asked once");
    }

    @Test
    void aBrokenFileGivenAtStartIsReportedNotSwallowed() throws Exception {
        Path broken =
                Files.writeString(
                        dir.resolve("broken.dockwise.json"),
                        "{\"schema\": \"dockwise.profile/v1\", \"host\": ");
        start(broken.toString());
        // the dialog's button once it can be clicked: its header is in the scene a pulse or more
        // before that
        javafx.scene.Node ok = Await.dialogButton(this, "OK");
        assertTrue(textUnder(ok.getScene().getRoot()).contains("Can't open broken.dockwise.json"));
        Await.answerDialog(this, "OK");
    }

    @Test
    void theWindowGetsItsIconsOnceItsFirstFrameIsPaintedAndKeepsThem() throws Exception {
        start();
        // the icons wait for the first frame's painting, so the window is drawn without them first
        Await.until("the main window", () -> lookup("#menuBar").tryQuery().isPresent());
        javafx.stage.Stage stage =
                (javafx.stage.Stage) lookup("#menuBar").query().getScene().getWindow();
        Await.until("the window's icons", () -> !stage.getIcons().isEmpty());
        assertEquals(
                8,
                stage.getIcons().size(),
                "each size once, though the first frame and the window both ask");
        assertTrue(stage.getIcons().stream().allMatch(i -> !i.isError() && i.getWidth() > 0));
    }

    private static String textUnder(javafx.scene.Node root) {
        StringBuilder text = new StringBuilder();
        if (root instanceof javafx.scene.control.Labeled l && l.getText() != null) {
            text.append(l.getText()).append('\n');
        }
        if (root instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> text.append(textUnder(c)));
        }
        return text.toString();
    }
}
