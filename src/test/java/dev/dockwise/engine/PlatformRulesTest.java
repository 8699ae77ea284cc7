package dev.dockwise.engine;

import static dev.dockwise.TestProfile.baseline;
import static dev.dockwise.TestProfile.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.TestProfile;
import dev.dockwise.engine.model.Arch;
import dev.dockwise.engine.model.ContainerType;
import dev.dockwise.engine.model.CpuVendor;
import dev.dockwise.engine.model.Edition;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.engine.model.ServerInstallation;
import dev.dockwise.engine.model.Status;
import dev.dockwise.engine.result.FixTarget;
import dev.dockwise.engine.result.Recommendation;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Edition, kind of Windows, architecture, build and the update path within the edition. */
class PlatformRulesTest {

    @ParameterizedTest(name = "{0}: {1} is {2}")
    @CsvSource({
        "home,            desktop-hyperv, blocked",
        "home,            desktop-wsl2,   recommended",
        "home,            wsl2-engine,    eligible",
        "pro,             desktop-hyperv, eligible",
        "education,       desktop-hyperv, eligible",
        "enterprise,      desktop-wsl2,   recommended",
        "server-standard, desktop-wsl2,   blocked",
        "server-standard, desktop-hyperv, blocked",
    })
    void editionDecidesLinuxModes(String edition, String mode, String status) {
        TestProfile host = baseline().edition(id(Edition.class, edition));
        Recommendation r =
                (id(Edition.class, edition).isServer() ? host.build(20348) : host).evaluate();
        Verdict.of(r, mode(mode)).is(status(status));
    }

    @Test
    void windows10Ltsc2021KeepsItsBuildSoDesktopIsBlockedAndNoUpdateTo22H2IsOffered() {
        Recommendation r =
                baseline().edition(Edition.ENTERPRISE).ltsc(true).build(19044).ubr(7417).evaluate();
        Verdict.of(r, Mode.DESKTOP_WSL2).blockedBecause("refuses the LTSC");
        Verdict.of(r, Mode.DESKTOP_HYPERV).is(Status.BLOCKED);
        Verdict.of(r, Mode.WSL2_ENGINE).is(Status.RECOMMENDED);
        assertEquals(Optional.of(Mode.WSL2_ENGINE), r.recommended());
        assertEquals("Windows 10 Enterprise LTSC 2021", r.host().osName().trim());
        for (var option : r.options()) {
            assertTrue(
                    option.fixes().stream().noneMatch(f -> f.action().contains("22H2")),
                    option.mode() + ": " + option.fixes());
        }
        // the same build without the LTSC mark: Windows Update reaches 22H2 and Desktop follows
        Recommendation general =
                baseline().edition(Edition.ENTERPRISE).build(19044).ubr(7417).evaluate();
        Verdict.of(general, Mode.DESKTOP_WSL2)
                .is(Status.NEEDS_CHANGES)
                .fix(FixTarget.THIS_HOST, "22H2");
    }

    /**
     * The words follow the host: LTSC 2024's build is new enough, so only the edition refusal is
     * said, never LTSC 2021's 19045.
     */
    @Test
    void theLtscBlockerSpeaksOfThisHostsReleaseOnly() {
        Recommendation iot2024 =
                baseline().edition(Edition.IOT_ENTERPRISE).ltsc(true).build(26100).evaluate();
        for (Mode desktop : new Mode[] {Mode.DESKTOP_WSL2, Mode.DESKTOP_HYPERV}) {
            Verdict v = Verdict.of(iot2024, desktop).blockedBecause("refuses the LTSC");
            assertTrue(
                    !v.text().contains("2021")
                            && !v.text().contains("19045")
                            && !v.text().contains("22H2"),
                    v::describe);
            assertTrue(
                    iot2024.option(desktop).reasons().stream()
                            .noneMatch(reason -> reason.contains("runs on")),
                    () ->
                            "no reason says Docker Desktop runs on the host it refuses: "
                                    + v.describe());
        }
        Recommendation iot2021 =
                baseline().edition(Edition.IOT_ENTERPRISE).ltsc(true).build(19044).evaluate();
        Verdict.of(iot2021, Mode.DESKTOP_WSL2)
                .blockedBecause(
                        "Windows 10 22H2 \\(build 19045\\) or later, which Windows 10 IoT"
                                + " Enterprise LTSC 2021 \\(build 19044\\) never reaches");
        Verdict.of(baseline().edition(Edition.PRO).build(19044).evaluate(), Mode.DESKTOP_WSL2)
                .is(Status.NEEDS_CHANGES)
                .fix(FixTarget.THIS_HOST, "22H2"); // a general edition still updates
        assertTrue(
                Verdict.of(baseline().build(17763).evaluate(), Mode.DESKTOP_WSL2)
                                .text()
                                .contains("LTSC")
                        == false,
                "no LTSC release is listed as meeting Docker Desktop's minimum");
    }

