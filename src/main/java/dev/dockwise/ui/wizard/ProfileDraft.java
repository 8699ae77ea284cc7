package dev.dockwise.ui.wizard;

import dev.dockwise.profile.ProfileFields;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dockwise.engine.model.Arch;
import dev.dockwise.engine.model.Cloud;
import dev.dockwise.engine.model.CpuVendor;
import dev.dockwise.engine.model.Edition;
import dev.dockwise.engine.model.HypervisorKind;
import dev.dockwise.engine.model.Identified;
import dev.dockwise.engine.model.ImageVersion;
import dev.dockwise.engine.model.Isolation;
import dev.dockwise.engine.model.MachineKind;
import dev.dockwise.engine.model.Orchestration;
import dev.dockwise.engine.model.Organization;
import dev.dockwise.engine.model.Profile;
import dev.dockwise.engine.model.Purpose;
import dev.dockwise.engine.model.ServerInstallation;
import dev.dockwise.engine.model.WindowsImage;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The wizard's answers: one typed draft of a v1 profile. Number fields keep the raw text the user
 * typed, so an invalid entry is marked but never thrown away; null means "don't know".
 * {@link #toTree()} gives the JSON the profile validator checks, the one place validation lives.
 */
public final class ProfileDraft {
    // ---- host ----
    public final StringProperty name = new SimpleStringProperty(this, ProfileFields.NAME, "");
    public final ObjectProperty<Edition> edition = new SimpleObjectProperty<>(this, ProfileFields.EDITION);
    public final ObjectProperty<Boolean> ltsc = new SimpleObjectProperty<>(this, ProfileFields.LTSC);
    public final StringProperty build = new SimpleStringProperty(this, ProfileFields.BUILD, "");
    public final StringProperty ubr = new SimpleStringProperty(this, ProfileFields.UBR, "");
    public final ObjectProperty<Arch> arch = new SimpleObjectProperty<>(this, ProfileFields.ARCH);
    public final StringProperty memoryGb = new SimpleStringProperty(this, ProfileFields.MEMORY_GB, "");
    public final ObjectProperty<ServerInstallation> serverInstallation = new SimpleObjectProperty<>(this, ProfileFields.SERVER_INSTALLATION);
    public final ObjectProperty<CpuVendor> cpuVendor = new SimpleObjectProperty<>(this, "cpuVendor");
    public final ObjectProperty<Boolean> virtualizationEnabled = new SimpleObjectProperty<>(this, ProfileFields.VIRTUALIZATION_ENABLED);
    public final ObjectProperty<Boolean> slat = new SimpleObjectProperty<>(this, ProfileFields.SLAT);
    public final ObjectProperty<MachineKind> machine = new SimpleObjectProperty<>(this, ProfileFields.MACHINE);
    public final ObjectProperty<HypervisorKind> hypervisor = new SimpleObjectProperty<>(this, ProfileFields.HYPERVISOR);
    public final ObjectProperty<Cloud> cloud = new SimpleObjectProperty<>(this, ProfileFields.CLOUD);
    public final StringProperty vmSize = new SimpleStringProperty(this, ProfileFields.VM_SIZE, "");
    public final ObjectProperty<Boolean> nestedVirtualization = new SimpleObjectProperty<>(this, ProfileFields.NESTED_VIRTUALIZATION);
    public final ObjectProperty<Boolean> hyperV = new SimpleObjectProperty<>(this, ProfileFields.HYPER_V);
    public final ObjectProperty<Boolean> containersFeature = new SimpleObjectProperty<>(this, ProfileFields.CONTAINERS);
    public final ObjectProperty<Integer> wsl = new SimpleObjectProperty<>(this, ProfileFields.WSL);
    public final ObjectProperty<Boolean> virtualMachinePlatform = new SimpleObjectProperty<>(this, ProfileFields.VIRTUAL_MACHINE_PLATFORM);
    public final StringProperty virtualBox = new SimpleStringProperty(this, ProfileFields.VIRTUAL_BOX, "");
    public final StringProperty vmwareWorkstation = new SimpleStringProperty(this, ProfileFields.VMWARE_WORKSTATION, "");
    public final StringProperty dockerDesktop = new SimpleStringProperty(this, ProfileFields.DOCKER_DESKTOP, "");
    public final ObjectProperty<Boolean> admin = new SimpleObjectProperty<>(this, ProfileFields.ADMIN);
    // ---- needs ----
    public final BooleanProperty linux = new SimpleBooleanProperty(this, "linux");
    public final BooleanProperty windows = new SimpleBooleanProperty(this, "windows");
    public final ObjectProperty<Purpose> purpose = new SimpleObjectProperty<>(this, ProfileFields.PURPOSE);
    public final ObjectProperty<Isolation> isolation = new SimpleObjectProperty<>(this, ProfileFields.ISOLATION);
    public final ObjectProperty<WindowsImage> windowsImage = new SimpleObjectProperty<>(this, ProfileFields.WINDOWS_IMAGE);
    public final ObjectProperty<ImageVersion> windowsImageVersion = new SimpleObjectProperty<>(this, ProfileFields.WINDOWS_IMAGE_VERSION);
    public final ObjectProperty<Orchestration> orchestration = new SimpleObjectProperty<>(this, ProfileFields.ORCHESTRATION);
    public final ObjectProperty<Organization> organization = new SimpleObjectProperty<>(this, ProfileFields.ORGANIZATION);

    private final IntegerProperty revision = new SimpleIntegerProperty(this, "revision");
    private boolean loading;

    public ProfileDraft() {
        for (Observable p : all()) {
            p.addListener(o -> {
                if (!loading) {
                    revision.set(revision.get() + 1);
                }
            });
        }
    }

    /** Goes up by one on every change of an answer (once per load). */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision;
    }

    private List<Observable> all() {
        return List.of(name, edition, ltsc, build, ubr, arch, memoryGb, serverInstallation, cpuVendor, virtualizationEnabled, slat, machine,
                hypervisor, cloud, vmSize, nestedVirtualization, hyperV, containersFeature, wsl, virtualMachinePlatform, virtualBox,
                vmwareWorkstation, dockerDesktop, admin, linux, windows, purpose, isolation, windowsImage, windowsImageVersion,
                orchestration, organization);
    }

    public boolean isServer() {
        return edition.get() != null && edition.get().id().startsWith("server");
    }

    /** Enterprise and IoT Enterprise come as LTSC too; the question is shown only for them. */
    public boolean mayBeLtsc() {
        return edition.get() == Edition.ENTERPRISE || edition.get() == Edition.IOT_ENTERPRISE;
    }

    public boolean isVirtual() {
        return machine.get() == MachineKind.VIRTUAL;
    }

    /**
     * The answers as a v1 document for the validator. Answers hidden by other answers (VM details
     * of a physical machine, the installation option of a client) stay in the draft but are left out.
     */
    public ObjectNode toTree() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put(ProfileFields.SCHEMA, Profile.SCHEMA);
        root.set(ProfileFields.NAME, text(name.get()));
        ObjectNode host = root.putObject(ProfileFields.HOST);
        host.set(ProfileFields.EDITION, id(edition.get()));
        if (Boolean.TRUE.equals(ltsc.get())) {
            host.put(ProfileFields.LTSC, true); // only when true, as the profile writer does
        }
        host.set(ProfileFields.BUILD, number(build.get()));
        host.set(ProfileFields.UBR, number(ubr.get()));
        host.set(ProfileFields.ARCH, id(arch.get()));
        host.set(ProfileFields.MEMORY_GB, number(memoryGb.get()));
        host.set(ProfileFields.SERVER_INSTALLATION, edition.get() == null || isServer() || edition.get() == Edition.OTHER ? id(serverInstallation.get()) : f.nullNode());
        ObjectNode cpu = host.putObject(ProfileFields.CPU);
        cpu.set(ProfileFields.VENDOR, id(cpuVendor.get()));
        cpu.set(ProfileFields.VIRTUALIZATION_ENABLED, bool(virtualizationEnabled.get()));
        cpu.set(ProfileFields.SLAT, bool(slat.get()));
        host.set(ProfileFields.MACHINE, id(machine.get()));
        boolean vmDetails = machine.get() != MachineKind.PHYSICAL;
        host.set(ProfileFields.HYPERVISOR, vmDetails ? id(hypervisor.get()) : f.nullNode());
        host.set(ProfileFields.CLOUD, vmDetails ? id(cloud.get()) : f.nullNode());
        host.set(ProfileFields.VM_SIZE, vmDetails ? text(vmSize.get()) : f.nullNode());
        host.set(ProfileFields.NESTED_VIRTUALIZATION, vmDetails ? bool(nestedVirtualization.get()) : f.nullNode());
        ObjectNode features = host.putObject(ProfileFields.FEATURES);
        features.set(ProfileFields.HYPER_V, bool(hyperV.get()));
        features.set(ProfileFields.CONTAINERS, bool(containersFeature.get()));
        features.set(ProfileFields.WSL, wsl.get() == null ? f.nullNode() : f.numberNode(wsl.get()));
        features.set(ProfileFields.VIRTUAL_MACHINE_PLATFORM, bool(virtualMachinePlatform.get()));
        ObjectNode software = host.putObject(ProfileFields.SOFTWARE);
        software.set(ProfileFields.VIRTUAL_BOX, text(virtualBox.get()));
        software.set(ProfileFields.VMWARE_WORKSTATION, text(vmwareWorkstation.get()));
        software.set(ProfileFields.DOCKER_DESKTOP, text(dockerDesktop.get()));
        host.set(ProfileFields.ADMIN, bool(admin.get()));
        ObjectNode needs = root.putObject(ProfileFields.NEEDS);
        if (linux.get() || windows.get()) {
            var containers = needs.putArray(ProfileFields.CONTAINERS);
            if (linux.get()) {
                containers.add("linux");
            }
            if (windows.get()) {
                containers.add("windows");
            }
        } else {
            needs.putNull(ProfileFields.CONTAINERS);
        }
        needs.set(ProfileFields.PURPOSE, id(purpose.get()));
        needs.set(ProfileFields.ISOLATION, id(isolation.get()));
        needs.set(ProfileFields.WINDOWS_IMAGE, id(windowsImage.get()));
        needs.set(ProfileFields.WINDOWS_IMAGE_VERSION, id(windowsImageVersion.get()));
        needs.set(ProfileFields.ORCHESTRATION, id(orchestration.get()));
        needs.set(ProfileFields.ORGANIZATION, id(organization.get()));
        return root;
    }

    /** Replaces every answer with what the document holds; values it can't use become "don't know". */
    public void load(JsonNode root) {
        loading = true;
        try {
            JsonNode h = root.path(ProfileFields.HOST);
            JsonNode n = root.path(ProfileFields.NEEDS);
            name.set(string(root.get(ProfileFields.NAME)));
            edition.set(choice(Edition.class, h.get(ProfileFields.EDITION)));
            ltsc.set(flag(h.get(ProfileFields.LTSC)));
            build.set(string(h.get(ProfileFields.BUILD)));
            ubr.set(string(h.get(ProfileFields.UBR)));
            arch.set(choice(Arch.class, h.get(ProfileFields.ARCH)));
            memoryGb.set(string(h.get(ProfileFields.MEMORY_GB)));
            serverInstallation.set(choice(ServerInstallation.class, h.get(ProfileFields.SERVER_INSTALLATION)));
            cpuVendor.set(choice(CpuVendor.class, h.path(ProfileFields.CPU).get(ProfileFields.VENDOR)));
            virtualizationEnabled.set(flag(h.path(ProfileFields.CPU).get(ProfileFields.VIRTUALIZATION_ENABLED)));
            slat.set(flag(h.path(ProfileFields.CPU).get(ProfileFields.SLAT)));
            machine.set(choice(MachineKind.class, h.get(ProfileFields.MACHINE)));
            hypervisor.set(choice(HypervisorKind.class, h.get(ProfileFields.HYPERVISOR)));
            cloud.set(choice(Cloud.class, h.get(ProfileFields.CLOUD)));
            vmSize.set(string(h.get(ProfileFields.VM_SIZE)));
            nestedVirtualization.set(flag(h.get(ProfileFields.NESTED_VIRTUALIZATION)));
            hyperV.set(flag(h.path(ProfileFields.FEATURES).get(ProfileFields.HYPER_V)));
            containersFeature.set(flag(h.path(ProfileFields.FEATURES).get(ProfileFields.CONTAINERS)));
            JsonNode w = h.path(ProfileFields.FEATURES).get(ProfileFields.WSL);
            wsl.set(w != null && w.isInt() && w.asInt() >= 0 && w.asInt() <= 2 ? w.asInt() : null);
            virtualMachinePlatform.set(flag(h.path(ProfileFields.FEATURES).get(ProfileFields.VIRTUAL_MACHINE_PLATFORM)));
            virtualBox.set(string(h.path(ProfileFields.SOFTWARE).get(ProfileFields.VIRTUAL_BOX)));
            vmwareWorkstation.set(string(h.path(ProfileFields.SOFTWARE).get(ProfileFields.VMWARE_WORKSTATION)));
            dockerDesktop.set(string(h.path(ProfileFields.SOFTWARE).get(ProfileFields.DOCKER_DESKTOP)));
            admin.set(flag(h.get(ProfileFields.ADMIN)));
            boolean l = false;
            boolean win = false;
            for (JsonNode c : n.path(ProfileFields.CONTAINERS)) {
                l |= "linux".equals(c.asText());
                win |= "windows".equals(c.asText());
            }
            linux.set(l);
            windows.set(win);
            purpose.set(choice(Purpose.class, n.get(ProfileFields.PURPOSE)));
            isolation.set(choice(Isolation.class, n.get(ProfileFields.ISOLATION)));
            windowsImage.set(choice(WindowsImage.class, n.get(ProfileFields.WINDOWS_IMAGE)));
            windowsImageVersion.set(choice(ImageVersion.class, n.get(ProfileFields.WINDOWS_IMAGE_VERSION)));
            orchestration.set(choice(Orchestration.class, n.get(ProfileFields.ORCHESTRATION)));
            organization.set(choice(Organization.class, n.get(ProfileFields.ORGANIZATION)));
        } finally {
            loading = false;
        }
        revision.set(revision.get() + 1);
    }

    /** Starts over with every answer unknown. */
    public void clear() {
        load(JsonNodeFactory.instance.objectNode());
    }

    private static JsonNode id(Identified value) {
        return value == null ? JsonNodeFactory.instance.nullNode() : JsonNodeFactory.instance.textNode(value.id());
    }

    private static JsonNode bool(Boolean value) {
        return value == null ? JsonNodeFactory.instance.nullNode() : JsonNodeFactory.instance.booleanNode(value);
    }

    private static JsonNode text(String value) {
        return value == null || value.isBlank() ? JsonNodeFactory.instance.nullNode() : JsonNodeFactory.instance.textNode(value.strip());
    }

    /** A number when the text is one, else the text itself so the validator can say what is wrong. */
    static JsonNode number(String value) {
        if (value == null || value.isBlank()) {
            return JsonNodeFactory.instance.nullNode();
        }
        String v = value.strip();
        try {
            return JsonNodeFactory.instance.numberNode(Long.parseLong(v));
        } catch (NumberFormatException notWhole) {
            try {
                double d = Double.parseDouble(v.replace(',', '.'));
                if (Double.isFinite(d) && v.matches("[-+]?[0-9]*[.,]?[0-9]+")) {
                    return JsonNodeFactory.instance.numberNode(d);
                }
            } catch (NumberFormatException ignored) {
                // falls through to text
            }
            return JsonNodeFactory.instance.textNode(v);
        }
    }

    private static String string(JsonNode node) {
        if (node == null || node.isNull() || node.isContainerNode()) {
            return "";
        }
        if (node.isNumber() && node.isFloatingPointNumber() && node.asDouble() == Math.rint(node.asDouble())) {
            return Long.toString((long) node.asDouble());
        }
        return node.asText();
    }

    private static Boolean flag(JsonNode node) {
        return node != null && node.isBoolean() ? node.asBoolean() : null;
    }

    private static <E extends Enum<E> & Identified> E choice(Class<E> type, JsonNode node) {
        return node != null && node.isTextual() ? Identified.parse(type, node.asText()).orElse(null) : null;
    }

    /** Optional view of a text answer. */
    public static Optional<String> present(StringProperty p) {
        return p.get() == null || p.get().isBlank() ? Optional.empty() : Optional.of(p.get().strip());
    }
}
