package dev.dockwise.engine;

import static dev.dockwise.TestProfile.baseline;
import static dev.dockwise.engine.model.ContainerType.LINUX;
import static dev.dockwise.engine.model.ContainerType.WINDOWS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.TestProfile;
import dev.dockwise.engine.model.Edition;
import dev.dockwise.engine.model.ImageVersion;
import dev.dockwise.engine.model.Isolation;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.engine.model.Orchestration;
import dev.dockwise.engine.model.Organization;
import dev.dockwise.engine.model.Purpose;
import dev.dockwise.engine.model.Status;
import dev.dockwise.engine.model.WindowsImage;
import dev.dockwise.engine.result.Recommendation;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Container coverage, isolation needs, licences, purpose, orchestration and legacy modes. */
class NeedsRulesTest {
    /** Windows Server Datacenter at this build, else the baseline. */
    private static TestProfile server(int build) {
        return baseline().edition(Edition.SERVER_DATACENTER).build(build);
    }

    @Test
    void bothContainerTypesPreferAModeThatCoversBoth() {
        Recommendation r = baseline().containers(LINUX, WINDOWS).evaluate();
        assertEquals(Optional.of(Mode.DESKTOP_WSL2), r.recommended());
        Verdict.of(r, Mode.DESKTOP_WSL2)
                .mentions("Runs both Linux and Windows containers")
                .warns("One daemon at a time");
        Verdict.of(r, Mode.WSL2_ENGINE)
                .is(Status.ELIGIBLE)
                .warns("Leaves your Windows containers uncovered");
        Verdict.of(r, Mode.WINDOWS_HYPERV).warns("Leaves your Linux containers uncovered");
        assertTrue(r.option(Mode.WSL2_ENGINE).score() < r.option(Mode.DESKTOP_WSL2).score());
    }

    @Test
    void homeWithBothTypesGetsLinuxOnlyModesWithTheGapNamed() {
        Recommendation r = baseline().edition(Edition.HOME).containers(LINUX, WINDOWS).evaluate();
        Verdict.of(r, Mode.DESKTOP_WSL2).warns("Windows Home can't run Windows containers");
    }

    @Test
    void hypervisorIsolationForLinuxContainersHasNoCurrentMode() {
        Recommendation r = baseline().isolation(Isolation.HYPERVISOR).evaluate();
        assertEquals(Optional.empty(), r.recommended());
        Verdict.of(r, Mode.DESKTOP_WSL2).blockedBecause("kernel per container");
        Verdict.of(r, Mode.LCOW).blockedBecause("removed in Docker 23.0");
    }

    @Test
    void largeOrganizationsAreToldAboutTheSubscription() {
        Recommendation r = baseline().organization(Organization.LARGE).evaluate();
        Verdict.of(r, Mode.DESKTOP_WSL2)
                .warns(
                        "paid subscription.*Free alternatives: Docker Engine in WSL 2, Rancher"
                            + " Desktop, Podman Desktop \\(in preview, not offered yet: WSL"
                            + " containers \\(wslc\\).*public preview from WSL 2\\.9\\.3.*Windows"
                            + " Server 2025 but not on Windows Server 2022.*Not for production"
                            + " until it is generally available");
        Verdict.of(r, Mode.WSL2_ENGINE).mentions("Free");
    }

    /**
     * docker/desktop-feedback#127: Intune Endpoint Privilege Management blocks the 4.57+
     * installer's ownership change.
     */
    @Test
    void managedPcsAreToldWhatIntuneBlocksInTheInstaller() {
        String epm =
                "4\\.57.*C:\\\\ProgramData\\\\DockerDesktop.*Intune Endpoint Privilege Management";
        Verdict.of(baseline().admin(false).evaluate(), Mode.DESKTOP_WSL2).warns(epm);
        Verdict.of(baseline().organization(Organization.LARGE).evaluate(), Mode.DESKTOP_HYPERV)
                .warns(epm);
        Verdict.of(
                        baseline()
                                .organization(Organization.LARGE)
                                .containers(dev.dockwise.engine.model.ContainerType.WINDOWS)
                                .evaluate(),
                        Mode.WINDOWS_HYPERV)
                .warns(epm);
        Recommendation personal = baseline().evaluate();
        assertTrue(
                personal.option(Mode.DESKTOP_WSL2).warnings().stream()
                        .noneMatch(w -> w.contains("Intune")),
                "not on a personal PC");
        assertTrue(
                baseline().admin(false).evaluate().option(Mode.WSL2_ENGINE).warnings().stream()
                        .noneMatch(w -> w.contains("Intune")),
                "Docker Engine in WSL 2 has no such installer");
    }