    @Test
    void iotEnterpriseLtsc2024IsNamedSoAndRunsWslButNotDesktop() {
        Recommendation r =
                baseline().edition(Edition.IOT_ENTERPRISE).ltsc(true).build(26100).evaluate();
        assertEquals("Windows 11 IoT Enterprise LTSC 2024", r.host().osName().trim());
        Verdict.of(r, Mode.DESKTOP_WSL2).blockedBecause("IoT Enterprise LTSC");
        Verdict.of(r, Mode.WSL2_ENGINE).is(Status.RECOMMENDED);
    }

    @ParameterizedTest(name = "{0} can't run Windows containers")
    @CsvSource({"home", "education"})
    void homeAndEducationRunNoWindowsContainers(String edition) {
        Recommendation r =
                baseline()
                        .edition(id(Edition.class, edition))
                        .containers(ContainerType.WINDOWS)
                        .evaluate();
        Verdict.of(r, Mode.WINDOWS_HYPERV)
                .blockedBecause(edition + ".*can't run Windows containers");
        Verdict.of(r, Mode.WINDOWS_PROCESS).is(Status.BLOCKED);
        assertEquals(Optional.empty(), r.recommended());
    }

    @Test
    void dockerDesktopOnServerIsBlockedWithTheSupportStatement() {
        Recommendation r =
                baseline()
                        .edition(Edition.SERVER_DATACENTER)
                        .build(20348)
                        .serverInstallation(ServerInstallation.DESKTOP_EXPERIENCE)
                        .evaluate();
        Verdict.of(r, Mode.DESKTOP_WSL2)
                .blockedBecause("not supported on server versions of Windows");
        Verdict.of(r, Mode.WSL2_ENGINE).is(Status.RECOMMENDED);
    }

    @Test
    void oldWindows10BuildNeedsAnUpdateWithinTheEdition() {
        Recommendation r = baseline().build(19043).evaluate();
        Verdict.of(r, Mode.DESKTOP_WSL2)
                .is(Status.NEEDS_CHANGES)
                .fix(FixTarget.THIS_HOST, "Windows 10 22H2 \\(build 19045\\)");
        Verdict.of(r, Mode.WSL2_ENGINE).is(Status.RECOMMENDED);
        assertEquals(Optional.of(Mode.DESKTOP_WSL2), r.bestAfterChanges());
    }

    @Test
    void windows11BeforeTwentyThreeH2NeedsAnUpdate() {
        // 23H2 and 24H2 Home/Pro left servicing on 2025-11-11 and 2026-10-13: Windows Update offers
        // 25H2
        Recommendation r = baseline().build(22621).evaluate();
        Verdict.of(r, Mode.DESKTOP_WSL2)
                .is(Status.NEEDS_CHANGES)
                .fix(FixTarget.THIS_HOST, "25H2 \\(build 26200\\)");
    }

    @Test
    void windows7CannotReachWindows10InPlace() {
        Recommendation r = baseline().build(7601).edition(Edition.ENTERPRISE).evaluate();
        Verdict.of(r, Mode.DESKTOP_WSL2).blockedBecause("Windows 7 SP1.*No in-place path");
        Verdict.of(r, Mode.WSL2_ENGINE).is(Status.BLOCKED);
        assertTrue(
                r.recommended().filter(m -> m == Mode.LINUX_VM || m == Mode.TOOLBOX).isPresent());
        Verdict.of(r, Mode.TOOLBOX).mentions("Windows 7 SP1");
    }

    @Test
    void wsl2EngineNeedsTheUpdateThatBringsTheStoreWsl() {
        // the script installs the Store WSL (wsl --install --no-distribution, systemd): KB5020030
        // on Windows 10, KB5019157 on 11 21H2
        Recommendation r = baseline().edition(Edition.HOME).build(19045).ubr(2006).evaluate();
        Verdict.of(r, Mode.WSL2_ENGINE)
                .is(Status.NEEDS_CHANGES)
                .fix(FixTarget.THIS_HOST, "19045\\.2311");
        Recommendation w11 = baseline().edition(Edition.HOME).build(22000).ubr(1000).evaluate();
        Verdict.of(w11, Mode.WSL2_ENGINE)
                .is(Status.NEEDS_CHANGES)
                .fix(FixTarget.THIS_HOST, "22000\\.1281");
        Recommendation old = baseline().edition(Edition.HOME).build(18362).ubr(1049).evaluate();
        // 20H2 Home left servicing on 2022-05-10, before KB5020030: 22H2, the last Windows 10, is
        // what Windows Update offers
        Verdict.of(old, Mode.WSL2_ENGINE)
                .is(Status.NEEDS_CHANGES)
                .fix(FixTarget.THIS_HOST, "to Windows 10 22H2");
    }

