package dev.dockwise.engine;

import static dev.dockwise.TestProfile.baseline;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.TestProfile;
import dev.dockwise.engine.model.ContainerType;
import dev.dockwise.engine.model.Edition;
import dev.dockwise.engine.model.HostKind;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.engine.model.Purpose;
import dev.dockwise.engine.model.ServerInstallation;
import dev.dockwise.engine.model.Status;
import dev.dockwise.engine.result.FixTarget;
import dev.dockwise.engine.result.ModeAssessment;
import dev.dockwise.engine.result.Recommendation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the edition decides when Dockwise can't name it: never assumed to be any edition, so the
 * modes that depend on it need checking; and what a raw EditionID adds (Hyper-V Server, evaluation,
 * multi-session, S mode).
 */
class EditionRulesTest {

    /**
     * Hyper-V Server 2019 as a probe before this fix wrote it: edition "other", Server Core, build
     * 17763.
     */
    private static TestProfile hyperVServer2019() {
        return baseline()
                .edition(Edition.OTHER)
                .serverInstallation(ServerInstallation.SERVER_CORE)
                .build(17763)
                .ubr(8880)
                .hyperV(true)
                .containers(ContainerType.WINDOWS)
                .purpose(Purpose.PRODUCTION);
    }

    @Test
    void hyperVServerRunsNoWindowsContainersAndIsOfferedALinuxVmOrWindowsServer() {
        Recommendation r = hyperVServer2019().editionId("ServerHyperCore").evaluate();
        assertEquals(HostKind.SERVER, r.host().kind());
        assertEquals(
                Optional.empty(),
                r.recommended(),
                "MicrosoftDocs/Virtualization-Documentation#945: no Containers feature");
        Verdict.of(r, Mode.WINDOWS_PROCESS)
                .blockedBecause("Hyper-V Server can't run Windows containers")
                .mentions("Windows Server Standard or Datacenter");
        Verdict.of(r, Mode.WINDOWS_HYPERV)
                .blockedBecause("Hyper-V Server can't run Windows containers");
        Recommendation both =
                hyperVServer2019()
                        .editionId("ServerHyperCore")
                        .containers(ContainerType.LINUX, ContainerType.WINDOWS)
                        .evaluate();
        Verdict.of(both, Mode.LINUX_VM).mentions("runs on Hyper-V");
        assertTrue(
                both.option(Mode.LINUX_VM).status() != Status.BLOCKED,
                "a Linux VM on the Hyper-V host serves the Linux half");
        assertTrue(
                both.options().stream()
                        .filter(o -> o.status() != Status.BLOCKED)
                        .noneMatch(
                                o ->
                                        o.mode() == Mode.WINDOWS_PROCESS
                                                || o.mode() == Mode.WINDOWS_HYPERV));
    }

    @ParameterizedTest(name = "edition {0}")
    @NullSource
    @ValueSource(strings = "other")
    void anEditionDockwiseCantNameGetsNoDatacenterFit(String edition) {
        TestProfile host = hyperVServer2019().edition(edition == null ? null : Edition.OTHER);
        Recommendation r = host.evaluate();
        Recommendation datacenter =
                hyperVServer2019().edition(Edition.SERVER_DATACENTER).evaluate();
        ModeAssessment process = r.option(Mode.WINDOWS_PROCESS);
        assertEquals(
                Optional.empty(),
                r.recommended(),
                "nothing is recommended on an edition that may be Hyper-V Server");
        Verdict.of(r, Mode.WINDOWS_PROCESS)
                .is(Status.NEEDS_CHANGES)
                .fix(FixTarget.THIS_HOST, "Needs checking: .*EditionID");
        assertEquals(
                "(Get-ItemProperty 'HKLM:\\SOFTWARE\\Microsoft\\Windows"
                        + " NT\\CurrentVersion').EditionID",
                Verdict.of(r, Mode.WINDOWS_PROCESS)
                        .fix(FixTarget.THIS_HOST, "Needs checking")
                        .command());
        assertTrue(
                process.score() < datacenter.option(Mode.WINDOWS_PROCESS).score(),
                () ->
                        "fit "
                                + process.score()
                                + " is not below Datacenter's "
                                + datacenter.option(Mode.WINDOWS_PROCESS).score());
        assertTrue(
                r.assumptions().stream()
                        .noneMatch(
                                a ->
                                        a.contains("assumed Windows Server Datacenter")
                                                || a.contains("assumed Windows Pro")),
                r.assumptions()::toString);
        assertTrue(
                r.assumptions().stream().anyMatch(a -> a.contains("can't tell which edition")),
                r.assumptions()::toString);
        assertTrue(r.host().osName().contains("edition unknown"), r.host().osName());
        Verdict.of(r, Mode.WINDOWS_HYPERV).warns("If this is Windows Server Standard");
    }