    @Test
    void unknownOrganizationIsAnAssumption() {
        Recommendation r = baseline().organization(null).evaluate();
        assertTrue(
                r.assumptions().stream().anyMatch(a -> a.startsWith("Organization size unknown")),
                r.assumptions()::toString);
        Verdict.of(r, Mode.DESKTOP_WSL2).warns("Check the licence");
    }

    @Test
    void productionLinuxContainersPreferALinuxVm() {
        Recommendation r = baseline().purpose(Purpose.PRODUCTION).evaluate();
        assertEquals(Optional.of(Mode.LINUX_VM), r.recommended());
        Verdict.of(r, Mode.DESKTOP_WSL2)
                .warns("production Linux containers belong on a Linux host");
        Verdict.of(r, Mode.WSL2_ENGINE).warns("doesn't list WSL");
    }

    @Test
    void swarmOnServer2016HasNoRoutingMesh() {
        Recommendation r =
                server(14393)
                        .containers(WINDOWS)
                        .orchestration(Orchestration.SWARM)
                        .windowsImageVersion(ImageVersion.LTSC2016)
                        .purpose(Purpose.PRODUCTION)
                        .evaluate();
        Verdict.of(r, Mode.WINDOWS_PROCESS)
                .warns("KB4015217")
                .warns("no routing mesh")
                .warns("encryption");
    }

    @Test
    void swarmOnServer2022HasTheMeshButNoEncryption() {
        Recommendation r =
                server(20348)
                        .containers(WINDOWS)
                        .orchestration(Orchestration.SWARM)
                        .purpose(Purpose.PRODUCTION)
                        .evaluate();
        Verdict v = Verdict.of(r, Mode.WINDOWS_PROCESS).warns("encryption").mentions("TCP 2377");
        assertTrue(v.option().warnings().stream().noneMatch(w -> w.contains("no routing mesh")));
    }

    @Test
    void kubernetesWithWindowsNodesIsExplained() {
        Recommendation r =
                server(20348)
                        .containers(WINDOWS)
                        .orchestration(Orchestration.KUBERNETES)
                        .evaluate();
        Verdict.of(r, Mode.WINDOWS_PROCESS).warns("containerd").mentions("until 2028-06-30");
    }

    @Test
    void kubernetesOnWindowsServer2019NodesWarnsThatAksRetiredThem() {
        Recommendation r =
                server(17763)
                        .containers(WINDOWS)
                        .orchestration(Orchestration.KUBERNETES)
                        .windowsImage(WindowsImage.SERVERCORE)
                        .windowsImageVersion(ImageVersion.LTSC2019)
                        .evaluate();
        Verdict.of(r, Mode.WINDOWS_PROCESS).warns("AKS retired Windows Server 2019 on 2026-03-01");
    }

    @Test
    void toolboxIsAlwaysMarkedLegacyAndNeverBeatsACurrentMode() {
        Recommendation r = baseline().evaluate();
        Verdict.of(r, Mode.TOOLBOX).warns("Deprecated on 2020-10-20");
        assertTrue(r.option(Mode.TOOLBOX).score() < r.option(Mode.LINUX_VM).score());
    }

    @Test
    void installedDockerDesktopIsCountedAndConflictsWithEngineInWsl() {
        Recommendation r = baseline().dockerDesktop("4.49.0").evaluate();
        Verdict.of(r, Mode.DESKTOP_WSL2).mentions("already installed");
        Verdict.of(r, Mode.WSL2_ENGINE).warns("WSL integration conflicts");
    }

    @Test
    void ancientDockerForWindowsIsReplaced() {
        Recommendation r = baseline().dockerDesktop("17.06.0-ce").evaluate();
        Verdict.of(r, Mode.DESKTOP_WSL2).warns("Unable to write to the database");
    }
}