    @Test
    void unknownUpdateRevisionIsAnAssumption() {
        Recommendation r = baseline().edition(Edition.HOME).build(19044).evaluate();
        Verdict.of(r, Mode.WSL2_ENGINE).is(Status.RECOMMENDED);
        assertTrue(
                r.assumptions().stream().anyMatch(a -> a.contains("19044.2311")),
                r.assumptions()::toString);
    }

    @Test
    void windowsServer2016HasNoWsl2() {
        Recommendation r = baseline().edition(Edition.SERVER_STANDARD).build(14393).evaluate();
        Verdict.of(r, Mode.WSL2_ENGINE).blockedBecause("Windows Server 2016");
        Verdict.of(r, Mode.LINUX_VM).is(Status.RECOMMENDED);
    }

    @Test
    void server2019HasNoWsl2EitherItRunsWsl1Only() {
        Recommendation r = baseline().edition(Edition.SERVER_DATACENTER).build(17763).evaluate();
        Verdict.of(r, Mode.WSL2_ENGINE)
                .blockedBecause("WSL 2 never shipped for Windows Server 2019");
        Verdict.of(r, Mode.LINUX_VM).is(Status.RECOMMENDED);
    }

    @Test
    void server2022RunsWsl2FromKb5014021() {
        Recommendation old =
                baseline().edition(Edition.SERVER_DATACENTER).build(20348).ubr(643).evaluate();
        Verdict.of(old, Mode.WSL2_ENGINE).is(Status.NEEDS_CHANGES);
        Recommendation current =
                baseline().edition(Edition.SERVER_DATACENTER).build(20348).ubr(2340).evaluate();
        assertTrue(
                current.option(Mode.WSL2_ENGINE).status() != Status.BLOCKED
                        && current.option(Mode.WSL2_ENGINE).fixes().isEmpty(),
                current.option(Mode.WSL2_ENGINE).toString());
    }

    @Test
    void thirtyTwoBitWindowsBlocksEverything() {
        Recommendation r = baseline().arch(Arch.X86).evaluate();
        assertTrue(r.options().stream().allMatch(o -> o.status() == Status.BLOCKED));
        Verdict.of(r, Mode.DESKTOP_WSL2).blockedBecause("32-bit");
    }

    @Test
    void arm64RunsDockerDesktopWithWsl2ButNotHyperVBackendOrWindowsContainers() {
        Recommendation r =
                baseline()
                        .arch(Arch.ARM64)
                        .cpuVendor(CpuVendor.ARM)
                        .containers(ContainerType.LINUX, ContainerType.WINDOWS)
                        .evaluate();
        Verdict.of(r, Mode.DESKTOP_WSL2).mentions("early access");
        Verdict.of(r, Mode.DESKTOP_HYPERV).blockedBecause("arm64");
        Verdict.of(r, Mode.WINDOWS_HYPERV).blockedBecause("arm64");
    }

    @Test
    void outOfServicingReleaseWarnsForDockerDesktop() {
        Recommendation r = baseline().build(22631).evaluate();
        Verdict.of(r, Mode.DESKTOP_WSL2).warns("left Microsoft servicing on 2025-11-11");
    }

    @Test
    void missingAdminRightsNeedChanges() {
        Recommendation r = baseline().admin(false).evaluate();
        Verdict.of(r, Mode.DESKTOP_HYPERV)
                .is(Status.NEEDS_CHANGES)
                .fix(FixTarget.THIS_HOST, "administrator");
        Verdict.of(r, Mode.WSL2_ENGINE).is(Status.NEEDS_CHANGES);
    }

    @Test
    void perUserDockerDesktopWorksWithoutAdminWhenWsl2IsOn() {
        Recommendation r = baseline().admin(false).wsl(2).evaluate();
        Verdict.of(r, Mode.DESKTOP_WSL2).is(Status.RECOMMENDED).warns("per user");
    }

    static Mode mode(String id) {
        return dev.dockwise.engine.model.Identified.parse(Mode.class, id.trim()).orElseThrow();
    }

    static Status status(String id) {
        return dev.dockwise.engine.model.Identified.parse(Status.class, id.trim()).orElseThrow();
    }
}
