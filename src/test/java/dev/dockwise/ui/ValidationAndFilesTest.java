package dev.dockwise.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.TestEngine;
import dev.dockwise.profile.ProfileField;
import dev.dockwise.profile.RawValue;
import dev.dockwise.ui.wizard.Step;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Inline validation that keeps what was typed; save, reopen, corrupt files. */
class ValidationAndFilesTest extends WizardTestBase {

    @Test
    void aBadBuildIsMarkedKeptAndDoesNotBlockNext() {
        click("#newButton");
        Node below = node("#ubr");
        Node above = node("#build");
        double before = below.localToScene(0, 0).getY() - above.localToScene(0, 0).getY();
        type("build", "22x31");
        TextField build = node("#build");
        Label error = node("#error-host-build");
        assertTrue(error.isVisible(), "error shown");
        assertEquals(
                "Type the OS build number in digits, e.g. 22631 (1 to 99999).", error.getText());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                before,
                below.localToScene(0, 0).getY() - above.localToScene(0, 0).getY(),
                0.5,
                "the form stays still as the message appears");
        assertTrue(build.getPseudoClassStates().contains(PseudoClass.getPseudoClass("invalid")));
        assertEquals("22x31", build.getText());
        assertTrue(vm().getAttention().contains(Step.HOST));
        assertTrue(
                textUnder(node("#livePanel")).contains("1 answer needs attention"),
                textUnder(node("#livePanel")));
        next();
        assertEquals(Step.WORKLOADS, step(), "Next is never blocked");
        back();
        assertEquals(
                "22x31", ((TextField) node("#build")).getText(), "the value survives navigation");
        type("build", "22631");
        assertFalse(((Label) node("#error-host-build")).isVisible());
        assertFalse(vm().getAttention().contains(Step.HOST));
    }

    @Test
    void negativeMemoryIsMarked() {
        click("#newButton");
        type("memory", "-4");
        assertEquals(
                "Type the memory in GB, e.g. 16 (more than 0, at most 65536).",
                ((Label) node("#error-host-memoryGb")).getText());
    }

    @Test
    void saveAndReopenGiveTheSameAnswers() throws Exception {
        Path original = config.resolve("host.dockwise.json");
        Files.writeString(original, TestEngine.baseline());
        interact(() -> window.actions().openFile(original));
        assertEquals(Step.HOST, step());
        assertEquals("22631", ((TextField) node("#build")).getText());
        type("memory", "32");
        assertTrue(window.stage().getTitle().startsWith("* "), window.stage().getTitle());
        Path saved = config.resolve("saved.dockwise.json");
        pickedFiles.add(saved);
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.exists(saved));
        assertFalse(vm().isDirty());
        RawValue.Fields before = vm().draft().held();
        interact(() -> window.actions().openFile(saved));
        assertEquals(before, vm().draft().held());
        assertEquals("32", ((TextField) node("#memory")).getText());
        assertEquals(saved, vm().getFile());
        assertTrue(textUnder(node("#statusBar")).contains(saved.toString()));
    }

    @Test
    void quitAsksAboutUnsavedAnswersLikeTheCloseButton() {
        click("#newButton");
        type("hostName", "dev-laptop");
        assertTrue(vm().isDirty());
        // the shortcut: Cancel keeps the window and the answers
        press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(
                textUnder(Await.clickable(this, "#dialog"))
                        .contains("Save the changes to this assessment?"));
        clickInDialog("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.stage().isShowing(), "Cancel keeps the window open");
        assertEquals("dev-laptop", vm().draft().text(ProfileField.NAME).get());
        // the menu: Don't save closes the window
        clickOn("#fileMenu");
        clickOn("Quit");
        Await.answerDialog(this, "Don't save");
        assertFalse(window.stage().isShowing(), "Don't save closes the window");
    }

    @Test
    void aCorruptFileGivesAClearMessageAndKeepsTheAnswers() throws Exception {
        click("#newButton");
        type("hostName", "keep-me");
        Path corrupt = config.resolve("broken.dockwise.json");
        Files.writeString(corrupt, "{\"schema\":\"dockwise.profile/v1\",\"host\":{\"build\":");
        vm().draft().text(ProfileField.NAME).set("keep-me");
        interact(() -> vm().dirtyProperty());
        pickedFiles.add(corrupt);
        // unsaved answers: the app asks first; don't save, then the open fails
        clickOn("#fileMenu");
        clickOn("Open...");
        Await.answerDialog(this, "Don't save");
        String message = textUnder(Await.clickable(this, "#dialog"));
        assertTrue(message.contains("Can't open broken.dockwise.json"), message);
        assertTrue(message.contains("not valid JSON"), message);
        clickInDialog("OK");
        assertEquals("keep-me", vm().draft().text(ProfileField.NAME).get());
        assertNull(vm().getFile());
    }

    @Test
    void theExportStepWritesTheRecommendationAndTheComparison() throws Exception {
        Path original = config.resolve("host.dockwise.json");
        Files.writeString(original, TestEngine.baseline());
        interact(() -> window.actions().openFile(original));
        interact(() -> vm().goTo(Step.EXPORT));
        Path md = config.resolve("answer.md");
        pickedFiles.add(md);
        click("#exportMarkdown");
        assertTrue(Files.readString(md).startsWith("# Dockwise recommendation: test-host"));
        Path json = config.resolve("answer.json");
        pickedFiles.add(json);
        click("#exportJson");
        assertTrue(Files.readString(json).contains("\"recommended\" : \"desktop-wsl2\""));
        Path csv = config.resolve("modes.csv");
        pickedFiles.add(csv);
        click("#exportCsv");
        assertTrue(Files.readString(csv).startsWith("Feature,Docker Toolbox (toolbox)"));
        assertTrue(textUnder(node("#statusBar")).contains("Saved " + csv));
    }

    @Test
    void savingInvalidAnswersExplainsAndKeepsThem() {
        click("#newButton");
        type("build", "abc");
        pickedFiles.add(config.resolve("never.dockwise.json"));
        push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        String message = textUnder(Await.clickable(this, "#dialog"));
        assertTrue(message.contains("host.build"), message);
        clickInDialog("OK");
        assertFalse(Files.exists(config.resolve("never.dockwise.json")));
        assertEquals("abc", ((TextField) node("#build")).getText());
    }
}
