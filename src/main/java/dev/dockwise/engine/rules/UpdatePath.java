package dev.dockwise.engine.rules;

import dev.dockwise.engine.facts.LifecycleGroup;
import dev.dockwise.engine.facts.ModeCatalog.MinBuild;
import dev.dockwise.engine.facts.ReleaseTable;
import dev.dockwise.engine.facts.WindowsFamily;
import dev.dockwise.engine.facts.WindowsRelease;
import dev.dockwise.engine.result.Fix;
import dev.dockwise.engine.result.FixTarget;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Whether a host's Windows meets a build requirement, and if not, whether Windows Update (or a free
 * upgrade of the same edition) reaches a release that does. Client families update in place; an
 * LTSC server keeps its build, so a newer one there means a new OS.
 */
final class UpdatePath {
    private final HostFacts host;
    private final ReleaseTable releases;

    UpdatePath(HostFacts host) {
        this.host = host;
        this.releases = host.knowledge().releases();
    }

    /** Outcome of a build check: met, met after a fix, or impossible with the reason. */
    record Outcome(boolean met, Optional<Fix> fix, Optional<String> blocker) {
        static Outcome ok() {
            return new Outcome(true, Optional.empty(), Optional.empty());
        }

        static Outcome fixedBy(Fix fix) {
            return new Outcome(false, Optional.of(fix), Optional.empty());
        }

        static Outcome blocked(String why) {
            return new Outcome(false, Optional.empty(), Optional.of(why));
        }
    }

    /**
     * Checks the host against per-family minimum builds (families not listed can't run the thing at
     * all).
     */
    Outcome check(List<MinBuild> minimums, String what) {
        if (host.build().isEmpty()) {
            host.assume(
                    "Windows build unknown: assumed recent enough for every mode (check with"
                            + " winver).");
            return Outcome.ok();
        }
        int build = host.build().get();
        Optional<WindowsRelease> current = host.release();
        if (current.isEmpty()) {
            return Outcome.blocked(
                    what
                            + " needs "
                            + describe(minimums)
                            + "; build "
                            + build
                            + " is older than every Windows release Dockwise knows.");
        }
        Optional<MinBuild> sameFamily =
                minimums.stream()
                        .filter(m -> m.family().equals(current.get().family()))
                        .findFirst();
        if (sameFamily.isPresent() && build >= sameFamily.get().build()) {
            int minUbr = sameFamily.get().minUbrOn(build);
            if (minUbr == 0) {
                return Outcome.ok();
            }
            if (host.raw().ubr() == null) {
                host.assume(
                        "Update revision (UBR) unknown: assumed build "
                                + build
                                + "."
                                + minUbr
                                + " or later.");
                return Outcome.ok();
            }
            if (host.raw().ubr() >= minUbr) {
                return Outcome.ok();
            }
            if (getsUpdatesUntil(current.get(), sameFamily.get().ubrDate())) {
                return Outcome.fixedBy(
                        new Fix(
                                "Install the latest cumulative update with Windows Update: "
                                        + what
                                        + " needs build "
                                        + build
                                        + "."
                                        + minUbr
                                        + " or later (this host has "
                                        + build
                                        + "."
                                        + host.raw().ubr()
                                        + ").",
                                FixTarget.THIS_HOST,
                                ""));
            }
            // this release left servicing before the update that brings the revision: only a newer
            // release has it
            return reachable(release -> release.build() > build && meets(release, minimums))
                    .map(target -> Outcome.fixedBy(updateFix(current.get(), target, what)))
                    .orElseGet(
                            () ->
                                    Outcome.blocked(
                                            what
                                                    + " needs build "
                                                    + build
                                                    + "."
                                                    + minUbr
                                                    + " or later, and "
                                                    + current.get().name()
                                                    + " left servicing before that update. "
                                                    + familyNote(current.get())));
        }
        if (host.isLtsc() && releases.isLtscClient(current.get())) {
            return Outcome.blocked(
                    what
                            + " needs "
                            + describe(minimums)
                            + "; this host runs "
                            + host.osName()
                            + ". "
                            + keepsItsBuild(current.get(), minimums));
        }
        return reachable(release -> meets(release, minimums))
                .map(target -> Outcome.fixedBy(updateFix(current.get(), target, what)))
                .orElseGet(
                        () ->
                                Outcome.blocked(
                                        what
                                                + " needs "
                                                + describe(minimums)
                                                + "; this host runs "
                                                + current.get().name()
                                                + ". "
                                                + familyNote(current.get())));
    }

    /**
     * On an LTSC host, in its own words: its release keeps its build (the family's note tells of
     * one release, LTSC 2021), and the newer LTSC release that would do, in this host's edition, if
     * one would.
     */
    private String keepsItsBuild(WindowsRelease current, List<MinBuild> minimums) {
        Optional<WindowsRelease> newer =
                releases.releases().stream()
                        .filter(releases::isLtscClient)
                        .filter(r -> r.build() > current.build() && meets(r, minimums))
                        .min(Comparator.comparingInt(WindowsRelease::build));
        return host.osName()
                + " keeps build "
                + current.build()
                + " for its whole support, as every LTSC release does; a newer build means "
                + newer.map(
                                r ->
                                        "a newer LTSC release ("
                                                + host.ltscName(r)
                                                + " (build "
                                                + r.build()
                                                + ") or later)")
                        .orElse("a newer LTSC release")
                + " or a general edition, installed with its own licence.";
    }

