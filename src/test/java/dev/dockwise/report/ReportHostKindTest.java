package dev.dockwise.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dockwise.TestProfile;
import dev.dockwise.engine.model.HostKind;
import dev.dockwise.engine.model.Profile;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The report reads the host as the advice does, also where the profile leaves the edition open. */
class ReportHostKindTest {
    @Test
    void anUnknownEditionOnAServerBuildGetsTheServerRowAndRelease() {
        Profile p = TestProfile.baseline().edition(null).build(20348).profile();
        ReportModel.HostPart host = ReportFixtures.model(Optional.of(p)).host().orElseThrow();
        assertEquals(HostKind.SERVER, host.hostRow().orElseThrow().kind());
        String build =
                host.facts().stream()
                        .filter(f -> f.label().equals("Windows build"))
                        .findFirst()
                        .orElseThrow()
                        .value();
        assertEquals("20348 (Windows Server 2022)", build);
    }

    @Test
    void softwareLeftEmptyIsReportedAsNotInstalledAsTheAdviceReadsIt() {
        Profile p = TestProfile.baseline().virtualBox(null).dockerDesktop("4.49.0").profile();
        var facts = ReportFixtures.model(Optional.of(p)).host().orElseThrow().facts();
        assertEquals(
                "not installed",
                facts.stream()
                        .filter(f -> f.label().equals("VirtualBox"))
                        .findFirst()
                        .orElseThrow()
                        .value());
        assertEquals(
                "4.49.0",
                facts.stream()
                        .filter(f -> f.label().equals("Docker Desktop"))
                        .findFirst()
                        .orElseThrow()
                        .value());
    }

    @Test
    void aClientsReportAsksNoServerQuestionAndNamesNoInternalPath() {
        ReportModel client = ReportFixtures.model(Optional.of(TestProfile.baseline().profile()));
        assertEquals(
                false,
                client.host().orElseThrow().facts().stream()
                        .anyMatch(f -> f.label().equals("Server installation")),
                "a Windows 11 Pro host has no server installation to be unknown");
        ReportModel server =
                ReportFixtures.model(
                        Optional.of(
                                TestProfile.baseline()
                                        .edition(dev.dockwise.engine.model.Edition.SERVER_STANDARD)
                                        .build(20348)
                                        .profile()));
        assertEquals(
                true,
                server.host().orElseThrow().facts().stream()
                        .anyMatch(f -> f.label().equals("Server installation")));
        String html = HtmlReport.render(client);
        for (String internal : new String[] {"shared/", "shared snapshot"}) {
            assertEquals(false, html.contains(internal), "the report names " + internal);
        }
    }
}
