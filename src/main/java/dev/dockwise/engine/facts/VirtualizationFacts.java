package dev.dockwise.engine.facts;

import java.util.List;
import java.util.Optional;

/**
 * Nested virtualization per parent hypervisor and cloud, and coexistence with other hypervisors.
 */
public record VirtualizationFacts(
        HypervParent hypervParent,
        Azure azure,
        Aws aws,
        Gcp gcp,
        Note vmware,
        VirtualBox virtualbox,
        Parallels parallels,
        Xen xen,
        String thirdPartyParentNote,
        String thirdPartyParentSource,
        String noNestedAlternative,
        String noNestedAlternativeSource,
        List<Coexistence> coexistence,
        String hypervisorPlatformCommand,
        int hypervisorPlatformSince,
        String hypervisorOffCommand,
        String hypervisorOnCommand,
        String source) {

    public VirtualizationFacts {
        coexistence = List.copyOf(coexistence);
    }

    public Optional<Coexistence> coexistence(String product) {
        return coexistence.stream().filter(c -> c.product().equals(product)).findFirst();
    }

    /** What a Hyper-V parent host needs to expose virtualization to a VM. */
    public record HypervParent(
            Parent intel,
            Parent amd,
            String enableCommand,
            String macSpoofingCommand,
            String notes,
            String source) {}

    /** Minimum parent OS and VM configuration version for one CPU vendor. */
    public record Parent(String parentMinimum, String configVersion) {}

    /** Azure VM series and whether they offer nested virtualization. */
    public record Azure(
            String securityTypeNote,
            String recommendedSize,
            List<AzureSeries> series,
            String source) {

        public Azure {
            series = List.copyOf(series);
        }

        public Optional<AzureSeries> series(String name) {
            return series.stream().filter(s -> s.series().equalsIgnoreCase(name)).findFirst();
        }
    }

    /** One Azure VM series. */
    public record AzureSeries(String series, boolean nested, String source) {}

    /** AWS instance families with nested virtualization. */
    public record Aws(
            List<String> families,
            String since,
            boolean metal,
            String checkCommand,
            String notes,
            String source) {

        public Aws {
            families = List.copyOf(families);
        }
    }

    /**
     * Google Compute Engine: nested virtualization is for Linux KVM only, so Hyper-V never runs in
     * a Windows VM.
     */
    public record Gcp(
            boolean hyperVInGuest,
            String note,
            String alternative,
            String source,
            String checkedOn) {}

    /**
     * Parallels Desktop: no nested virtualization for Windows on Apple silicon; a VM setting on
     * Intel Macs.
     */
    public record Parallels(
            boolean appleSiliconNested,
            String appleSiliconNote,
            String intelNote,
            String source,
            String checkedOn) {}

    /** A sourced note. */
    public record Note(String note, String source) {}

    /** VirtualBox nested virtualization setting. */
    public record VirtualBox(String note, String command, String source) {}

    /** Xen / Citrix Hypervisor nesting. */
    public record Xen(boolean nestedSupported, String note, String source) {}

    /** Lowest version of another hypervisor that runs alongside Hyper-V and WSL 2. */
    public record Coexistence(
            String product, String name, String minVersion, String note, String source) {}
}
