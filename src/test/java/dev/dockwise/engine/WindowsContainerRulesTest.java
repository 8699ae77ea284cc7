package dev.dockwise.engine;

import static dev.dockwise.TestProfile.baseline;
import static dev.dockwise.TestProfile.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.TestProfile;
import dev.dockwise.engine.model.ContainerType;
import dev.dockwise.engine.model.Edition;
import dev.dockwise.engine.model.ImageVersion;
import dev.dockwise.engine.model.Isolation;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.engine.model.Purpose;
import dev.dockwise.engine.model.ServerInstallation;
import dev.dockwise.engine.model.Status;
import dev.dockwise.engine.model.WindowsImage;
import dev.dockwise.engine.result.FixTarget;
import dev.dockwise.engine.result.Recommendation;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Windows containers: licences, isolation, the image version against the matrix, Server Standard
 * limits.
 */
class WindowsContainerRulesTest {

    /** A host that needs Windows containers of this image; a Server as Server Core. */
    private static TestProfile windows(
            String edition, int build, String image, String version, String purpose) {
        TestProfile host =
                baseline()
                        .edition(id(Edition.class, edition))
                        .build(build)
                        .containers(ContainerType.WINDOWS)
                        .windowsImage(id(WindowsImage.class, image))
                        .windowsImageVersion(id(ImageVersion.class, version))
                        .purpose(id(Purpose.class, purpose));
        return id(Edition.class, edition).isServer()
                ? host.serverInstallation(ServerInstallation.SERVER_CORE)
                : host;
    }

    @ParameterizedTest(name = "{0} {1} host, {2}: process {3}, hyperv {4}")
    @CsvSource({
        "server-datacenter, 20348, ltsc2022, recommended,   eligible",
        "server-datacenter, 20348, ltsc2019, blocked,       recommended",
        "server-datacenter, 17763, ltsc2022, blocked,       blocked",
        "server-datacenter, 26100, ltsc2022, recommended,   eligible",
        "server-datacenter, 14393, ltsc2016, recommended,   eligible",
        "pro,               26100, ltsc2025, eligible,      recommended",
        "pro,               22631, ltsc2025, needs-changes, needs-changes",
        "pro,               22631, ltsc2019, blocked,       recommended",
        "pro,               19045, ltsc2019, blocked,       recommended",
        "pro,               19045, ltsc2022, needs-changes, needs-changes",
    })
    void imageVersionAgainstTheHost(
            String edition, int build, String version, String process, String hyperv) {
        Recommendation r = windows(edition, build, "servercore", version, "development").evaluate();
        Verdict.of(r, Mode.WINDOWS_PROCESS).is(PlatformRulesTest.status(process));
        Verdict.of(r, Mode.WINDOWS_HYPERV).is(PlatformRulesTest.status(hyperv));
    }

    @Test
    void windows11NeedsTwentyFourH2ForServer2025Images() {
        Recommendation r =
                windows("pro", 22631, "nanoserver", "ltsc2025", "development").evaluate();
        // 24H2 Home/Pro left servicing on 2026-10-13, before the knowledge date: 25H2 is the update
        // Windows Update offers
        Verdict.of(r, Mode.WINDOWS_HYPERV)
                .fix(FixTarget.THIS_HOST, "Windows 11 25H2 \\(build 26200\\)");
    }

    @Test
    void windows10NeedsWindows11ForServer2022Images() {
        Recommendation r =
                windows("enterprise", 19045, "servercore", "ltsc2022", "test").evaluate();
        // 23H2 Enterprise left servicing on 2026-11-10: 24H2 is the first release still offered
        Verdict.of(r, Mode.WINDOWS_HYPERV)
                .fix(FixTarget.THIS_HOST, "Upgrade to Windows 11 24H2 \\(build 26100\\).*TPM 2.0");
    }

    @Test
    void server2019CannotRunServer2022ImagesAndSaysWhatWould() {
        Recommendation r =
                windows("server-standard", 17763, "servercore", "ltsc2022", "production")
                        .evaluate();
        Verdict.of(r, Mode.WINDOWS_PROCESS)
                .blockedBecause(
                        "servercore:ltsc2022 doesn't run.*It would work with"
                                + " mcr.microsoft.com/windows/servercore:ltsc2019");
        assertEquals(Optional.empty(), r.recommended());
    }

    @Test
    void aServerBehindOnUpdatesIsWarnedThatNewerImagesMayNotStartUnderProcessIsolation() {
        Recommendation behind =
                windows("server-datacenter", 20348, "servercore", "ltsc2022", "production")
                        .ubr(2113)
                        .evaluate();
        Verdict.of(behind, Mode.WINDOWS_PROCESS)
                .is(Status.RECOMMENDED)
                .warns("20348\\.2113, behind update 20348\\.5139.*0xc0370106");
        Recommendation current =
                windows("server-datacenter", 20348, "servercore", "ltsc2022", "production")
                        .ubr(5139)
                        .evaluate();
        assertTrue(
                current.option(Mode.WINDOWS_PROCESS).warnings().stream()
                        .noneMatch(w -> w.contains("0xc0370106")));
        assertTrue(
                behind.option(Mode.WINDOWS_HYPERV).warnings().stream()
                        .noneMatch(w -> w.contains("0xc0370106")),
                "Hyper-V isolation runs its own kernel: no warning there");
    }

