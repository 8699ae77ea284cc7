package dev.dockwise.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The real app opened on a file that is not a usable profile (a desktop's "Open with"): it says so, in a dialog that waits. */
class RealStartFileArgumentTest extends ApplicationTest {
    @TempDir
    Path dir;

    private Application app;

    @AfterEach
    void closeTheApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        System.clearProperty("dockwise.config.dir");
    }

    @Test
    void aBrokenFileGivenAtStartIsReportedNotSwallowed() throws Exception {
        System.setProperty("dockwise.config.dir", Files.createDirectories(dir.resolve("config")).toString());
        Path broken = Files.writeString(dir.resolve("broken.dockwise.json"), "{\"schema\": \"dockwise.profile/v1\", \"host\": ");
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(DockwiseApp.class, broken.toString());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("Can't open broken.dockwise.json").tryQuery().isPresent());
        assertTrue(lookup("OK").tryQuery().isPresent());
        clickOn("OK");
    }
}
