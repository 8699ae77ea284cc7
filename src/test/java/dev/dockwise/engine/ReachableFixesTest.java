package dev.dockwise.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.Scenarios;
import dev.dockwise.TestEngine;
import dev.dockwise.TestProfile;
import dev.dockwise.engine.facts.Knowledge;
import dev.dockwise.engine.facts.LifecycleGroup;
import dev.dockwise.engine.facts.ModeCatalog.MinBuild;
import dev.dockwise.engine.facts.WindowsFamily;
import dev.dockwise.engine.facts.WindowsRelease;
import dev.dockwise.engine.model.ContainerType;
import dev.dockwise.engine.model.Edition;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.engine.model.Profile;
import dev.dockwise.engine.model.Status;
import dev.dockwise.engine.result.FixTarget;
import dev.dockwise.engine.result.HostReading;
import dev.dockwise.engine.result.ModeAssessment;
import dev.dockwise.engine.result.Recommendation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Every fix can be carried out: a fix (or servicing advice) that names a build or an update is one
 * this host's edition and servicing channel can still receive. Checked from the data, not from the
 * rules: the target is a later release of the host's family or of one it upgrades to, Windows
 * Update still offers it to this edition (in servicing on the knowledge date, or its family's
 * last), an LTSC host is never sent to another release, and a cumulative update is offered only to
 * a release still serviced when the update that brings the revision came out.
 */
class ReachableFixesTest {
    private static final Knowledge K = TestEngine.ADVISOR.knowledge();
    private static final Pattern MOVE =
            Pattern.compile("(?:Update .+? to|Upgrade to) (.+?) \\(build (\\d+)\\)");
    private static final Pattern CUMULATIVE =
            Pattern.compile("Install the latest cumulative update.*?needs build (\\d+)\\.(\\d+)");

    @Provide
    Arbitrary<Profile> profiles() {
        return Profiles.valid();
    }

    @Property(tries = 1500)
    void everyFixNamingABuildOrUpdateIsReachableForGeneratedHosts(
            @ForAll("profiles") Profile profile) {
        assertReachable(profile, TestEngine.ADVISOR.evaluate(profile));
    }

    @Test
    void everyFixNamingABuildOrUpdateIsReachableForEveryScenario() throws Exception {
        for (Scenarios.Scenario s : Scenarios.all().toList()) {
            Profile p = dev.dockwise.profile.ProfileReader.read(s.profileJson());
            assertReachable(p, TestEngine.ADVISOR.evaluate(p));
        }
    }

    /**
     * The case: 20H2 Home/Pro left servicing on 2022-05-10, before KB5020030 (19042.2311,
     * 2022-11-15).
     */
    @Test
    void windows10_20H2HomeIsToldToUpdateTo22H2NotToInstallTheCumulativeUpdate() {
        Recommendation home =
                TestProfile.baseline().edition(Edition.HOME).build(19042).ubr(1706).evaluate();
        Verdict.of(home, Mode.WSL2_ENGINE)
                .is(Status.NEEDS_CHANGES)
                .fix(FixTarget.THIS_HOST, "Update Windows 10 20H2 to Windows 10 22H2");
        assertTrue(
                home.option(Mode.WSL2_ENGINE).fixes().stream()
                        .noneMatch(f -> f.action().contains("cumulative update")),
                () -> home.option(Mode.WSL2_ENGINE).fixes().toString());
        // Enterprise 20H2 was serviced until 2023-05-09: the cumulative update reached it
        Recommendation enterprise =
                TestProfile.baseline()
                        .edition(Edition.ENTERPRISE)
                        .build(19042)
                        .ubr(1706)
                        .evaluate();
        Verdict.of(enterprise, Mode.WSL2_ENGINE).fix(FixTarget.THIS_HOST, "cumulative update");
    }

    @Test
    void anUpgradeTargetIsOneWindowsUpdateStillOffers() {
        // Windows 11 23H2 Home/Pro left servicing on 2025-11-11: process isolation of ltsc2025
        // images needs 24H2 or later
        Recommendation r =
                TestProfile.baseline()
                        .build(19045)
                        .containers(ContainerType.WINDOWS)
                        .windowsImageVersion(dev.dockwise.engine.model.ImageVersion.LTSC2025)
                        .evaluate();
        r.option(Mode.WINDOWS_PROCESS)
                .fixes()
                .forEach(f -> assertFalse(f.action().contains("23H2"), f.action()));
        assertReachable(r);
    }

