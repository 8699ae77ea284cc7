package dev.dockwise.engine.facts;

import dev.dockwise.engine.model.HostKind;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Windows releases by kind and build. Client and server share some builds (14393, 17763, 26100), so
 * every lookup names the kind.
 */
public final class ReleaseTable {
    private final List<WindowsFamily> families;
    private final List<WindowsRelease> releases;
    // The advisor looks releases up many times per profile; fleets plan thousands of profiles.
    private final Map<String, WindowsFamily> familiesById;
    private final Map<HostKind, List<WindowsRelease>> releasesByKind;

    public ReleaseTable(List<WindowsFamily> families, List<WindowsRelease> releases) {
        this.families = List.copyOf(families);
        this.releases =
                releases.stream().sorted(Comparator.comparingInt(WindowsRelease::build)).toList();
        this.familiesById =
                this.families.stream()
                        .collect(
                                Collectors.toUnmodifiableMap(
                                        WindowsFamily::id, f -> f, (a, b) -> a));
        Map<HostKind, List<WindowsRelease>> byKind = new EnumMap<>(HostKind.class);
        for (HostKind kind : HostKind.values()) {
            byKind.put(
                    kind,
                    this.releases.stream()
                            .filter(r -> kindOf(r) == kind && !isLtscClient(r))
                            .toList());
        }
        this.releasesByKind = byKind;
    }

    public List<WindowsFamily> families() {
        return families;
    }

    public List<WindowsRelease> releases() {
        return releases;
    }

    public Optional<WindowsFamily> family(String id) {
        return Optional.ofNullable(familiesById.get(id));
    }

    public HostKind kindOf(WindowsRelease release) {
        return family(release.family()).map(WindowsFamily::kind).orElseThrow();
    }

    public List<WindowsRelease> releasesOf(HostKind kind) {
        return releasesByKind.get(kind);
    }

    public Optional<WindowsRelease> exact(HostKind kind, int build) {
        return releasesOf(kind).stream().filter(r -> r.build() == build).findFirst();
    }

    /** The release with this build, or else the newest release of the kind before it. */
    public Optional<WindowsRelease> atOrBefore(HostKind kind, int build) {
        WindowsRelease found = null;
        for (WindowsRelease release : releasesOf(kind)) {
            if (release.build() <= build) {
                found = release;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * Whether the release is a client LTSC release (kept out of the by-kind lists, whose builds it
     * shares).
     */
    public boolean isLtscClient(WindowsRelease release) {
        return family(release.family())
                .map(f -> f.ltsc() && f.kind() == HostKind.CLIENT)
                .orElse(false);
    }

    /** The client LTSC release with exactly this build (LTSB 2016, LTSC 2019, 2021, 2024). */
    public Optional<WindowsRelease> ltscClient(int build) {
        return releases.stream().filter(r -> r.build() == build && isLtscClient(r)).findFirst();
    }

    public List<WindowsRelease> releasesOfFamily(String familyId) {
        return releases.stream().filter(r -> r.family().equals(familyId)).toList();
    }

    /** Whether any release of either kind has this build. */
    public boolean knowsBuild(int build) {
        return releases.stream().anyMatch(r -> r.build() == build);
    }
}