    @Test
    void clientWindowsIsNotLicensedForProductionContainers() {
        Recommendation r = windows("pro", 26100, "servercore", "ltsc2025", "production").evaluate();
        Verdict.of(r, Mode.WINDOWS_PROCESS)
                .blockedBecause("development and test only.*Windows Server");
        Verdict.of(r, Mode.WINDOWS_HYPERV).is(Status.BLOCKED);
    }

    @Test
    void iotEnterpriseProductionDependsOnAgreements() {
        Recommendation r =
                windows("iot-enterprise", 26100, "servercore", "ltsc2025", "production").evaluate();
        Verdict.of(r, Mode.WINDOWS_HYPERV).warns("IoT commercial agreements");
    }

    @Test
    void hypervisorIsolationRulesOutProcessIsolation() {
        Recommendation r =
                windows("server-datacenter", 20348, "servercore", "ltsc2022", "production")
                        .isolation(Isolation.HYPERVISOR)
                        .evaluate();
        Verdict.of(r, Mode.WINDOWS_PROCESS).blockedBecause("hypervisor isolation");
        assertEquals(Optional.of(Mode.WINDOWS_HYPERV), r.recommended());
    }

    @Test
    void serverStandardLicensesTwoHyperVContainers() {
        Recommendation r =
                windows("server-standard", 20348, "servercore", "ltsc2019", "production")
                        .evaluate();
        Verdict.of(r, Mode.WINDOWS_HYPERV)
                .is(Status.RECOMMENDED)
                .warns("2 Hyper-V isolated containers");
    }

    @Test
    void clientProcessIsolationCarriesItsCaveats() {
        Recommendation r =
                windows("pro", 22631, "nanoserver", "ltsc2022", "development").evaluate();
        Verdict.of(r, Mode.WINDOWS_PROCESS).warns("--isolation=process").warns("preview");
        Verdict.of(r, Mode.WINDOWS_HYPERV).mentions("Docker Desktop in Windows containers mode");
    }

    @Test
    void imagesThatDoNotExistAreFlagged() {
        Recommendation r =
                windows("server-datacenter", 14393, "nanoserver", "ltsc2016", "development")
                        .evaluate();
        Verdict.of(r, Mode.WINDOWS_PROCESS).warns("Nano Server 1607 image ended on 2018-10-09");
    }

    @Test
    void unknownImageVersionAssumesTheNewestThatRuns() {
        Recommendation r = windows("server-datacenter", 17763, null, null, "production").evaluate();
        Verdict.of(r, Mode.WINDOWS_PROCESS).is(Status.RECOMMENDED);
        assertTrue(
                r.assumptions().stream().anyMatch(a -> a.contains("assumed ltsc2019")),
                r.assumptions()::toString);
    }

    @Test
    void serverModesNameTheEngineChoiceAndTheRetiredProvider() {
        Recommendation r =
                windows("server-datacenter", 20348, "servercore", "ltsc2022", "production")
                        .evaluate();
        Verdict.of(r, Mode.WINDOWS_PROCESS)
                .mentions("Mirantis Container Runtime")
                .mentions("DockerMsftProvider route is retired");
    }

    @Test
    void buildsBetweenReleasesFollowTheNearestRelease() {
        Recommendation r =
                windows("server-datacenter", 20349, "servercore", "ltsc2022", "production")
                        .evaluate();
        Verdict.of(r, Mode.WINDOWS_PROCESS).is(Status.RECOMMENDED);
        assertTrue(
                r.assumptions().stream()
                        .anyMatch(a -> a.contains("treated as Windows Server 2022")),
                r.assumptions()::toString);
    }

    /**
     * docker/for-win#14978, docker/roadmap#151: Docker Desktop won't start Windows containers
     * without Hyper-V, process isolation included.
     */
    @Test
    void processIsolationThroughDockerDesktopNeedsHyperVSoAVmNeedsNesting() {
        Recommendation vm =
                windows("pro", 26100, "nanoserver", "ltsc2025", "development")
                        .machine(dev.dockwise.engine.model.MachineKind.VIRTUAL)
                        .hypervisor(dev.dockwise.engine.model.HypervisorKind.HYPERV)
                        .nestedVirtualization(false)
                        .evaluate();
        Verdict.of(vm, Mode.WINDOWS_PROCESS)
                .is(Status.NEEDS_CHANGES)
                .fix(FixTarget.PARENT_HOST, "Hyper-V even for process isolation");
        Recommendation firmwareOff =
                windows("pro", 26100, "nanoserver", "ltsc2025", "development")
                        .virtualizationEnabled(false)
                        .evaluate();
        Verdict.of(firmwareOff, Mode.WINDOWS_PROCESS)
                .is(Status.NEEDS_CHANGES)
                .fix(FixTarget.FIRMWARE, "Docker Desktop");
        Recommendation server =
                windows("server-datacenter", 26100, "nanoserver", "ltsc2025", "production")
                        .machine(dev.dockwise.engine.model.MachineKind.VIRTUAL)
                        .hypervisor(dev.dockwise.engine.model.HypervisorKind.HYPERV)
                        .nestedVirtualization(false)
                        .evaluate();
        Verdict.of(server, Mode.WINDOWS_PROCESS)
                .is(Status.RECOMMENDED); // no Docker Desktop, no Hyper-V needed on a Server
    }
}
