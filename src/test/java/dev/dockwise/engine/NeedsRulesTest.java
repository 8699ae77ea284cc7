package dev.dockwise.engine;

import static dev.dockwise.TestEngine.evaluate;
import static dev.dockwise.TestEngine.host;
import static dev.dockwise.TestEngine.needs;
import static dev.dockwise.TestEngine.software;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.engine.model.Mode;
import dev.dockwise.engine.model.Status;
import dev.dockwise.engine.result.Recommendation;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Container coverage, isolation needs, licences, purpose, orchestration and legacy modes. */
class NeedsRulesTest {

    @Test
    void bothContainerTypesPreferAModeThatCoversBoth() {
        Recommendation r = evaluate(p -> needs(p).putArray("containers").add("linux").add("windows"));
        assertEquals(Optional.of(Mode.DESKTOP_WSL2), r.recommended());
        Verdict.of(r, Mode.DESKTOP_WSL2).mentions("Runs both Linux and Windows containers").warns("One daemon at a time");
        Verdict.of(r, Mode.WSL2_ENGINE).is(Status.ELIGIBLE).warns("Leaves your Windows containers uncovered");
        Verdict.of(r, Mode.WINDOWS_HYPERV).warns("Leaves your Linux containers uncovered");
        assertTrue(r.option(Mode.WSL2_ENGINE).score() < r.option(Mode.DESKTOP_WSL2).score());
    }

    @Test
    void homeWithBothTypesGetsLinuxOnlyModesWithTheGapNamed() {
        Recommendation r = evaluate(p -> {
            host(p).put("edition", "home");
            needs(p).putArray("containers").add("linux").add("windows");
        });
        Verdict.of(r, Mode.DESKTOP_WSL2).warns("Windows Home can't run Windows containers");
    }

    @Test
    void hypervisorIsolationForLinuxContainersHasNoCurrentMode() {
        Recommendation r = evaluate(p -> needs(p).put("isolation", "hypervisor"));
        assertEquals(Optional.empty(), r.recommended());
        Verdict.of(r, Mode.DESKTOP_WSL2).blockedBecause("kernel per container");
        Verdict.of(r, Mode.LCOW).blockedBecause("removed in Docker 23.0");
    }

    @Test
    void largeOrganizationsAreToldAboutTheSubscription() {
        Recommendation r = evaluate(p -> needs(p).put("organization", "large"));
        Verdict.of(r, Mode.DESKTOP_WSL2).warns("paid subscription.*Free alternatives: Docker Engine in WSL 2, Rancher Desktop, Podman Desktop");
        Verdict.of(r, Mode.WSL2_ENGINE).mentions("Free");
    }

    @Test
    void unknownOrganizationIsAnAssumption() {
        Recommendation r = evaluate(p -> needs(p).putNull("organization"));
        assertTrue(r.assumptions().stream().anyMatch(a -> a.startsWith("Organization size unknown")), r.assumptions()::toString);
        Verdict.of(r, Mode.DESKTOP_WSL2).warns("Check the licence");
    }

    @Test
    void productionLinuxContainersPreferALinuxVm() {
        Recommendation r = evaluate(p -> needs(p).put("purpose", "production"));
        assertEquals(Optional.of(Mode.LINUX_VM), r.recommended());
        Verdict.of(r, Mode.DESKTOP_WSL2).warns("production Linux containers belong on a Linux host");
        Verdict.of(r, Mode.WSL2_ENGINE).warns("doesn't list WSL");
    }

    @Test
    void swarmOnServer2016HasNoRoutingMesh() {
        Recommendation r = evaluate(p -> {
            host(p).put("edition", "server-datacenter").put("build", 14393);
            needs(p).putArray("containers").add("windows");
            needs(p).put("orchestration", "swarm").put("windowsImageVersion", "ltsc2016").put("purpose", "production");
        });
        Verdict.of(r, Mode.WINDOWS_PROCESS).warns("KB4015217").warns("no routing mesh").warns("encryption");
    }

    @Test
    void swarmOnServer2022HasTheMeshButNoEncryption() {
        Recommendation r = evaluate(p -> {
            host(p).put("edition", "server-datacenter").put("build", 20348);
            needs(p).putArray("containers").add("windows");
            needs(p).put("orchestration", "swarm").put("purpose", "production");
        });
        Verdict v = Verdict.of(r, Mode.WINDOWS_PROCESS).warns("encryption").mentions("TCP 2377");
        assertTrue(v.option().warnings().stream().noneMatch(w -> w.contains("no routing mesh")));
    }

    @Test
    void kubernetesWithWindowsNodesIsExplained() {
        Recommendation r = evaluate(p -> {
            host(p).put("edition", "server-datacenter").put("build", 20348);
            needs(p).putArray("containers").add("windows");
            needs(p).put("orchestration", "kubernetes");
        });
        Verdict.of(r, Mode.WINDOWS_PROCESS).warns("containerd").mentions("until 2028-06-30");
    }

    @Test
    void kubernetesOnWindowsServer2019NodesWarnsThatAksRetiredThem() {
        Recommendation r = evaluate(p -> {
            host(p).put("edition", "server-datacenter").put("build", 17763);
            needs(p).putArray("containers").add("windows");
            needs(p).put("orchestration", "kubernetes").put("windowsImage", "servercore").put("windowsImageVersion", "ltsc2019");
        });
        Verdict.of(r, Mode.WINDOWS_PROCESS).warns("AKS retired Windows Server 2019 on 2026-03-01");
    }

    @Test
    void toolboxIsAlwaysMarkedLegacyAndNeverBeatsACurrentMode() {
        Recommendation r = evaluate(p -> { });
        Verdict.of(r, Mode.TOOLBOX).warns("Deprecated on 2020-10-20");
        assertTrue(r.option(Mode.TOOLBOX).score() < r.option(Mode.LINUX_VM).score());
    }

    @Test
    void installedDockerDesktopIsCountedAndConflictsWithEngineInWsl() {
        Recommendation r = evaluate(p -> software(p).put("dockerDesktop", "4.49.0"));
        Verdict.of(r, Mode.DESKTOP_WSL2).mentions("already installed");
        Verdict.of(r, Mode.WSL2_ENGINE).warns("WSL integration conflicts");
    }

    @Test
    void ancientDockerForWindowsIsReplaced() {
        Recommendation r = evaluate(p -> software(p).put("dockerDesktop", "17.06.0-ce"));
        Verdict.of(r, Mode.DESKTOP_WSL2).warns("Unable to write to the database");
    }
}
