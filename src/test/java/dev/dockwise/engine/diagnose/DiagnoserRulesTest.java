package dev.dockwise.engine.diagnose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.TestEngine;
import dev.dockwise.TestProfile;
import dev.dockwise.engine.model.Edition;
import dev.dockwise.engine.model.HypervisorKind;
import dev.dockwise.engine.model.MachineKind;
import dev.dockwise.engine.model.Profile;
import dev.dockwise.engine.model.ServerInstallation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Look-alikes stay apart, wrappers only break ties, weak evidence is not a diagnosis, and the host
 * ranks causes.
 */
class DiagnoserRulesTest {
    private static final Diagnoser DIAGNOSER = new Diagnoser(TestEngine.ADVISOR);

    private static String first(String text) {
        return first(text, Optional.empty());
    }

    private static String first(String text, Optional<Profile> profile) {
        List<DiagnosisMatch> matches = DIAGNOSER.diagnose(text, profile).matches();
        return matches.isEmpty() ? "not recognised" : matches.get(0).id();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    engine not running      | error during connect: Get http://%2F%2F.%2Fpipe%2Fdocker_engine/v1.40/info: open //./pipe/docker_engine: The system cannot find the file specified. In the default daemon configuration on Windows, the docker client must be run elevated to connect. | engine-not-running
                    pipe access denied      | error during connect: Get http://%2F%2F.%2Fpipe%2Fdocker_engine/v1.40/info: open //./pipe/docker_engine: Access is denied. In the default daemon configuration on Windows, the docker client must be run elevated to connect. | engine-pipe-access-denied
                    0x80370114              | Error: 0x80370114 The operation could not be started because a required feature is not installed. | hcs-service-not-available
                    0x80370102              | Error: 0x80370102 The virtual machine could not be started because a required feature is not installed. | wsl-required-feature-missing
                    0x80370114 without code | The operation could not be started because a required feature is not installed. | hcs-service-not-available
                    0x80370102 without code | The virtual machine could not be started because a required feature is not installed. | wsl-required-feature-missing
                    version mismatch        | hcsshim::CreateComputeSystem 3f2a: The container operating system does not match the host operating system. (0xc0370101) | container-os-mismatch
                    Hyper-V missing         | hcsshim::CreateComputeSystem 3f2a: The virtual machine could not be started because a required feature is not installed. | hcs-hyperv-not-installed
                    port reserved           | Ports are not available: listen tcp 0.0.0.0:5432: bind: An attempt was made to access a socket in a way forbidden by its access permissions. | port-excluded-range
                    port in use             | Ports are not available: listen tcp 0.0.0.0:5432: bind: Only one usage of each socket address (protocol/network address/port) is normally permitted. | port-in-use
                    CRLF script             | standard_init_linux.go:228: exec user process caused: no such file or directory | crlf-entrypoint
                    wrong architecture      | standard_init_linux.go:228: exec user process caused: exec format error | not recognised
                    NAT endpoint            | failed to create endpoint web on network nat: HNS failed with error : Unspecified error | hns-nat-endpoint
                    NAT exists              | HNS failed with error : The object already exists. | hns-nat-exists
                    VT-x off                | VBoxManage.exe: error: VT-x is not available (VERR_VMX_NO_VMX) | virtualbox-no-vmx
                    VT-x taken by Hyper-V   | VBoxManage.exe: error: VT-x is being used by another hypervisor (VERR_VMX_IN_VMX_ROOT_MODE). | virtualbox-hyperv-conflict
                    """)
    void lookAlikesAreToldApart(String pair, String text, String expected) {
        assertEquals(expected, first(text), pair);
    }

    @Test
    void theInnerMessageDecidesNotTheWrapper() {
        String deploy =
                "System.InvalidOperationException:\n"
                        + "Failed to deploy distro docker-desktop to"
                        + " C:\\Users\\a\\AppData\\Local\\Docker\\wsl\\distro: exit code: -1\n"
                        + " stdout: ";
        assertEquals(
                "wsl-kernel-missing",
                first(deploy + "WSL 2 requires an update to its kernel component."));
        assertEquals(
                "docker-desktop-wsl-disk",
                first(deploy + "The system cannot find the file specified."));
        assertEquals(
                "wsl-logon-right",
                first(
                        deploy
                                + "Logon failure: the user has not been granted the requested logon"
                                + " type at this computer."));
        assertEquals(
                "hcs-service-not-available",
                first(
                        deploy
                                + "The operation could not be started because a required feature is"
                                + " not installed."));
        // a wrapper alone says where an error came from, not what it is
        assertEquals(
                "not recognised",
                first(
                        deploy
                                + "The operation timed out because a response was not received from"
                                + " the virtual machine or container."));
        assertEquals(
                "not recognised",
                first(
                        "Error response from daemon: hcsshim::CreateComputeSystem 3f2a: Element not"
                                + " found. (0x490)"));
        assertEquals(
                "not recognised", first("WslRegisterDistribution failed with error: 0x8000000d"));
    }

    @Test
    void wrappersBreakTiesBetweenTheSameInnerMessage() {
        assertEquals(
                "hcs-hyperv-not-installed",
                first(
                        "Error response from daemon: hcsshim::CreateComputeSystem abc: The virtual"
                                + " machine could not be started because a required feature is not"
                                + " installed."));
        assertEquals(
                "wsl-required-feature-missing",
                first(
                        "WslRegisterDistribution failed with error: 0x80370102\n"
                            + "The virtual machine could not be started because a required feature"
                            + " is not installed."));
    }

    @Test
    void commonWordsAloneAreNotADiagnosisButTheConfidenceIsShownWhenTheyAre() {
        for (String weak :
                List.of(
                        "Access denied",
                        "Incorrect function.",
                        "Invalid command line option: --foo",
                        "Catastrophic failure in the printer spooler? no: E_FAIL",
                        "reboot required")) {
            Diagnosis d = DIAGNOSER.diagnose(weak, Optional.empty());
            assertTrue(
                    d.matches().stream().allMatch(m -> m.confidence() >= Diagnoser.FLOOR),
                    weak + " " + d.matches());
        }
        assertEquals("not recognised", first("Access denied"));
        assertEquals("not recognised", first("Incorrect function."));
        assertFalse(
                DIAGNOSER.diagnose("Access denied", Optional.empty()).generalChecks().isEmpty());
    }

    @Test
    void theProfileRanksCausesByHostFacts() {
        String text =
                "docker: Error response from daemon: container abc encountered an error during"
                    + " CreateContainer: failure in a Windows system call: No hypervisor is present"
                    + " on this system. (0xc0351000)";
        Profile physical = TestProfile.baseline().profile();
        Profile vmWithoutNesting =
                TestProfile.baseline()
                        .machine(MachineKind.VIRTUAL)
                        .hypervisor(HypervisorKind.VMWARE)
                        .nestedVirtualization(false)
                        .profile();
        List<String> onPhysical =
                DIAGNOSER.diagnose(text, Optional.of(physical)).matches().get(0).causes();
        List<String> inVm =
                DIAGNOSER.diagnose(text, Optional.of(vmWithoutNesting)).matches().get(0).causes();
        int firmwareOnPhysical = indexOf(onPhysical, "UEFI/BIOS");
        int nestedOnPhysical = indexOf(onPhysical, "nested virtualization off");
        int firmwareInVm = indexOf(inVm, "UEFI/BIOS");
        int nestedInVm = indexOf(inVm, "nested virtualization off");
        assertTrue(firmwareOnPhysical < nestedOnPhysical, onPhysical.toString());
        assertTrue(nestedInVm < firmwareInVm, inVm.toString());
    }

    @Test
    void theProfileDecidesWhetherDockerDesktopsRefusalMeansAnOldClientOrAServer() {
        String refusal =
                "Docker Desktop requires Windows 10 Pro/Enterprise (15063+) or Windows 10 Home"
                        + " (19018+).";
        Profile server =
                TestProfile.baseline()
                        .edition(Edition.SERVER_STANDARD)
                        .build(17763)
                        .serverInstallation(ServerInstallation.DESKTOP_EXPERIENCE)
                        .profile();
        Profile oldClient = TestProfile.baseline().build(14393).profile();
        assertEquals("desktop-on-server", first(refusal, Optional.of(server)));
        assertEquals("windows-too-old", first(refusal, Optional.of(oldClient)));
    }

    @Test
    void dockerToolboxIsTheFirstCauseWhereVirtualBoxIsInstalled() {
        String text =
                "error during connect: Post"
                        + " http://%2F%2F.%2Fpipe%2Fdocker_engine/v1.35/containers/create: open"
                        + " //./pipe/docker_engine: The system cannot find the file specified.";
        Profile toolbox = TestProfile.baseline().virtualBox("5.2.44").profile();
        List<String> causes =
                DIAGNOSER.diagnose(text, Optional.of(toolbox)).matches().get(0).causes();
        String firstCatalogued =
                causes.stream()
                        .filter(c -> !c.startsWith("For this host"))
                        .findFirst()
                        .orElseThrow();
        assertTrue(firstCatalogued.startsWith("Docker Toolbox"), causes.toString());
        List<String> without = DIAGNOSER.diagnose(text, Optional.empty()).matches().get(0).causes();
        assertFalse(without.get(0).startsWith("Docker Toolbox"), without.toString());
    }

    private static int indexOf(List<String> causes, String words) {
        for (int i = 0; i < causes.size(); i++) {
            if (causes.get(i).contains(words)) {
                return i;
            }
        }
        throw new AssertionError("no cause with \"" + words + "\" in " + causes);
    }
}
