package dev.dockwise.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.engine.model.MachineKind;
import dev.dockwise.profile.ProfileField;
import dev.dockwise.ui.actions.StandardAction;
import dev.dockwise.ui.wizard.Step;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.Test;

/** What the wizard says and shows where it said the wrong thing, or nothing. */
class WordsTest extends WizardTestBase {

    @Test
    void aNewAssessmentOpensThisHostAtItsTop() throws Exception {
        openBaseline();
        goTo(Step.HOST);
        ScrollPane page = node("#page-host");
        interact(() -> page.setVvalue(page.getVmax()));
        goTo(Step.START);
        click("#newButton");
        assertEquals(Step.HOST, step());
        assertEquals(
                page.getVmin(), page.getVvalue(), "a new assessment starts at the first question");
    }

    @Test
    void aRecoveryGoesBackToTheStepTheUserWasOn() throws Exception {
        click("#newButton");
        type("hostName", "crashed-on-workloads");
        goTo(Step.WORKLOADS);
        Await.until(
                "the step autosaved",
                () ->
                        window.autosave()
                                .read()
                                .map(s -> "WORKLOADS".equals(s.step()))
                                .orElse(false));
        MainWindowFixture second = crashAndRecover();
        assertEquals("crashed-on-workloads", second.vm().draft().text(ProfileField.NAME).get());
        assertEquals(Step.WORKLOADS, second.vm().getStep());
    }

    @Test
    void theParentHostScriptIsOfferedOnlyForAVirtualMachine() throws Exception {
        openBaseline();
        goTo(Step.EXPORT);
        assertFalse(node("#scriptForParent").isVisible(), "a physical machine has no parent host");
        interact(
                () ->
                        vm().draft()
                                .choice(ProfileField.MACHINE, MachineKind.class)
                                .set(dev.dockwise.engine.model.MachineKind.VIRTUAL));
        goTo(Step.EXPORT);
        assertTrue(node("#scriptForParent").isVisible());
    }

    @Test
    void aVersionInWordsIsMarkedAtItsField() {
        click("#newButton");
        type("virtualBox", "seven");
        Label error = node("#error-host-software-virtualBox");
        assertTrue(
                error.isVisible() && error.getText().startsWith("Type the version in digits"),
                error.getText());
        type("virtualBox", "7.1.4");
        assertFalse(node("#error-host-software-virtualBox").isVisible());
    }

    @Test
    void theFinishPageSpeaksOfTheWindowNotOfCommandLineFlags() throws Exception {
        openBaseline();
        goTo(Step.EXPORT);
        click("#acceptLicense");
        Path script = config.resolve("install.ps1");
        pickedFiles.add(script);
        click("#saveScript");
        Await.until("the script saved", () -> Files.exists(script));
        interact(() -> window.actions().execute(StandardAction.FINISH));
        String next = textUnder(node("#finishPage"));
        assertFalse(next.matches("(?s).*\\s--[a-z].*"), next);
    }
}
