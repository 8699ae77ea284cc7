package dev.dockwise.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.engine.model.Mode;
import dev.dockwise.scripts.probe.ProbeRunner;
import dev.dockwise.ui.actions.StandardAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Check the setup" after an install script ran: offered on the Finish page and in the Tools menu
 * where Windows PowerShell is (here a stand-in that answers as the check would on a host), each
 * step shown passed or failed with the troubleshooter's answer beside a failed one.
 */
class CheckTheSetupTest extends WizardTestBase {
    /**
     * What a Docker Desktop whose engine did not start prints (docker/for-win threads,
     * engine-not-running in errors.json).
     */
    private static final String NO_ENGINE =
            "error during connect: Get"
                + " \"http://%2F%2F.%2Fpipe%2FdockerDesktopLinuxEngine/v1.47/version\": open"
                + " //./pipe/dockerDesktopLinuxEngine: The system cannot find the file specified.";

    private static Path shell;
    private static Path behaviour;
    private static Path argv;

    @BeforeAll
    static void standInPowerShell() throws Exception {
        Path dir = Files.createTempDirectory("dockwise-powershell");
        behaviour = dir.resolve("behaviour.sh");
        argv = dir.resolve("argv");
        shell = dir.resolve("powershell");
        Files.writeString(shell, "#!/bin/sh\necho \"$@\" > " + argv + "\n. " + behaviour + "\n");
        Files.setPosixFilePermissions(shell, PosixFilePermissions.fromString("rwxr-xr-x"));
        System.setProperty(ProbeRunner.SHELL_PROPERTY, shell.toString());
    }

    @AfterAll
    static void noStandIn() {
        System.clearProperty(ProbeRunner.SHELL_PROPERTY);
    }

    private void behave(String script) throws Exception {
        Files.writeString(behaviour, script + "\n");
    }