    @Test
    void anUnknownEditionIdIsNamedAndTreatedAsUnknown() {
        Recommendation r = hyperVServer2019().editionId("ServerFuture").evaluate();
        assertTrue(
                r.assumptions().stream()
                        .anyMatch(
                                a ->
                                        a.contains(
                                                "EditionID \"ServerFuture\", which Dockwise doesn't"
                                                        + " know")),
                r.assumptions()::toString);
        Verdict.of(r, Mode.WINDOWS_PROCESS).is(Status.NEEDS_CHANGES);
    }

    @Test
    void anUnknownClientEditionKeepsWhatEveryEditionRunsAndChecksTheRest() {
        Recommendation r =
                baseline()
                        .edition(Edition.OTHER)
                        .containers(ContainerType.LINUX, ContainerType.WINDOWS)
                        .evaluate();
        Verdict.of(r, Mode.DESKTOP_HYPERV)
                .is(Status.NEEDS_CHANGES)
                .fix(FixTarget.THIS_HOST, "Windows Pro.* have it, Windows Home");
        Verdict.of(r, Mode.WINDOWS_HYPERV).is(Status.NEEDS_CHANGES);
        Verdict.of(r, Mode.LINUX_VM).mentions("Hyper-V where this edition has it");
        assertFalse(
                r.recommended()
                        .map(m -> m == Mode.DESKTOP_WSL2 || m == Mode.WINDOWS_HYPERV)
                        .orElse(false),
                "a mode that depends on the edition is never recommended on an edition Dockwise"
                        + " can't name");
    }

    @Test
    void anEvaluationServerIsItsEditionAndSaysItExpires() {
        Recommendation r =
                baseline()
                        .edition(Edition.SERVER_STANDARD)
                        .editionId("ServerStandardEval")
                        .build(20348)
                        .containers(ContainerType.WINDOWS)
                        .evaluate();
        assertEquals(Optional.of(Mode.WINDOWS_PROCESS), r.recommended());
        Verdict.of(r, Mode.WINDOWS_PROCESS).warns("evaluation edition: it runs for 180 days");
        Recommendation probeOfOld =
                baseline()
                        .edition(Edition.OTHER)
                        .editionId("serverdatacentereval")
                        .build(20348)
                        .containers(ContainerType.WINDOWS)
                        .evaluate();
        assertEquals(
                Optional.of(Mode.WINDOWS_PROCESS),
                probeOfOld.recommended(),
                "EditionIDs compare without case, as Windows compares them");
    }

    @Test
    void multiSessionIsAClientWhoseInstallersNeedChecking() {
        Recommendation r =
                baseline()
                        .edition(Edition.OTHER)
                        .editionId("ServerRdsh")
                        .build(22631)
                        .machine(dev.dockwise.engine.model.MachineKind.VIRTUAL)
                        .cloud(dev.dockwise.engine.model.Cloud.AZURE)
                        .vmSize("Standard_D4s_v5")
                        .nestedVirtualization(true)
                        .evaluate();
        assertEquals(HostKind.CLIENT, r.host().kind());
        Verdict.of(r, Mode.DESKTOP_WSL2)
                .is(Status.NEEDS_CHANGES)
                .fix(FixTarget.THIS_HOST, "reports itself to programs as a server");
        Verdict.of(r, Mode.WSL2_ENGINE).is(Status.NEEDS_CHANGES);
        assertEquals(Optional.of(Mode.LINUX_VM), r.recommended());
    }

    @Test
    void sModeRunsNothingUntilTheHostLeavesIt() {
        Recommendation r = baseline().edition(Edition.HOME).sMode(true).evaluate();
        assertEquals(Optional.empty(), r.recommended());
        for (ModeAssessment o : r.options()) {
            if (o.status() != Status.BLOCKED) {
                Verdict.of(r, o.mode())
                        .is(Status.NEEDS_CHANGES)
                        .fix(FixTarget.THIS_HOST, "Switch out of S mode");
            }
        }
        assertEquals(Optional.of(Mode.DESKTOP_WSL2), r.bestAfterChanges());
    }

    @Test
    void windows10SIsAnEditionOfItsOwn() {
        Recommendation r =
                baseline().edition(Edition.OTHER).editionId("Cloud").build(16299).evaluate();
        assertEquals(Optional.empty(), r.recommended());
        List<ModeAssessment> desktop =
                List.of(r.option(Mode.DESKTOP_WSL2), r.option(Mode.WSL2_ENGINE));
        desktop.forEach(o -> assertEquals(Status.BLOCKED, o.status(), o::toString));
        Verdict.of(r, Mode.DESKTOP_WSL2).mentions("Microsoft Store");
    }
}