    static void assertReachable(Profile profile, Recommendation r) {
        assertReachable(r);
    }

    static void assertReachable(Recommendation r) {
        HostReading host = r.host();
        for (ModeAssessment option : r.options()) {
            List<String> advice = new ArrayList<>();
            option.fixes().forEach(f -> advice.add(f.action()));
            option.warnings().stream()
                    .filter(w -> w.contains("left Microsoft servicing"))
                    .forEach(advice::add);
            for (String text : advice) {
                Matcher move = MOVE.matcher(text);
                while (move.find()) {
                    int target = Integer.parseInt(move.group(2));
                    String why = option.mode().id() + " on " + host.osName() + ": " + text;
                    WindowsFamily family =
                            host.family()
                                    .orElseThrow(
                                            () ->
                                                    new AssertionError(
                                                            "a move without a known release: "
                                                                    + why));
                    assertFalse(
                            family.ltsc(),
                            () -> "an LTSC host is never sent to another release: " + why);
                    Optional<WindowsRelease> release =
                            candidates(family).stream()
                                    .filter(x -> x.build() == target)
                                    .findFirst();
                    assertTrue(
                            release.isPresent(),
                            () -> "not a release this host updates or upgrades to: " + why);
                    assertTrue(
                            target > host.build().orElse(0),
                            () -> "not newer than the host: " + why);
                    assertTrue(
                            offered(release.get(), lifecycle(host)),
                            () -> "Windows Update no longer offers it to this edition: " + why);
                }
                Matcher cu = CUMULATIVE.matcher(text);
                if (cu.find()) {
                    int build = Integer.parseInt(cu.group(1));
                    int ubr = Integer.parseInt(cu.group(2));
                    String why = option.mode().id() + " on " + host.osName() + ": " + text;
                    WindowsRelease release =
                            host.release()
                                    .orElseThrow(
                                            () ->
                                                    new AssertionError(
                                                            "an update without a known release: "
                                                                    + why));
                    LocalDate brought =
                            updateDay(build, ubr)
                                    .orElseThrow(
                                            () ->
                                                    new AssertionError(
                                                            "no date for "
                                                                    + build
                                                                    + "."
                                                                    + ubr
                                                                    + ": "
                                                                    + why));
                    LocalDate end = release.servicingEnd(lifecycle(host));
                    assertTrue(
                            end == null || !end.isBefore(brought),
                            () ->
                                    "this release left servicing on "
                                            + end
                                            + ", before "
                                            + brought
                                            + ": "
                                            + why);
                }
            }
        }
    }

    private static List<WindowsRelease> candidates(WindowsFamily family) {
        List<WindowsRelease> all = new ArrayList<>(K.releases().releasesOfFamily(family.id()));
        family.upgradesTo().forEach(next -> all.addAll(K.releases().releasesOfFamily(next)));
        return all;
    }

    private static LifecycleGroup lifecycle(HostReading host) {
        return host.edition().lifecycle() == null
                ? LifecycleGroup.HOME_PRO
                : host.edition().lifecycle();
    }

    private static boolean offered(WindowsRelease release, LifecycleGroup group) {
        boolean last =
                K.releases().releasesOfFamily(release.family()).stream()
                        .allMatch(x -> x.build() <= release.build());
        LocalDate end = release.servicingEnd(group);
        return last || end == null || !end.isBefore(K.meta().asOf());
    }

    private static Optional<LocalDate> updateDay(int build, int ubr) {
        return K.modes().modes().stream()
                .flatMap(
                        m ->
                                java.util.stream.Stream.concat(
                                        m.requires().minBuilds().stream(),
                                        m.requires().arm64MinBuilds().stream()))
                .filter(m -> m.minUbrOn(build) == ubr)
                .map(MinBuild::ubrDate)
                .filter(java.util.Objects::nonNull)
                .findFirst();
    }
}
