package dev.dockwise.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.profile.ProfileField;
import dev.dockwise.scripts.probe.ProbeRunner;
import dev.dockwise.ui.wizard.Step;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Assess this computer" on the Start step, with a stand-in for Windows PowerShell that writes the
 * profile the probe would (or fails as PowerShell does under a Group Policy execution policy).
 */
class AssessThisComputerTest extends WizardTestBase {
    private static Path shell;
    private static Path behaviour;

    @BeforeAll
    static void standInPowerShell() throws Exception {
        Path dir = Files.createTempDirectory("dockwise-powershell");
        behaviour = dir.resolve("behaviour.sh");
        shell = dir.resolve("powershell");
        Files.writeString(
                shell,
                "#!/bin/sh\n"
                    + "out=''\n"
                    + "while [ $# -gt 0 ]; do if [ \"$1\" = -OutFile ]; then out=\"$2\"; fi; shift;"
                    + " done\n"
                    + ". "
                        + behaviour
                        + "\n");
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

    /**
     * A laptop as the probe sees it without elevation: the update revision and the firmware's
     * virtualization unknown.
     */
    private static final String PROBED =
            """
            {"schema":"dockwise.profile/v1","name":"THIS-PC","host":{"edition":"pro","build":22631,"ubr":null,"arch":"x64","memoryGb":16,
             "serverInstallation":null,"cpu":{"vendor":"intel","virtualizationEnabled":null,"slat":null},"machine":"physical","hypervisor":null,
             "cloud":null,"vmSize":null,"nestedVirtualization":null,"features":{"hyperV":false,"containers":false,"wsl":2,"virtualMachinePlatform":true},
             "software":{"virtualBox":null,"vmwareWorkstation":null,"dockerDesktop":"4.49.0"},"admin":true},
             "needs":{"containers":null,"purpose":null,"isolation":null,"windowsImage":null,"windowsImageVersion":null,"orchestration":null,"organization":null}}
            """;

    @Test
    void theProbesAnswersComeInWithWhatItCouldNotTellMarked() throws Exception {
        Path sample = Files.writeString(config.resolve("probed.json"), PROBED);
        behave(
                "echo 'Probe: reading Windows edition, build and hardware'\nsleep 1\ncp "
                        + sample
                        + " \"$out\"");
        click("#assessButton");
        Await.until("the assessment done", () -> vm().getStep() == Step.HOST);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("THIS-PC", vm().draft().text(ProfileField.NAME).get());
        assertEquals(
                "Detected on this computer", this.<Labeled>node("#finding-host-edition").getText());
        assertEquals(
                "Detected on this computer",
                this.<Labeled>node("#finding-host-software-dockerDesktop").getText());
        assertEquals(
                "Not detected: please answer", this.<Labeled>node("#finding-host-ubr").getText());
        assertEquals(
                "Not detected: please answer",
                this.<Labeled>node("#finding-host-cpu-virtualizationEnabled").getText());
        assertTrue(
                !node("#finding-host-hypervisor").isVisible(),
                "no hypervisor on hardware is an answer, not a gap");
        assertTrue(
                textUnder(node("#statusBar")).contains("answers detected, 3 not detected"),
                textUnder(node("#statusBar")));
        assertTrue(vm().isDirty(), "a new, unsaved assessment");
    }

    @Test
    void assessedAScriptAndAReportTakeAtMostEightInteractions() throws Exception {
        Path sample = Files.writeString(config.resolve("probed.json"), PROBED);
        behave("cp " + sample + " \"$out\"");
        Path script = config.resolve("this-pc.ps1");
        Path report = config.resolve("this-pc-report.pdf");
        click("#assessButton");
        Await.until("the assessment done", () -> vm().getStep() == Step.HOST);
        // what must run is the one thing the probe can't know
        next();
        check("linuxContainers", true);
        click("#skipToScript");
        assertEquals(Step.EXPORT, vm().getStep());
        pickedFiles.add(script);
        click("#saveScript");
        pickedFiles.add(report);
        click("#savePdf");
        Await.until("both saved", () -> Files.exists(script) && Files.exists(report));
        assertTrue(interactions <= 8, interactions + " interactions");
        System.out.println(
                "Assess this computer, to script and report: " + interactions + " interactions");
    }

    @Test
    void aPolicyThatForbidsScriptsIsToldAndTheManualWayStaysOpen() throws Exception {
        behave(
                "echo 'File C:\\\\Temp\\\\dockwise-probe.ps1 cannot be loaded because running"
                        + " scripts is disabled on this system. For more information, see"
                        + " about_Execution_Policies.' >&2\n"
                        + "exit 1");
        click("#assessButton");
        Await.until(
                "the assessment done",
                () -> lookup("Could not assess this computer").tryQuery().isPresent());
        assertTrue(
                lookup(
                                n ->
                                        n instanceof Labeled l
                                                && l.getText() != null
                                                && l.getText().contains("execution policy"))
                        .tryQuery()
                        .isPresent());
        clickInDialog("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Step.START, vm().getStep(), "nothing changed; New assessment is still there");
        assertTrue(node("#newButton").isVisible());
    }
}