    private void waitFor(java.util.function.BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean shown(String query) {
        return lookup(query)
                .tryQuery()
                .map(n -> n.isVisible() && n.getScene() != null)
                .orElse(false);
    }

    private MenuItem toolsItem(String id) {
        MenuBar bar = node("#menuBar");
        Menu tools =
                bar.getMenus().stream()
                        .filter(m -> "toolsMenu".equals(m.getId()))
                        .findFirst()
                        .orElseThrow();
        return tools.getItems().stream()
                .filter(i -> id.equals(i.getId()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void afterTheScriptFinishOffersTheCheckOfItsModeAndShowsEachStepWithTheTroubleshootersAnswer()
            throws Exception {
        openBaseline();
        goTo(dev.dockwise.ui.wizard.Step.EXPORT);
        assertTrue(
                window.scriptMode().getItems().contains(Mode.DESKTOP_HYPERV),
                window.scriptMode().getItems().toString());
        interact(() -> window.scriptMode().setValue(Mode.DESKTOP_HYPERV));
        Path script = config.resolve("install.ps1");
        pickedFiles.add(script);
        click("#saveScript");
        click("#nextButton");
        assertTrue(shown("#checkSetupOffer"), "the Finish page offers the check");
        behave(
                "echo 'CHECK engine FAIL "
                        + NO_ENGINE
                        + "'\n"
                        + "echo 'CHECK engine-os FAIL expected linux, the engine says: "
                        + NO_ENGINE
                        + "'\n"
                        + "sleep 1\n"
                        + "echo 'CHECK container FAIL docker: "
                        + NO_ENGINE
                        + "'\n"
                        + "echo 'CHECK transcript PASS"
                        + " C:\\ProgramData\\Dockwise\\logs\\install-desktop-hyperv-20261206-101500.log'");
        click("#checkSetupButton");
        assertTrue(shown("#setupCheckPage"));
        ComboBox<?> mode = node("#checkMode");
        assertEquals(
                Mode.DESKTOP_HYPERV,
                mode.getValue(),
                "the mode of the script saved in this session, not the recommended one");
        click("#runCheckButton");
        waitFor(() -> lookup("#check-transcript").tryQuery().isPresent());
        assertEquals(
                "-NoProfile -NonInteractive -ExecutionPolicy Bypass -File",
                Files.readString(argv).split(" \\S*dockwise-verify\\.ps1 ")[0]);
        assertTrue(
                Files.readString(argv).trim().endsWith("dockwise-verify.ps1 -Mode desktop-hyperv"),
                Files.readString(argv));

        String engine = textUnder(node("#check-engine"));
        assertTrue(
                engine.contains("The engine answers (docker version)") && engine.contains("Failed"),
                engine);
        assertTrue(
                lookup("#advice-engine-engine-not-running").tryQuery().isPresent(),
                "the troubleshooter's answer beside the failed step: " + engine);
        assertTrue(engine.contains("Likely causes") && engine.contains("Fixes"), engine);
        String container = textUnder(node("#advice-container-engine-not-running"));
        assertTrue(
                container.contains("(as above)") && !container.contains("Likely causes"),
                "the same answer is told once: " + container);
        String transcript = textUnder(node("#check-transcript"));
        assertTrue(
                transcript.contains("Passed") && !transcript.contains("The troubleshooter"),
                transcript);
        String message = this.<Labeled>node("#checkMessage").getText();
        assertTrue(
                message.startsWith("3 of 4 steps failed for ") && message.contains("Hyper-V"),
                message);

        click("#backFromCheckButton");
        assertFalse(shown("#setupCheckPage"));
    }

    @Test
    void fromTheToolsMenuAPolicyThatForbidsScriptsIsToldAndALongCheckCanBeCancelled()
            throws Exception {
        behave(
                "echo 'File C:\\\\Temp\\\\dockwise-verify.ps1 cannot be loaded because running"
                        + " scripts is disabled on this system. For more information, see"
                        + " about_Execution_Policies.' >&2\n"
                        + "exit 1");
        clickOn("#toolsMenu");
        assertTrue(toolsItem("checkSetupItem").isVisible());
        clickOn("Check the setup...");
        assertTrue(shown("#setupCheckPage"));
        click("#runCheckButton");
        waitFor(() -> lookup("#checkFailedCard").tryQuery().isPresent());
        String failed = textUnder(node("#checkFailedCard"));
        assertTrue(
                failed.contains("The check could not run") && failed.contains("execution policy"),
                failed);
        assertTrue(failed.contains("dockwise probe --verify"), "the way round it: " + failed);

        behave("echo 'CHECK engine PASS 29.7.2'\nsleep 30\necho 'CHECK engine-os PASS'");
        click("#runCheckButton");
        waitFor(
                () ->
                        node("#cancelCheckButton").isVisible()
                                && this.<Labeled>node("#checkMessage")
                                        .getText()
                                        .contains("CHECK engine PASS"));
        click("#cancelCheckButton");
        waitFor(() -> !node("#cancelCheckButton").isVisible());
        assertEquals(
                "Check cancelled (it changes nothing on this computer).",
                this.<Labeled>node("#checkMessage").getText());
        assertFalse(node("#runCheckButton").isDisabled(), "it can be run again");
    }

    @Test
    void withoutWindowsPowerShellNothingOffersTheCheck() throws Exception {
        System.clearProperty(ProbeRunner.SHELL_PROPERTY);
        try {
            openBaseline();
            clickOn("#toolsMenu");
            assertFalse(
                    toolsItem("checkSetupItem").isVisible(),
                    "as Assess this computer, only where Windows PowerShell is");
            clickOn("#toolsMenu");
            interact(() -> window.actions().execute(StandardAction.FINISH));
            assertTrue(shown("#finishPage"));
            assertFalse(shown("#checkSetupOffer"));
            // the dialog waits for its OK, so the request is not waited for here
            WaitForAsyncUtils.asyncFx(() -> window.actions().execute(StandardAction.CHECK_SETUP));
            waitFor(() -> lookup("Can't check the setup here").tryQuery().isPresent());
            clickInDialog("OK");
            assertTrue(
                    lookup("#setupCheckPage").tryQuery().map(Node::getScene).isEmpty(),
                    "no page to run nothing on");
        } finally {
            System.setProperty(ProbeRunner.SHELL_PROPERTY, shell.toString());
        }
    }
}
