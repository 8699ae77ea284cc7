package dev.dockwise.engine;

import static dev.dockwise.TestEngine.cpu;
import static dev.dockwise.TestEngine.evaluate;
import static dev.dockwise.TestEngine.features;
import static dev.dockwise.TestEngine.host;
import static dev.dockwise.TestEngine.needs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.engine.model.Mode;
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
        Recommendation r = evaluate(p -> {
            host(p).put("edition", edition);
            if (edition.startsWith("server")) {
                host(p).put("build", 20348);
            }
        });
        Verdict.of(r, mode(mode)).is(status(status));
    }

    @Test
    void windows10Ltsc2021KeepsItsBuildSoDesktopIsBlockedAndNoUpdateTo22H2IsOffered() {
        Recommendation r = evaluate(p -> host(p).put("edition", "enterprise").put("ltsc", true).put("build", 19044).put("ubr", 7417));
        Verdict.of(r, Mode.DESKTOP_WSL2).blockedBecause("refuses the LTSC");
        Verdict.of(r, Mode.DESKTOP_HYPERV).is(Status.BLOCKED);
        Verdict.of(r, Mode.WSL2_ENGINE).is(Status.RECOMMENDED);
        assertEquals(Optional.of(Mode.WSL2_ENGINE), r.recommended());
        assertEquals("Windows 10 Enterprise LTSC 2021", r.host().osName().trim());
        for (var option : r.options()) {
            assertTrue(option.fixes().stream().noneMatch(f -> f.action().contains("22H2")), option.mode() + ": " + option.fixes());
        }
        // the same build without the LTSC mark: Windows Update reaches 22H2 and Desktop follows
        Recommendation general = evaluate(p -> host(p).put("edition", "enterprise").put("build", 19044).put("ubr", 7417));
        Verdict.of(general, Mode.DESKTOP_WSL2).is(Status.NEEDS_CHANGES).fix(FixTarget.THIS_HOST, "22H2");
    }

    @Test
    void iotEnterpriseLtsc2024IsNamedSoAndRunsWslButNotDesktop() {
        Recommendation r = evaluate(p -> host(p).put("edition", "iot-enterprise").put("ltsc", true).put("build", 26100));
        assertEquals("Windows 11 IoT Enterprise LTSC 2024", r.host().osName().trim());
        Verdict.of(r, Mode.DESKTOP_WSL2).blockedBecause("IoT Enterprise LTSC");
        Verdict.of(r, Mode.WSL2_ENGINE).is(Status.RECOMMENDED);
    }

    @ParameterizedTest(name = "{0} can't run Windows containers")
    @CsvSource({"home", "education"})
    void homeAndEducationRunNoWindowsContainers(String edition) {
        Recommendation r = evaluate(p -> {
            host(p).put("edition", edition);
            needs(p).putArray("containers").add("windows");
        });
        Verdict.of(r, Mode.WINDOWS_HYPERV).blockedBecause(edition + ".*can't run Windows containers");
        Verdict.of(r, Mode.WINDOWS_PROCESS).is(Status.BLOCKED);
        assertEquals(Optional.empty(), r.recommended());
    }

    @Test
    void dockerDesktopOnServerIsBlockedWithTheSupportStatement() {
        Recommendation r = evaluate(p -> {
            host(p).put("edition", "server-datacenter").put("build", 20348).put("serverInstallation", "desktop-experience");
        });
        Verdict.of(r, Mode.DESKTOP_WSL2).blockedBecause("not supported on server versions of Windows");
        Verdict.of(r, Mode.WSL2_ENGINE).is(Status.RECOMMENDED);
    }

    @Test
    void oldWindows10BuildNeedsAnUpdateWithinTheEdition() {
        Recommendation r = evaluate(p -> host(p).put("build", 19043));
        Verdict.of(r, Mode.DESKTOP_WSL2).is(Status.NEEDS_CHANGES)
                .fix(FixTarget.THIS_HOST, "Windows 10 22H2 \\(build 19045\\)");
        Verdict.of(r, Mode.WSL2_ENGINE).is(Status.RECOMMENDED);
        assertEquals(Optional.of(Mode.DESKTOP_WSL2), r.bestAfterChanges());
    }

    @Test
    void windows11BeforeTwentyThreeH2NeedsAnUpdate() {
        Recommendation r = evaluate(p -> host(p).put("build", 22621));
        Verdict.of(r, Mode.DESKTOP_WSL2).is(Status.NEEDS_CHANGES).fix(FixTarget.THIS_HOST, "23H2 \\(build 22631\\)");
    }

    @Test
    void windows7CannotReachWindows10InPlace() {
        Recommendation r = evaluate(p -> host(p).put("build", 7601).put("edition", "enterprise"));
        Verdict.of(r, Mode.DESKTOP_WSL2).blockedBecause("Windows 7 SP1.*No in-place path");
        Verdict.of(r, Mode.WSL2_ENGINE).is(Status.BLOCKED);
        assertTrue(r.recommended().filter(m -> m == Mode.LINUX_VM || m == Mode.TOOLBOX).isPresent());
        Verdict.of(r, Mode.TOOLBOX).mentions("Windows 7 SP1");
    }

    @Test
    void wsl2EngineNeedsTheUpdateThatBringsTheStoreWsl() {
        // the script installs the Store WSL (wsl --install --no-distribution, systemd): KB5020030 on Windows 10, KB5019157 on 11 21H2
        Recommendation r = evaluate(p -> host(p).put("edition", "home").put("build", 19045).put("ubr", 2006));
        Verdict.of(r, Mode.WSL2_ENGINE).is(Status.NEEDS_CHANGES).fix(FixTarget.THIS_HOST, "19045\\.2311");
        Recommendation w11 = evaluate(p -> host(p).put("edition", "home").put("build", 22000).put("ubr", 1000));
        Verdict.of(w11, Mode.WSL2_ENGINE).is(Status.NEEDS_CHANGES).fix(FixTarget.THIS_HOST, "22000\\.1281");
        Recommendation old = evaluate(p -> host(p).put("edition", "home").put("build", 18362).put("ubr", 1049));
        Verdict.of(old, Mode.WSL2_ENGINE).is(Status.NEEDS_CHANGES).fix(FixTarget.THIS_HOST, "20H2");
    }

    @Test
    void unknownUpdateRevisionIsAnAssumption() {
        Recommendation r = evaluate(p -> host(p).put("edition", "home").put("build", 19044));
        Verdict.of(r, Mode.WSL2_ENGINE).is(Status.RECOMMENDED);
        assertTrue(r.assumptions().stream().anyMatch(a -> a.contains("19044.2311")), r.assumptions()::toString);
    }

    @Test
    void windowsServer2016HasNoWsl2() {
        Recommendation r = evaluate(p -> host(p).put("edition", "server-standard").put("build", 14393));
        Verdict.of(r, Mode.WSL2_ENGINE).blockedBecause("Windows Server 2016");
        Verdict.of(r, Mode.LINUX_VM).is(Status.RECOMMENDED);
    }

    @Test
    void server2019HasNoWsl2EitherItRunsWsl1Only() {
        Recommendation r = evaluate(p -> host(p).put("edition", "server-datacenter").put("build", 17763));
        Verdict.of(r, Mode.WSL2_ENGINE).blockedBecause("WSL 2 never shipped for Windows Server 2019");
        Verdict.of(r, Mode.LINUX_VM).is(Status.RECOMMENDED);
    }

    @Test
    void server2022RunsWsl2FromKb5014021() {
        Recommendation old = evaluate(p -> host(p).put("edition", "server-datacenter").put("build", 20348).put("ubr", 643));
        Verdict.of(old, Mode.WSL2_ENGINE).is(Status.NEEDS_CHANGES);
        Recommendation current = evaluate(p -> host(p).put("edition", "server-datacenter").put("build", 20348).put("ubr", 2340));
        assertTrue(current.option(Mode.WSL2_ENGINE).status() != Status.BLOCKED && current.option(Mode.WSL2_ENGINE).fixes().isEmpty(),
                current.option(Mode.WSL2_ENGINE).toString());
    }

    @Test
    void thirtyTwoBitWindowsBlocksEverything() {
        Recommendation r = evaluate(p -> host(p).put("arch", "x86"));
        assertTrue(r.options().stream().allMatch(o -> o.status() == Status.BLOCKED));
        Verdict.of(r, Mode.DESKTOP_WSL2).blockedBecause("32-bit");
    }

    @Test
    void arm64RunsDockerDesktopWithWsl2ButNotHyperVBackendOrWindowsContainers() {
        Recommendation r = evaluate(p -> {
            host(p).put("arch", "arm64");
            cpu(p).put("vendor", "arm");
            needs(p).putArray("containers").add("linux").add("windows");
        });
        Verdict.of(r, Mode.DESKTOP_WSL2).mentions("early access");
        Verdict.of(r, Mode.DESKTOP_HYPERV).blockedBecause("arm64");
        Verdict.of(r, Mode.WINDOWS_HYPERV).blockedBecause("arm64");
    }

    @Test
    void outOfServicingReleaseWarnsForDockerDesktop() {
        Recommendation r = evaluate(p -> host(p).put("build", 22631));
        Verdict.of(r, Mode.DESKTOP_WSL2).warns("left Microsoft servicing on 2025-11-11");
    }

    @Test
    void missingAdminRightsNeedChanges() {
        Recommendation r = evaluate(p -> host(p).put("admin", false));
        Verdict.of(r, Mode.DESKTOP_HYPERV).is(Status.NEEDS_CHANGES).fix(FixTarget.THIS_HOST, "administrator");
        Verdict.of(r, Mode.WSL2_ENGINE).is(Status.NEEDS_CHANGES);
    }

    @Test
    void perUserDockerDesktopWorksWithoutAdminWhenWsl2IsOn() {
        Recommendation r = evaluate(p -> { host(p).put("admin", false); features(p).put("wsl", 2); });
        Verdict.of(r, Mode.DESKTOP_WSL2).is(Status.RECOMMENDED).warns("per user");
    }

    static Mode mode(String id) {
        return dev.dockwise.engine.model.Identified.parse(Mode.class, id.trim()).orElseThrow();
    }

    static Status status(String id) {
        return dev.dockwise.engine.model.Identified.parse(Status.class, id.trim()).orElseThrow();
    }
}
