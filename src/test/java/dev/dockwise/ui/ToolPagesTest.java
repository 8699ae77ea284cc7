package dev.dockwise.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.TestEngine;
import dev.dockwise.ui.wizard.Step;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The Troubleshoot and fleet pages, driven from the start step and the Tools menu. */
class ToolPagesTest extends WizardTestBase {
    private static final String HCS =
            "docker: Error response from daemon: hcsshim::CreateComputeSystem 3f2a9b0c1d4e: The"
                    + " virtual machine could not be started because a required feature is not"
                    + " installed.";

    private void waitFor(java.util.function.BooleanSupplier condition) {
        Await.until("the page updated", condition);
    }

    private boolean shown(String query) {
        return lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void pastingAnErrorShowsItsCausesChecksAndFixesForTheCurrentHost() throws Exception {
        Path azure = config.resolve("azure.dockwise.json");
        Files.writeString(
                azure,
                TestEngine.json(dev.dockwise.Scenarios.profile("azure-server2019-no-nested")));
        interact(() -> window.actions().openFile(azure));
        clickOn("#toolsMenu");
        clickOn("Troubleshoot an error...");
        assertTrue(shown("#troubleshootPage"));
        paste("errorText", HCS);
        waitFor(() -> lookup("#diagnosis-hcs-hyperv-not-installed").tryQuery().isPresent());
        String card = textUnder(node("#diagnosis-hcs-hyperv-not-installed"));
        assertTrue(
                card.contains("Likely causes")
                        && card.contains("Checks to tell them apart")
                        && card.contains("Fixes"),
                card);
        assertTrue(card.contains("For this host: ") && card.contains("az vm resize"), card);
        assertTrue(card.contains("build 17763"), card);

        check("useAssessmentCheck", false);
        waitFor(
                () ->
                        lookup("#diagnosis-hcs-hyperv-not-installed")
                                .tryQuery()
                                .map(shownCard -> !textUnder(shownCard).contains("For this host: "))
                                .orElse(false));

        paste("errorText", "the printer is on fire");
        waitFor(() -> lookup("#notRecognisedCard").tryQuery().isPresent());
        assertTrue(textUnder(node("#notRecognisedCard")).contains("Not recognised"));

        click("#backToWizardButton");
        assertFalse(shown("#troubleshootPage"));
        assertEquals(Step.HOST, step(), "the wizard is where the user left it");
    }

    @Test
    void aPastedThreadExcerptIsReadByItsInnerMessageAndShowsHowSureItIs() throws Exception {
        click("#troubleshootButton");
        paste(
                "errorText",
                "> ```\n"
                        + "> System.InvalidOperationException:\n"
                        + "> Failed to deploy distro docker-desktop to"
                        + " C:\\Users\\a\\AppData\\Local\\Docker\\wsl\\distro: exit code: -1\n"
                        + ">  stdout: The system cannot find the file specified.\n"
                        + "> ```");
        waitFor(() -> lookup("#diagnosis-docker-desktop-wsl-disk").tryQuery().isPresent());
        String card = textUnder(node("#diagnosis-docker-desktop-wsl-disk"));
        assertTrue(card.matches("(?s).*\\d+% sure.*"), card);
        assertTrue(card.contains("wsl --unregister docker-desktop"), card);
        // "the system cannot find the file specified" is also the engine's pipe missing: the card
        // says so and how to tell
        assertTrue(
                card.contains("The same message is also printed by")
                        && card.contains("Tell them apart: Which file cannot be found"),
                card);
        assertFalse(
                lookup("#diagnosis-wsl-kernel-missing").tryQuery().isPresent(),
                "the wrapper alone is not the kernel error");

        paste("errorText", "Failed to deploy distro docker-desktop to C:\\x: exit code: -1");
        waitFor(() -> lookup("#notRecognisedCard").tryQuery().isPresent());
    }

    @Test
    void aLogOpensFromTheTroubleshootPage() throws Exception {
        Path log = config.resolve("docker-desktop.log");
        Files.write(
                log,
                ("[10:01] starting\r\n"
                     + "Docker Desktop - Access Denied\r\n"
                     + "You are not allowed to use Docker, you must be in the \"docker-users\""
                     + " group.\r\n")
                        .getBytes(StandardCharsets.UTF_16LE));
        click("#troubleshootButton");
        pickedFiles.add(log);
        click("#openLogButton");
        waitFor(() -> lookup("#diagnosis-docker-users-access-denied").tryQuery().isPresent());
        assertTrue(
                textUnder(node("#diagnosisResults")).contains("from docker-desktop.log"),
                textUnder(node("#diagnosisResults")));
    }

    @Test
    void aFolderOfProfilesIsPlannedWithAProgressBarAndExported() throws Exception {
        Path fleet = Files.createDirectories(config.resolve("fleet"));
        Files.writeString(fleet.resolve("dev-01.dockwise.json"), TestEngine.baseline());
        Files.writeString(
                fleet.resolve("dev-02.dockwise.json"),
                TestEngine.baseline().replace("\"edition\":\"pro\"", "\"edition\":\"home\""));
        Files.writeString(
                fleet.resolve("broken.json"),
                TestEngine.baseline().replace("\"memoryGb\":16", "\"memoryGb\":-2"));
        pickedFiles.add(fleet);
        click("#fleetButton");
        waitFor(() -> window.fleetPlanned());
        assertTrue(
                textUnder(node("#fleet-count-invalid")).startsWith("1"),
                textUnder(node("#fleet-count-invalid")));
        assertTrue(
                textUnder(node("#fleet-count-recommended")).startsWith("2"),
                textUnder(node("#fleet-count-recommended")));
        TableView<?> table = node("#fleetTable");
        assertEquals(3, table.getItems().size());
        assertTrue(textUnder(node("#fleetMessage")).contains("Planned 3 hosts"));

        pick("fleetFilter", "Profile invalid");
        assertEquals(1, table.getItems().size());
        assertTrue(textUnder(table).contains("host.memoryGb"), textUnder(table));
        pick("fleetFilter", "All hosts");

        Path out = config.resolve("plan-out");
        pickedFiles.add(out);
        click("#exportPlanButton");
        waitFor(() -> Files.exists(out.resolve("summary.html")) && !window.fleetBusy());
        assertTrue(Files.exists(out.resolve("hosts/dev-01.recommendation.json")));
        assertEquals(4, Files.readAllLines(out.resolve("summary.csv")).size());

        // the same folder again: it holds Dockwise's plan, so the wizard asks first
        pickedFiles.add(out);
        click("#exportPlanButton");
        waitFor(() -> lookup("plan-out holds a plan Dockwise wrote").tryQuery().isPresent());
        clickInDialog("Cancel");
        waitFor(() -> lookup(".dialog-pane").tryQuery().isEmpty());
        // the folder of profiles holds what Dockwise did not write: refused, not asked, nothing
        // written there
        pickedFiles.add(fleet);
        click("#exportPlanButton");
        waitFor(() -> lookup("Choose another folder for the plan").tryQuery().isPresent());
        clickInDialog("OK");
        waitFor(() -> lookup(".dialog-pane").tryQuery().isEmpty());
        try (var entries = Files.list(fleet)) {
            assertEquals(3, entries.count(), "nothing was written among the user's profiles");
        }

        Node invalidRow = lookup("#fleetTable .table-row-cell").nth(0).query();
        doubleClickOn(invalidRow);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(
                textUnder(node("#statusBar")).contains("broken.json is not a valid profile"),
                textUnder(node("#statusBar")));
        Node validRow = lookup("#fleetTable .table-row-cell").nth(1).query();
        doubleClickOn(validRow);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(vm().getFile());
        assertEquals("dev-01.dockwise.json", vm().getFile().getFileName().toString());
        assertFalse(shown("#fleetPage"), "the host opens in the wizard");
    }
}
