package dev.dockwise.ui.steps;

import dev.dockwise.engine.facts.EditionInfo;
import dev.dockwise.engine.facts.Images;
import dev.dockwise.engine.model.Arch;
import dev.dockwise.engine.model.Cloud;
import dev.dockwise.engine.model.CpuVendor;
import dev.dockwise.engine.model.Edition;
import dev.dockwise.engine.model.HypervisorKind;
import dev.dockwise.engine.model.ImageVersion;
import dev.dockwise.engine.model.Isolation;
import dev.dockwise.engine.model.MachineKind;
import dev.dockwise.engine.model.Orchestration;
import dev.dockwise.engine.model.Organization;
import dev.dockwise.engine.model.Purpose;
import dev.dockwise.engine.model.ServerInstallation;
import dev.dockwise.engine.model.WindowsImage;
import dev.dockwise.ui.common.Choice;
import java.util.List;

/** The answers each question offers, in the words users know them by. */
final class Choices {
    static final String DONT_KNOW = "Don't know";

    private Choices() {}

    static List<Choice<Boolean>> yesNo() {
        return List.of(
                new Choice<>(true, "Yes"),
                new Choice<>(false, "No"),
                new Choice<>(null, DONT_KNOW));
    }

    static List<Choice<Boolean>> onOff() {
        return List.of(
                new Choice<>(true, "On"),
                new Choice<>(false, "Off"),
                new Choice<>(null, DONT_KNOW));
    }

    /** The editions the knowledge data describes, by their names, then "Other". */
    static List<Choice<Edition>> editions(List<EditionInfo> editions) {
        List<Choice<Edition>> choices = new java.util.ArrayList<>();
        choices.add(new Choice<>(null, DONT_KNOW));
        editions.forEach(e -> choices.add(new Choice<>(e.id(), e.name())));
        choices.add(new Choice<>(Edition.OTHER, "Other"));
        return choices;
    }

    static List<Choice<Arch>> archs() {
        return List.of(
                new Choice<>(Arch.X64, "x64"),
                new Choice<>(Arch.ARM64, "ARM64"),
                new Choice<>(Arch.X86, "x86 (32-bit)"),
                new Choice<>(null, DONT_KNOW));
    }

    static List<Choice<ServerInstallation>> installations() {
        return List.of(
                new Choice<>(ServerInstallation.DESKTOP_EXPERIENCE, "Desktop Experience"),
                new Choice<>(ServerInstallation.SERVER_CORE, "Server Core"),
                new Choice<>(ServerInstallation.NANO, "Nano"),
                new Choice<>(null, DONT_KNOW));
    }

    static List<Choice<CpuVendor>> vendors() {
        return List.of(
                new Choice<>(CpuVendor.INTEL, "Intel"),
                new Choice<>(CpuVendor.AMD, "AMD"),
                new Choice<>(CpuVendor.ARM, "Arm"),
                new Choice<>(CpuVendor.OTHER, "Other"),
                new Choice<>(null, DONT_KNOW));
    }

    static List<Choice<MachineKind>> machines() {
        return List.of(
                new Choice<>(MachineKind.PHYSICAL, "Physical"),
                new Choice<>(MachineKind.VIRTUAL, "Virtual machine"),
                new Choice<>(null, DONT_KNOW));
    }

    static List<Choice<HypervisorKind>> hypervisors() {
        return List.of(
                new Choice<>(null, DONT_KNOW),
                new Choice<>(HypervisorKind.HYPERV, "Hyper-V"),
                new Choice<>(HypervisorKind.VMWARE, "VMware"),
                new Choice<>(HypervisorKind.VIRTUALBOX, "VirtualBox"),
                new Choice<>(HypervisorKind.KVM, "KVM"),
                new Choice<>(HypervisorKind.XEN, "Xen / Citrix Hypervisor"),
                new Choice<>(HypervisorKind.PARALLELS, "Parallels Desktop (Mac)"),
                new Choice<>(HypervisorKind.OTHER, "Other"));
    }

    static List<Choice<Cloud>> clouds() {
        return List.of(
                new Choice<>(null, "On premises"),
                new Choice<>(Cloud.AZURE, "Microsoft Azure"),
                new Choice<>(Cloud.AWS, "Amazon Web Services"),
                new Choice<>(Cloud.GCP, "Google Cloud"),
                new Choice<>(Cloud.OTHER, "Other cloud"));
    }

    static List<Choice<Integer>> wsl() {
        return List.of(
                new Choice<>(0, "Not installed"),
                new Choice<>(1, "WSL 1"),
                new Choice<>(2, "WSL 2"),
                new Choice<>(null, DONT_KNOW));
    }

    static List<Choice<Purpose>> purposes() {
        return List.of(
                new Choice<>(Purpose.DEVELOPMENT, "Development"),
                new Choice<>(Purpose.TEST, "Test"),
                new Choice<>(Purpose.PRODUCTION, "Production"),
                new Choice<>(null, DONT_KNOW));
    }

    static List<Choice<Isolation>> isolations() {
        return List.of(
                new Choice<>(Isolation.STANDARD, "Shared kernel is fine"),
                new Choice<>(Isolation.HYPERVISOR, "A kernel per container"),
                new Choice<>(null, DONT_KNOW));
    }

    static List<Choice<WindowsImage>> images() {
        return List.of(
                new Choice<>(null, DONT_KNOW),
                new Choice<>(WindowsImage.NANOSERVER, "Nano Server"),
                new Choice<>(WindowsImage.SERVERCORE, "Server Core"),
                new Choice<>(WindowsImage.SERVER, "Windows Server"),
                new Choice<>(WindowsImage.WINDOWS, "Windows"));
    }

    /** The ltsc tags with the Windows Server release each belongs to, from the knowledge data. */
    static List<Choice<ImageVersion>> imageVersions(Images images) {
        List<Choice<ImageVersion>> choices = new java.util.ArrayList<>();
        choices.add(new Choice<>(null, "Don't know (match the host)"));
        images.versions()
                .forEach(
                        v ->
                                choices.add(
                                        new Choice<>(v.id(), v.id().id() + " (" + v.name() + ")")));
        return choices;
    }

    static List<Choice<Orchestration>> orchestrations() {
        return List.of(
                new Choice<>(Orchestration.NONE, "None"),
                new Choice<>(Orchestration.COMPOSE, "Compose"),
                new Choice<>(Orchestration.SWARM, "Swarm"),
                new Choice<>(Orchestration.KUBERNETES, "Kubernetes"),
                new Choice<>(null, DONT_KNOW));
    }

    static List<Choice<Organization>> organizations() {
        return List.of(
                new Choice<>(Organization.PERSONAL, "Personal"),
                new Choice<>(Organization.SMALL, "Small business"),
                new Choice<>(Organization.LARGE, "Large organization"),
                new Choice<>(null, DONT_KNOW));
    }
}
