package dev.dockwise.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.TestEngine;
import dev.dockwise.TestProfile;
import dev.dockwise.engine.model.Edition;
import dev.dockwise.engine.model.Host;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.engine.model.Profile;
import dev.dockwise.engine.result.Fix;
import dev.dockwise.engine.result.Recommendation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What recommend says of a build an LTSC host needs: its own name (IoT Enterprise too), what its
 * own release does (keeps its build) and which LTSC release would do; and where the assessment does
 * not say whether an Enterprise host of an LTSC build is LTSC, an update "with Windows Update" says
 * it holds for the general release only, and the assumption is listed.
 */
class LtscWordingTest {
    private static String blocker(Recommendation r, Mode mode) {
        return String.join(" ", r.option(mode).blockers());
    }

    @Test
    void anLtscHostIsNamedAsItIsAndToldWhatItsOwnReleaseDoesAndWhichLtscReleaseWould() {
        Recommendation iot =
                TestProfile.baseline()
                        .edition(Edition.IOT_ENTERPRISE)
                        .ltsc(true)
                        .build(17763)
                        .evaluate();
        String wsl = blocker(iot, Mode.WSL2_ENGINE);
        assertTrue(wsl.contains("this host runs Windows 10 IoT Enterprise LTSC 2019"), wsl);
        assertTrue(wsl.contains("Windows 10 IoT Enterprise LTSC 2019 keeps build 17763"), wsl);
        assertFalse(wsl.contains("LTSC 2021 stays 21H2"), "another release's story: " + wsl);
        assertTrue(
                wsl.contains("Windows 10 IoT Enterprise LTSC 2021 (build 19044)"),
                "the LTSC release that would do: " + wsl);
        assertTrue(wsl.contains("installed with its own licence"), wsl);

        Recommendation ltsb =
                TestProfile.baseline()
                        .edition(Edition.ENTERPRISE)
                        .ltsc(true)
                        .build(14393)
                        .evaluate();
        String old = blocker(ltsb, Mode.WSL2_ENGINE);
        assertTrue(
                old.contains("Windows 10 Enterprise LTSB 2016 keeps build 14393")
                        && old.contains("Windows 10 Enterprise LTSC 2021 (build 19044)"),
                old);
        for (Recommendation r : List.of(iot, ltsb)) {
            r.options()
                    .forEach(
                            o ->
                                    o.fixes()
                                            .forEach(
                                                    f ->
                                                            assertFalse(
                                                                    f.action()
                                                                                    .contains(
                                                                                            "Windows"
                                                                                                + " Update")
                                                                            && !f.action()
                                                                                    .contains(
                                                                                            "cumulative"),
                                                                    f.action())));
        }
    }

    @Test
    void
            anEnterpriseHostOfAnLtscBuildWhoseChannelIsUnknownIsToldTheUpdateIsForTheGeneralReleaseOnly() {
        Recommendation unknown =
                TestProfile.baseline()
                        .edition(Edition.ENTERPRISE)
                        .ltsc(null)
                        .build(17763)
                        .evaluate();
        List<String> updates =
                unknown.options().stream()
                        .flatMap(o -> o.fixes().stream())
                        .map(Fix::action)
                        .filter(a -> a.contains("with Windows Update") && !a.contains("cumulative"))
                        .toList();
        assertFalse(updates.isEmpty());
        for (String update : updates) {
            assertTrue(
                    update.contains(
                            "if this is Windows 10 Enterprise LTSC 2019, it keeps build 17763"),
                    update);
        }
        unknown.options()
                .forEach(
                        o ->
                                o.warnings().stream()
                                        .filter(w -> w.contains("with Windows Update"))
                                        .forEach(
                                                w ->
                                                        assertTrue(
                                                                w.contains(
                                                                        "if this is Windows 10"
                                                                                + " Enterprise LTSC"
                                                                                + " 2019"),
                                                                w)));
        assertTrue(
                unknown.assumptions().stream()
                        .anyMatch(
                                a ->
                                        a.contains("LTSC or not unknown")
                                                && a.contains("Windows 10 Enterprise LTSC 2019")),
                unknown.assumptions()::toString);

        // "No" in the wizard (a file carries the flag only when true, so there it reads as unknown)
        Profile typed = TestProfile.baseline().edition(Edition.ENTERPRISE).build(17763).profile();
        Host h = typed.host();
        Recommendation answeredNo =
                TestEngine.ADVISOR.evaluate(
                        new Profile(
                                typed.name(),
                                new Host(
                                        h.edition(),
                                        h.editionId(),
                                        false,
                                        h.sMode(),
                                        h.build(),
                                        h.ubr(),
                                        h.arch(),
                                        h.memoryGb(),
                                        h.serverInstallation(),
                                        h.cpu(),
                                        h.machine(),
                                        h.hypervisor(),
                                        h.cloud(),
                                        h.vmSize(),
                                        h.nestedVirtualization(),
                                        h.features(),
                                        h.software(),
                                        h.admin()),
                                typed.needs()));
        for (Recommendation plain :
                List.of(
                        answeredNo,
                        TestProfile.baseline()
                                .edition(Edition.PRO)
                                .ltsc(null)
                                .build(17763)
                                .evaluate(),
                        TestProfile.baseline()
                                .edition(Edition.ENTERPRISE)
                                .ltsc(null)
                                .build(18363)
                                .evaluate())) {
            plain.options()
                    .forEach(
                            o ->
                                    o.fixes()
                                            .forEach(
                                                    f ->
                                                            assertFalse(
                                                                    f.action().contains("LTSC"),
                                                                    "no LTSC build, or no LTSC"
                                                                            + " edition: "
                                                                            + f.action())));
            assertFalse(
                    plain.assumptions().stream().anyMatch(a -> a.contains("LTSC or not unknown")),
                    plain.assumptions()::toString);
        }
    }
}
