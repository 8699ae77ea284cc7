package dev.dockwise.engine.rules;

import dev.dockwise.engine.facts.ModeCatalog.Requirements;
import dev.dockwise.engine.facts.VirtualizationFacts;
import dev.dockwise.engine.facts.VirtualizationFacts.AzureSeries;
import dev.dockwise.engine.facts.VirtualizationFacts.Parent;
import dev.dockwise.engine.model.Arch;
import dev.dockwise.engine.model.Cloud;
import dev.dockwise.engine.model.CpuVendor;
import dev.dockwise.engine.model.HypervisorKind;
import dev.dockwise.engine.result.Fix;
import dev.dockwise.engine.result.FixTarget;
import java.util.Optional;

/**
 * Hardware virtualization a mode needs: VT-x/AMD-V in firmware on a physical machine, exposed
 * nested virtualization in a VM (with the fix for its parent hypervisor or cloud), SLAT, memory.
 */
final class VirtualizationChecks {
    private VirtualizationChecks() {}

    static void apply(HostFacts host, Requirements req, String what, Assessment a) {
        memory(host, req, what, a);
        if (!req.hardwareVirtualization()) {
            return;
        }
        if (host.isVirtual()) {
            nested(host, what, a);
        } else {
            if (!host.firmwareVirtualizationOn()) {
                a.fix(
                        Fix.of(
                                "Turn on hardware virtualization (Intel VT-x / \"Virtualization"
                                    + " Technology\", or AMD-V / \"SVM Mode\") and hardware DEP in"
                                    + " the UEFI/BIOS setup, save and boot Windows: "
                                        + what
                                        + " runs a virtual machine. Afterwards Task Manager >"
                                        + " Performance > CPU shows \"Virtualization: Enabled\".",
                                FixTarget.FIRMWARE));
            }
            if (req.slat() && !host.slat()) {
                a.block(
                        "The CPU lacks Second Level Address Translation (Intel EPT / AMD RVI),"
                                + " which "
                                + what
                                + " needs for Hyper-V and WSL 2; it would work on a newer CPU"
                                + " (Intel Nehalem / AMD Opteron or later).");
            }
        }
    }

    private static void memory(HostFacts host, Requirements req, String what, Assessment a) {
        if (req.memoryGb() == null || host.memoryAtLeast(req.memoryGb())) {
            return;
        }
        String need = HostFacts.formatGb(req.memoryGb());
        String has = HostFacts.formatGb(host.memoryGb().orElse(0.0));
        if (host.isVirtual()) {
            a.fix(
                    host.cloud().isPresent()
                            ? Fix.of(
                                    "Resize the VM to a size with at least "
                                            + need
                                            + " of memory: "
                                            + what
                                            + " needs "
                                            + need
                                            + " (this VM has "
                                            + has
                                            + ").",
                                    FixTarget.CLOUD_PORTAL)
                            : new Fix(
                                    "Give the VM at least "
                                            + need
                                            + " of memory (with the VM off): "
                                            + what
                                            + " needs "
                                            + need
                                            + " (this VM has "
                                            + has
                                            + ").",
                                    FixTarget.PARENT_HOST,
                                    "Set-VMMemory -VMName <VMName> -StartupBytes "
                                            + req.memoryGb().intValue()
                                            + "GB"));
        } else {
            a.block(
                    what
                            + " needs at least "
                            + need
                            + " of memory; this machine has "
                            + has
                            + ". It would work with more RAM installed.");
        }
    }

    private static void nested(HostFacts host, String what, Assessment a) {
        VirtualizationFacts facts = host.knowledge().virtualization();
        Optional<HypervisorKind> parent = host.parentHypervisor();
        Optional<String> impossible = nestingImpossible(host);
        if (impossible.isPresent()) {
            a.block(
                    impossible.get()
                            + " "
                            + what
                            + " needs a VM with nested virtualization; it would work on physical"
                            + " hardware or on a platform that offers it.");
            return;
        }
        if (parent.isPresent() && parent.get() != HypervisorKind.HYPERV) {
            a.warn(facts.thirdPartyParentNote());
        }
        if (host.nestedExposed()) {
            a.reason("Nested virtualization is exposed to this VM.");
            unmodelledPlatform(host)
                    .ifPresent(
                            platform -> {
                                // Dockwise knows which sizes and settings give nesting only on the
                                // platforms it models;
                                // elsewhere it takes the profile's word, says so, and ranks the
                                // mode lower than a sure one.
                                a.warn(
                                        "Dockwise has no facts about nested virtualization on "
                                                + platform
                                                + ": it relies on the profile saying the VM gets"
                                                + " it. Check it before relying on "
                                                + what
                                                + " (systeminfo ends with \"A hypervisor has been"
                                                + " detected\" once Hyper-V runs, or Task Manager"
                                                + " shows \"Virtualization: Enabled\").");
                                a.adjust(-UNKNOWN_PLATFORM_PENALTY);
                            });
            return;
        }
        String why = what + " runs a virtual machine, so this VM needs nested virtualization.";
        Optional<Cloud> cloud = host.cloud();
        if (cloud.isPresent()) {
            a.fix(cloudFix(host, facts, cloud.get(), why));
        } else {
            a.fix(parentFix(host, facts, parent.orElse(null), why));
        }
    }

