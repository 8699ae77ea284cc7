package dev.dockwise.engine.facts;

import dev.dockwise.engine.model.Arch;
import dev.dockwise.engine.model.ContainerType;
import dev.dockwise.engine.model.HostKind;
import dev.dockwise.engine.model.Identified;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.engine.model.Ordered;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every mode with its requirements, support status and comparison-table cells. */
public record ModeCatalog(List<Feature> features, List<ModeInfo> modes) {

    public ModeCatalog {
        features = List.copyOf(features);
        modes = List.copyOf(modes);
    }

    public ModeInfo mode(Mode mode) {
        return modes.stream()
                .filter(m -> m.id() == mode)
                .findFirst()
                .orElseThrow(
                        () ->
                                new IllegalStateException(
                                        "mode " + mode.id() + " missing from the knowledge base"));
    }

    /** A row of the comparison table. */
    public record Feature(String id, String name) {}

    /** One mode as the knowledge base describes it. */
    public record ModeInfo(
            Mode id,
            String name,
            String summary,
            Set<ContainerType> containers,
            boolean windowsContainersBySwitching,
            String source,
            ModeSupport support,
            Requirements requires,
            Map<String, ComparisonCell> comparison) {

        public ModeInfo {
            containers = Ordered.copy(containers, ContainerType.class);
            comparison = Ordered.copy(comparison);
        }
    }

    /** Whether the mode is current, legacy (still installable, unsupported) or removed. */
    public record ModeSupport(SupportStatus status, LocalDate since, String note, String source) {}

    /** Support status of a mode. */
    public enum SupportStatus implements Identified {
        CURRENT("current"),
        LEGACY("legacy"),
        REMOVED("removed");

        private final String id;

        SupportStatus(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }
    }

    /**
     * What a host needs for the mode; families missing from {@code minBuilds} can't run it. {@code
     * clientEngine} names the mode whose product is the engine on Windows 10/11 (Docker Desktop for
     * Windows containers), whose requirements then apply too.
     */
    public record Requirements(
            Set<Arch> archs,
            Set<HostKind> hostKinds,
            Set<Capability> capabilities,
            List<MinBuild> minBuilds,
            List<MinBuild> arm64MinBuilds,
            boolean hardwareVirtualization,
            boolean slat,
            Double memoryGb,
            boolean windowsHypervisor,
            boolean conflictsWithWindowsHypervisor,
            Mode clientEngine,
            List<Unavailable> unavailableOn,
            String source) {

        public Requirements {
            unavailableOn = unavailableOn == null ? List.of() : List.copyOf(unavailableOn);
            archs = Ordered.copy(archs, Arch.class);
            hostKinds = Ordered.copy(hostKinds, HostKind.class);
            capabilities = Ordered.copy(capabilities, Capability.class);
            minBuilds = List.copyOf(minBuilds);
            arm64MinBuilds = List.copyOf(arm64MinBuilds);
        }

        /** The build minimums that apply on the given architecture. */
        public List<MinBuild> minBuildsFor(Arch arch) {
            return arch == Arch.ARM64 && !arm64MinBuilds.isEmpty() ? arm64MinBuilds : minBuilds;
        }
    }

    /**
     * A Windows family a mode never runs on, and why: said as such rather than as a build that is
     * too old.
     */
    public record Unavailable(String family, String why, String source) {}

    /**
     * Lowest build of a family (and, for some builds, lowest update revision) a mode runs on, with
     * the day the update that brings that revision came out ({@code ubrDate}): a release that left
     * servicing before then never gets it.
     */
    public record MinBuild(
            String family,
            int build,
            Map<String, Integer> ubrByBuild,
            java.time.LocalDate ubrDate) {

        public MinBuild {
            ubrByBuild = Ordered.copy(ubrByBuild);
        }

        /** The lowest UBR needed on exactly this build, or 0. */
        public int minUbrOn(int hostBuild) {
            return ubrByBuild.getOrDefault(Integer.toString(hostBuild), 0);
        }
    }

    /** A comparison-table cell: a level drawn as a badge, a short text and optional detail. */
    public record ComparisonCell(CellLevel level, String text, String detail, String source) {}

    /** How good a comparison cell is; never shown as colour alone. */
    public enum CellLevel implements Identified {
        YES("yes"),
        PARTIAL("partial"),
        NO("no"),
        INFO("info");

        private final String id;

        CellLevel(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }
    }
}
