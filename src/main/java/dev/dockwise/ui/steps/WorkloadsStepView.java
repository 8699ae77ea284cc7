package dev.dockwise.ui.steps;

import dev.dockwise.engine.model.ContainerType;
import dev.dockwise.engine.model.ImageVersion;
import dev.dockwise.engine.model.Isolation;
import dev.dockwise.engine.model.Orchestration;
import dev.dockwise.engine.model.Organization;
import dev.dockwise.engine.model.Purpose;
import dev.dockwise.engine.model.WindowsImage;
import dev.dockwise.profile.ProfileField;
import dev.dockwise.ui.common.ChoiceField;
import dev.dockwise.ui.common.ComboField;
import dev.dockwise.ui.common.Membership;
import dev.dockwise.ui.common.StepPage;
import dev.dockwise.ui.common.StyleClasses;
import dev.dockwise.ui.wizard.ProfileDraft;
import dev.dockwise.ui.wizard.WizardSession;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.HBox;
import org.controlsfx.validation.ValidationSupport;

/** Step 3: what must run there, for what, and under which licence terms. */
public final class WorkloadsStepView extends StepPage {
    public WorkloadsStepView(WizardSession vm, ValidationSupport validation) {
        super(
                "Workloads",
                "Which containers must run on this host, and what for. This decides between Linux"
                    + " and Windows container modes, the base image version and the licence terms"
                    + " that apply.");
        ProfileDraft d = vm.draft();
        Form form = new Form(vm, validation);
        form.getStyleClass().add(StyleClasses.CARD);

        CheckBox linux = new dev.dockwise.ui.common.MnemonicCheckBox("_Linux containers");
        linux.setId("linuxContainers");
        ObjectProperty<Set<ContainerType>> types =
                d.choices(ProfileField.CONTAINERS, ContainerType.class);
        Membership.bind(linux, types, ContainerType.LINUX);
        CheckBox windows = new dev.dockwise.ui.common.MnemonicCheckBox("W_indows containers");
        windows.setId("windowsContainers");
        Membership.bind(windows, types, ContainerType.WINDOWS);
        BooleanBinding windowsImages =
                Bindings.createBooleanBinding(() -> d.runs(ContainerType.WINDOWS), types);
        HBox containers = new HBox(20, linux, windows);
        form.add(
                "Containers",
                containers,
                linux,
                "Most images on Docker Hub are Linux images. Windows images"
                        + " (mcr.microsoft.com/windows/...) need a Windows container mode.",
                ProfileField.CONTAINERS.path());
        form.add(
                "_Purpose",
                new ChoiceField<>(
                                d.choice(ProfileField.PURPOSE, Purpose.class),
                                Choices.purposes(),
                                "Purpose")
                        .withId("purpose"),
                "Windows 10/11 license Windows containers for development and test only; production"
                        + " needs Windows Server.",
                ProfileField.PURPOSE.path());
        form.add(
                "Is_olation",
                new ChoiceField<>(
                                d.choice(ProfileField.ISOLATION, Isolation.class),
                                Choices.isolations(),
                                "Isolation")
                        .withId("isolation"),
                "\"A kernel per container\" means Hyper-V isolation: each container in its own"
                        + " small VM, for untrusted code or strict tenancy.",
                ProfileField.ISOLATION.path());

        form.section("Windows images").visibleWhen(windowsImages);
        form.add(
                        "Base i_mage",
                        new ComboField<>(
                                        d.choice(ProfileField.WINDOWS_IMAGE, WindowsImage.class),
                                        Choices.images(),
                                        "Windows base image")
                                .withId("windowsImage"),
                        ".NET Framework apps need Server Core"
                                + " (mcr.microsoft.com/windows/servercore); .NET (Core) apps run on"
                                + " Nano Server; Windows Server adds the full API and GPU support.",
                        ProfileField.WINDOWS_IMAGE.path())
                .visibleWhen(windowsImages);
        form.add(
                        "Image v_ersion",
                        new ComboField<>(
                                        d.choice(
                                                ProfileField.WINDOWS_IMAGE_VERSION,
                                                ImageVersion.class),
                                        Choices.imageVersions(vm.knowledge().images()),
                                        "Windows image version")
                                .withId("imageVersion"),
                        "The ltsc tag of your images (FROM"
                            + " mcr.microsoft.com/windows/servercore:ltsc2022). Process isolation"
                            + " needs it to match the host.",
                        ProfileField.WINDOWS_IMAGE_VERSION.path())
                .visibleWhen(windowsImages);

        form.section("Operations and licence");
        form.add(
                "O_rchestration",
                new ChoiceField<>(
                                d.choice(ProfileField.ORCHESTRATION, Orchestration.class),
                                Choices.orchestrations(),
                                "Orchestration")
                        .withId("orchestration"),
                "Swarm and Kubernetes have limits with Windows nodes (routing mesh from Windows"
                        + " Server 2019, no encrypted overlay).",
                ProfileField.ORCHESTRATION.path());
        form.add(
                "Organi_zation",
                new ChoiceField<>(
                                d.choice(ProfileField.ORGANIZATION, Organization.class),
                                Choices.organizations(),
                                "Organization")
                        .withId("organization"),
                "Personal includes education and non-commercial open source. Docker Desktop is free"
                    + " for those and for small businesses (under 250 employees and under USD 10"
                    + " million revenue); larger organizations and governments need a paid"
                    + " subscription.",
                ProfileField.ORGANIZATION.path());
        add(form);
    }
}