    /** How much less a mode is worth when it rests on nesting Dockwise cannot vouch for. */
    static final int UNKNOWN_PLATFORM_PENALTY = 15;

    /** Platforms where no setting gives a Windows VM nested virtualization, with the reason. */
    static Optional<String> nestingImpossible(HostFacts host) {
        if (!host.isVirtual()) {
            return Optional.empty();
        }
        VirtualizationFacts facts = host.knowledge().virtualization();
        HypervisorKind parent = host.parentHypervisor().orElse(null);
        if (host.cloud().orElse(null) == Cloud.GCP && !facts.gcp().hyperVInGuest()) {
            return Optional.of(
                    "This VM runs on Google Cloud: "
                            + facts.gcp().note()
                            + " "
                            + facts.gcp().alternative());
        }
        if (parent == HypervisorKind.XEN && !facts.xen().nestedSupported()) {
            return Optional.of("This VM runs on Xen: " + facts.xen().note());
        }
        if (parent == HypervisorKind.PARALLELS
                && host.arch() == Arch.ARM64
                && !facts.parallels().appleSiliconNested()) {
            return Optional.of(
                    "This VM runs Windows on Arm in Parallels Desktop: "
                            + facts.parallels().appleSiliconNote());
        }
        return Optional.empty();
    }

    /**
     * The cloud or hypervisor when Dockwise has no nesting facts for it ("other", or KVM outside a
     * known cloud).
     */
    private static Optional<String> unmodelledPlatform(HostFacts host) {
        Optional<Cloud> cloud = host.cloud();
        if (cloud.isPresent()) {
            return cloud.get() == Cloud.OTHER ? Optional.of("this cloud") : Optional.empty();
        }
        return host.parentHypervisor()
                .filter(p -> p == HypervisorKind.OTHER || p == HypervisorKind.KVM)
                .map(p -> p == HypervisorKind.KVM ? "this KVM host" : "this hypervisor");
    }

    private static Fix cloudFix(
            HostFacts host, VirtualizationFacts facts, Cloud cloud, String why) {
        switch (cloud) {
            case AZURE -> {
                String recommended = facts.azure().recommendedSize();
                Optional<AzureSeries> series =
                        CloudSizes.azureSeries(host.vmSize().orElse(null))
                                .flatMap(s -> facts.azure().series(s));
                if (series.isPresent() && series.get().nested()) {
                    return Fix.of(
                            "Set the VM's Security type to Standard (its "
                                    + series.get().series()
                                    + " size supports nested virtualization; Trusted Launch may"
                                    + " hide it). "
                                    + why,
                            FixTarget.CLOUD_PORTAL);
                }
                String current =
                        series.map(
                                        s ->
                                                "The "
                                                        + s.series()
                                                        + " series of "
                                                        + host.vmSize().orElse("this size")
                                                        + " has no nested virtualization. ")
                                .orElse("");
                return new Fix(
                        current
                                + "Resize to a size that supports nested virtualization, such as "
                                + recommended
                                + " (Dsv5 or Dasv5 series), with Security type Standard. "
                                + why,
                        FixTarget.CLOUD_PORTAL,
                        "az vm resize --resource-group <ResourceGroup> --name <VMName> --size "
                                + recommended);
            }
            case AWS -> {
                return new Fix(
                        "Move to an instance type with nested virtualization: "
                                + facts.aws().notes()
                                + " "
                                + why,
                        FixTarget.CLOUD_PORTAL,
                        facts.aws().checkCommand());
            }
            default -> {
                return Fix.of(
                        "Turn on nested virtualization for this VM in the cloud provider's settings"
                                + " (or pick an instance type that offers it). "
                                + why,
                        FixTarget.CLOUD_PORTAL);
            }
        }
    }

    private static Fix parentFix(
            HostFacts host, VirtualizationFacts facts, HypervisorKind parent, String why) {
        if (parent == null || parent == HypervisorKind.HYPERV) {
            Parent p =
                    host.cpuVendor().orElse(CpuVendor.INTEL) == CpuVendor.AMD
                            ? facts.hypervParent().amd()
                            : facts.hypervParent().intel();
            String assumed = parent == null ? " (assuming the parent is Hyper-V)" : "";
            return new Fix(
                    "On the Hyper-V host"
                            + assumed
                            + ", with this VM turned off, expose virtualization extensions to it;"
                            + " the host needs "
                            + p.parentMinimum()
                            + " and the VM configuration version "
                            + p.configVersion()
                            + " or later. "
                            + why
                            + " For networking from nested guests, also turn on MAC address"
                            + " spoofing: "
                            + facts.hypervParent().macSpoofingCommand(),
                    FixTarget.PARENT_HOST,
                    facts.hypervParent().enableCommand());
        }
        return switch (parent) {
            case VMWARE -> Fix.of(facts.vmware().note() + " " + why, FixTarget.PARENT_HOST);
            case VIRTUALBOX ->
                    new Fix(
                            facts.virtualbox().note() + " " + why,
                            FixTarget.PARENT_HOST,
                            facts.virtualbox().command());
            case PARALLELS ->
                    Fix.of(facts.parallels().intelNote() + " " + why, FixTarget.PARENT_HOST);
            default ->
                    Fix.of(
                            "Expose hardware virtualization (nested virtualization) to this VM in"
                                    + " the parent hypervisor's settings. "
                                    + why,
                            FixTarget.PARENT_HOST);
        };
    }
}