    /**
     * Where the assessment doesn't say whether an Enterprise host of an LTSC build is LTSC: what
     * holds if it is, beside an update with Windows Update (which only the general release gets),
     * and the assumption made. Empty for every other host.
     */
    String ltscCaveat() {
        return host.possibleLtsc()
                .map(
                        ltsc -> {
                            host.assume(
                                    "LTSC or not unknown: assumed the general release of build "
                                            + ltsc.build()
                                            + ", which Windows Update moves on; "
                                            + host.ltscName(ltsc)
                                            + " would keep its build.");
                            return " (if this is "
                                    + host.ltscName(ltsc)
                                    + ", it keeps build "
                                    + ltsc.build()
                                    + ": a newer build then means a newer LTSC release or a general"
                                    + " edition, installed with its own licence)";
                        })
                .orElse("");
    }

    /**
     * The first release this host can reach by updating (or upgrading) in place that satisfies the
     * test: later releases of its family, then the families it upgrades to, each one Windows Update
     * still offers to this edition (in servicing on the knowledge date, or its family's last
     * release). An LTSC release reaches none: it keeps its build.
     */
    Optional<WindowsRelease> reachable(Predicate<WindowsRelease> test) {
        Optional<WindowsRelease> current = host.release();
        Optional<WindowsFamily> family = host.family();
        if (current.isEmpty() || family.isEmpty()) {
            return Optional.empty();
        }
        List<WindowsRelease> candidates = new ArrayList<>();
        if (family.get().updatableWithinFamily()) {
            releases.releasesOfFamily(family.get().id()).stream()
                    .filter(r -> r.build() > host.build().orElse(0))
                    .forEach(candidates::add);
        }
        for (String next : family.get().upgradesTo()) {
            candidates.addAll(releases.releasesOfFamily(next));
        }
        return candidates.stream().filter(this::offered).filter(test).findFirst();
    }

    /**
     * Windows Update still offers this release to the host's edition: in servicing, or the last of
     * its family.
     */
    private boolean offered(WindowsRelease release) {
        LocalDate end = release.servicingEnd(lifecycle());
        boolean last =
                releases.releasesOfFamily(release.family()).stream()
                        .allMatch(r -> r.build() <= release.build());
        return last || end == null || !end.isBefore(host.knowledge().meta().asOf());
    }

    /** Whether the host's release still got updates on that day (an unknown day: assumed so). */
    private boolean getsUpdatesUntil(WindowsRelease release, LocalDate day) {
        LocalDate end = release.servicingEnd(lifecycle());
        return day == null || end == null || !end.isBefore(day);
    }

    /**
     * The host edition's servicing dates; Home and Pro's, the earliest, when the edition is
     * unknown.
     */
    private LifecycleGroup lifecycle() {
        return host.edition().lifecycle() == null
                ? LifecycleGroup.HOME_PRO
                : host.edition().lifecycle();
    }

    Fix updateFix(WindowsRelease current, WindowsRelease target, String what) {
        boolean sameFamily = current.family().equals(target.family());
        return new Fix(
                how(current, target) + ": " + what + " needs it" + ltscCaveat() + ".",
                FixTarget.THIS_HOST,
                sameFamily ? "Start-Process 'ms-settings:windowsupdate'" : "");
    }

    /**
     * "Update Windows 10 20H2 to Windows 10 22H2 (build 19045) or later with Windows Update", or
     * the free upgrade to a newer Windows.
     */
    static String how(WindowsRelease current, WindowsRelease target) {
        return current.family().equals(target.family())
                ? "Update "
                        + current.name()
                        + " to "
                        + target.name()
                        + " (build "
                        + target.build()
                        + ") or later with Windows Update"
                : "Upgrade to "
                        + target.name()
                        + " (build "
                        + target.build()
                        + ") or later, a free upgrade of the same edition on hardware that meets"
                        + " its requirements (TPM 2.0, supported CPU)";
    }

    static boolean meets(WindowsRelease release, List<MinBuild> minimums) {
        return minimums.stream()
                .anyMatch(m -> m.family().equals(release.family()) && release.build() >= m.build());
    }

    String describe(List<MinBuild> minimums) {
        return minimums.stream()
                .map(
                        m -> {
                            String name =
                                    releases.releasesOfFamily(m.family()).stream()
                                            .filter(r -> r.build() >= m.build())
                                            .findFirst()
                                            .map(WindowsRelease::name)
                                            .orElseGet(
                                                    () ->
                                                            releases.family(m.family())
                                                                    .map(WindowsFamily::name)
                                                                    .orElse(m.family()));
                            return name + " (build " + m.build() + ") or later";
                        })
                .collect(Collectors.joining(", or "));
    }

    private String familyNote(WindowsRelease current) {
        return releases.family(current.family()).map(WindowsFamily::note).orElse("");
    }
}
