package dev.dockwise.ui.steps;

import dev.dockwise.engine.facts.WindowsRelease;
import dev.dockwise.engine.model.Arch;
import dev.dockwise.engine.model.Cloud;
import dev.dockwise.engine.model.CpuVendor;
import dev.dockwise.engine.model.Edition;
import dev.dockwise.engine.model.HypervisorKind;
import dev.dockwise.engine.model.MachineKind;
import dev.dockwise.engine.model.ServerInstallation;
import dev.dockwise.profile.ProfileField;
import dev.dockwise.ui.common.ChoiceField;
import dev.dockwise.ui.common.ComboField;
import dev.dockwise.ui.common.StepPage;
import dev.dockwise.ui.common.StyleClasses;
import dev.dockwise.ui.wizard.HostStepViewModel;
import dev.dockwise.ui.wizard.ProfileDraft;
import dev.dockwise.ui.wizard.WizardSession;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import org.controlsfx.validation.ValidationSupport;

/** Step 2: the facts about the Windows host, each explained and with where to find it. */
public final class HostStepView extends StepPage {
    public HostStepView(WizardSession vm, HostStepViewModel model, ValidationSupport validation) {
        super(
                "This host",
                "Tell Dockwise about the Windows machine that will run the containers. Answer what"
                        + " you know; \"Don't know\" is fine and the recommendation says what it"
                        + " assumed. Import probe results to fill this in automatically.");
        ProfileDraft d = vm.draft();
        ObjectProperty<Edition> edition = d.choice(ProfileField.EDITION, Edition.class);
        ObjectProperty<MachineKind> machine = d.choice(ProfileField.MACHINE, MachineKind.class);
        Form form = new Form(vm, validation);
        form.getStyleClass().add(StyleClasses.CARD);

        form.section("Windows");
        form.add(
                "_Host name",
                text(d.text(ProfileField.NAME), "hostName", "e.g. dev-laptop-07"),
                "A name for this assessment, usually the computer name (run hostname).",
                ProfileField.NAME.path());
        form.add(
                "_Edition",
                new ComboField<>(edition, Choices.editions(model.editions()), "Edition")
                        .withId("edition"),
                "Settings > System > About > Edition, or (Get-ItemProperty"
                    + " 'HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion').EditionID (Core"
                    + " is Home, Professional is Pro).",
                ProfileField.EDITION.path());
        // shown for "other", and wherever an EditionID came in with a probe (an evaluation Server
        // keeps its edition)
        BooleanBinding otherEdition =
                Bindings.createBooleanBinding(
                        () ->
                                d.otherEdition()
                                        || ProfileDraft.present(d.text(ProfileField.EDITION_ID))
                                                .isPresent(),
                        edition,
                        d.text(ProfileField.EDITION_ID));
        form.add(
                        "Edition_ID",
                        text(d.text(ProfileField.EDITION_ID), "editionId", "e.g. ServerHyperCore"),
                        "For an edition not in the list: (Get-ItemProperty"
                            + " 'HKLM:\\SOFTWARE\\Microsoft\\Windows"
                            + " NT\\CurrentVersion').EditionID. Dockwise knows some"
                            + " (ServerHyperCore is Hyper-V Server, ServerRdsh is multi-session);"
                            + " otherwise it assumes no edition.",
                        ProfileField.EDITION_ID.path())
                .visibleWhen(otherEdition);
        BooleanBinding sModeEdition = Bindings.createBooleanBinding(d::mayBeInSMode, edition);
        form.add(
                        "_S mode",
                        new ChoiceField<>(d.flag(ProfileField.S_MODE), Choices.yesNo(), "S mode")
                                .withId("sMode"),
                        "Settings > System > Activation says \"Windows ... in S mode\": only"
                                + " Microsoft Store apps run until you switch out of it (free, one"
                                + " way).",
                        ProfileField.S_MODE.path())
                .visibleWhen(sModeEdition);
        BooleanBinding ltscEdition = Bindings.createBooleanBinding(d::mayBeLtsc, edition);
        form.add(
                        "_LTSC",
                        new ChoiceField<>(
                                        d.flag(ProfileField.LTSC),
                                        Choices.yesNo(),
                                        "Long-Term Servicing Channel")
                                .withId("ltsc"),
                        "Enterprise LTSC / IoT Enterprise LTSC keep their build for years"
                            + " (EditionID EnterpriseS or IoTEnterpriseS); Docker Desktop refuses"
                            + " them.",
                        ProfileField.LTSC.path())
                .visibleWhen(ltscEdition);
        ComboBox<WindowsRelease> release = releasePicker(model);
        form.add(
                "Windows versi_on",
                release,
                "Pick a known release to fill in its build number, or type the build below.",
                null);
        form.add(
                "B_uild number",
                text(d.text(ProfileField.BUILD), "build", "e.g. 22631"),
                "winver shows \"OS Build 22631.4460\": 22631 is the build. PowerShell:"
                        + " [Environment]::OSVersion.Version.Build",
                ProfileField.BUILD.path());
        form.add(
                "Update revision",
                text(d.text(ProfileField.UBR), "ubr", "e.g. 4460"),
                "The number after the dot in winver's OS Build (UBR); it matters for WSL 2 on"
                        + " Windows 10 1903/1909.",
                ProfileField.UBR.path());
        form.add(
                "_Architecture",
                new ChoiceField<>(
                                d.choice(ProfileField.ARCH, Arch.class),
                                Choices.archs(),
                                "Architecture")
                        .withId("arch"),
                "Settings > System > About > System type, or $env:PROCESSOR_ARCHITECTURE (AMD64 is"
                        + " x64).",
                ProfileField.ARCH.path());
        form.add(
                "_Memory (GB)",
                text(d.text(ProfileField.MEMORY_GB), "memory", "e.g. 16"),
                "Installed RAM: Settings > System > About, or Task Manager > Performance > Memory.",
                ProfileField.MEMORY_GB.path());
        BooleanBinding server = Bindings.createBooleanBinding(d::isServer, edition);
        form.add(
                        "Server insta_llation",
                        new ChoiceField<>(
                                        d.choice(
                                                ProfileField.SERVER_INSTALLATION,
                                                ServerInstallation.class),
                                        Choices.installations(),
                                        "Server installation")
                                .withId("serverInstallation"),
                        "Windows Server only: Server Core has no desktop; (Get-ItemProperty"
                                + " 'HKLM:\\SOFTWARE\\Microsoft\\Windows"
                                + " NT\\CurrentVersion').InstallationType.",
                        ProfileField.SERVER_INSTALLATION.path())
                .visibleWhen(server);

        form.section("Processor and firmware");
        form.add(
                "CPU ven_dor",
                new ChoiceField<>(
                                d.choice(ProfileField.CPU_VENDOR, CpuVendor.class),
                                Choices.vendors(),
                                "CPU vendor")
                        .withId("cpuVendor"),
                "Settings > System > About > Processor. AMD needs a newer Hyper-V host for nested"
                        + " virtualization.",
                ProfileField.CPU_VENDOR.path());
        form.add(
                "Virtuali_zation in firmware",
                new ChoiceField<>(
                                d.flag(ProfileField.VIRTUALIZATION_ENABLED),
                                Choices.yesNo(),
                                "Virtualization in firmware")
                        .withId("virtualization"),
                "Task Manager > Performance > CPU shows \"Virtualization: Enabled\". If Hyper-V,"
                        + " WSL 2 or Docker Desktop already runs, it is on.",
                ProfileField.VIRTUALIZATION_ENABLED.path());
        form.add(
                "SLAT",
                new ChoiceField<>(
                                d.flag(ProfileField.SLAT),
                                Choices.yesNo(),
                                "Second Level Address Translation")
                        .withId("slat"),
                "Second Level Address Translation (Intel EPT, AMD RVI), needed by Hyper-V and WSL"
                    + " 2; every x64 CPU since about 2010 has it. systeminfo lists it under Hyper-V"
                    + " Requirements while no hypervisor runs.",
                ProfileField.SLAT.path());

        form.section("Physical or virtual");
        form.add(
                "Ma_chine",
                new ChoiceField<>(machine, Choices.machines(), "Machine").withId("machine"),
                "In a VM, (Get-CimInstance Win32_ComputerSystem).Model says so (\"Virtual"
                        + " Machine\", \"VMware...\").",
                ProfileField.MACHINE.path());
        BooleanBinding virtual = Bindings.createBooleanBinding(d::isVirtual, machine);
        form.add(
                        "Hypervi_sor",
                        new ComboField<>(
                                        d.choice(ProfileField.HYPERVISOR, HypervisorKind.class),
                                        Choices.hypervisors(),
                                        "Parent hypervisor")
                                .withId("hypervisor"),
                        "The hypervisor that runs this VM.",
                        ProfileField.HYPERVISOR.path())
                .visibleWhen(virtual);
        form.add(
                        "Cloud",
                        new ComboField<>(
                                        d.choice(ProfileField.CLOUD, Cloud.class),
                                        Choices.clouds(),
                                        "Cloud")
                                .withId("cloud"),
                        "Where the VM runs; cloud sizes decide whether nested virtualization is"
                                + " available.",
                        ProfileField.CLOUD.path())
                .visibleWhen(virtual);
        form.add(
                        "VM size",
                        text(
                                d.text(ProfileField.VM_SIZE),
                                "vmSize",
                                "e.g. Standard_D4s_v5 or m8i.xlarge"),
                        "The cloud VM size (Azure portal > Size; AWS instance type).",
                        ProfileField.VM_SIZE.path())
                .visibleWhen(virtual);
        form.add(
                        "Nested virtualization",
                        new ChoiceField<>(
                                        d.flag(ProfileField.NESTED_VIRTUALIZATION),
                                        Choices.yesNo(),
                                        "Nested virtualization")
                                .withId("nested"),
                        "Whether the parent exposes virtualization extensions to this VM. On a"
                                + " Hyper-V parent: Get-VMProcessor -VMName <name> | Select-Object"
                                + " ExposeVirtualizationExtensions.",
                        ProfileField.NESTED_VIRTUALIZATION.path())
                .visibleWhen(virtual);

        form.section("Installed features and software");
        form.add(
                "H_yper-V",
                new ChoiceField<>(d.flag(ProfileField.HYPER_V), Choices.onOff(), "Hyper-V feature")
                        .withId("hyperV"),
                "Get-CimInstance Win32_OptionalFeature -Filter \"Name='Microsoft-Hyper-V'\" has"
                        + " InstallState 1 when on.",
                ProfileField.HYPER_V.path());
        form.add(
                "Containe_rs feature",
                new ChoiceField<>(
                                d.flag(ProfileField.CONTAINERS_FEATURE),
                                Choices.onOff(),
                                "Containers feature")
                        .withId("containersFeature"),
                "The Windows \"Containers\" feature (Turn Windows features on or off).",
                ProfileField.CONTAINERS_FEATURE.path());
        form.add(
                "_WSL",
                new ChoiceField<>(d.listed(ProfileField.WSL), Choices.wsl(), "WSL").withId("wsl"),
                "wsl --status or wsl -l -v shows the version; \"not installed\" if wsl.exe says"
                        + " so.",
                ProfileField.WSL.path());
        form.add(
                "Virtual Machine _Platform",
                new ChoiceField<>(
                                d.flag(ProfileField.VIRTUAL_MACHINE_PLATFORM),
                                Choices.onOff(),
                                "Virtual Machine Platform")
                        .withId("vmp"),
                "The VirtualMachinePlatform feature that WSL 2 needs.",
                ProfileField.VIRTUAL_MACHINE_PLATFORM.path());
        form.add(
                "VirtualBo_x version",
                text(d.text(ProfileField.VIRTUAL_BOX), "virtualBox", "empty if not installed"),
                "VirtualBox > Help > About. Versions before 6.0 can't run next to Hyper-V or WSL"
                        + " 2.",
                ProfileField.VIRTUAL_BOX.path());
        form.add(
                "VMware Workstation version",
                text(d.text(ProfileField.VMWARE_WORKSTATION), "vmware", "empty if not installed"),
                "Help > About VMware Workstation. 15.5.5 or later runs next to Hyper-V.",
                ProfileField.VMWARE_WORKSTATION.path());
        form.add(
                "Doc_ker Desktop version",
                text(
                        d.text(ProfileField.DOCKER_DESKTOP),
                        "dockerDesktop",
                        "empty if not installed"),
                "Docker Desktop > Settings > About, or docker version.",
                ProfileField.DOCKER_DESKTOP.path());
        form.add(
                "Administrator r_ights",
                new ChoiceField<>(
                                d.flag(ProfileField.ADMIN), Choices.yesNo(), "Administrator rights")
                        .withId("admin"),
                "Whether you can run installers elevated (whoami /groups lists S-1-5-32-544).",
                ProfileField.ADMIN.path());
        add(form);
    }

    private static TextField text(StringProperty property, String id, String prompt) {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(property);
        field.setId(id);
        field.setPromptText(prompt);
        return field;
    }

    /**
     * Known releases of the host's kind; the view model keeps the pick and the build number in
     * step.
     */
    private static ComboBox<WindowsRelease> releasePicker(HostStepViewModel model) {
        ComboBox<WindowsRelease> box = new ComboBox<>(model.releases());
        box.setId("release");
        box.setPromptText("Pick a release");
        box.setMaxWidth(Double.MAX_VALUE);
        box.setCellFactory(list -> new ReleaseCell());
        box.setButtonCell(new ReleaseCell());
        box.valueProperty().bindBidirectional(model.releaseProperty());
        return box;
    }

    private static final class ReleaseCell extends ListCell<WindowsRelease> {
        @Override
        protected void updateItem(WindowsRelease item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.name() + "  (build " + item.build() + ")");
        }
    }
}
