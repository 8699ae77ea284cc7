package dev.dockwise.ui.wizard;

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
    public final StringProperty name = new SimpleStringProperty(this, "name", "");
    public final ObjectProperty<Edition> edition = new SimpleObjectProperty<>(this, "edition");
    public final StringProperty build = new SimpleStringProperty(this, "build", "");
    public final StringProperty ubr = new SimpleStringProperty(this, "ubr", "");
    public final ObjectProperty<Arch> arch = new SimpleObjectProperty<>(this, "arch");
    public final StringProperty memoryGb = new SimpleStringProperty(this, "memoryGb", "");
    public final ObjectProperty<ServerInstallation> serverInstallation = new SimpleObjectProperty<>(this, "serverInstallation");
    public final ObjectProperty<CpuVendor> cpuVendor = new SimpleObjectProperty<>(this, "cpuVendor");
    public final ObjectProperty<Boolean> virtualizationEnabled = new SimpleObjectProperty<>(this, "virtualizationEnabled");
    public final ObjectProperty<Boolean> slat = new SimpleObjectProperty<>(this, "slat");
    public final ObjectProperty<MachineKind> machine = new SimpleObjectProperty<>(this, "machine");
    public final ObjectProperty<HypervisorKind> hypervisor = new SimpleObjectProperty<>(this, "hypervisor");
    public final ObjectProperty<Cloud> cloud = new SimpleObjectProperty<>(this, "cloud");
    public final StringProperty vmSize = new SimpleStringProperty(this, "vmSize", "");
    public final ObjectProperty<Boolean> nestedVirtualization = new SimpleObjectProperty<>(this, "nestedVirtualization");
    public final ObjectProperty<Boolean> hyperV = new SimpleObjectProperty<>(this, "hyperV");
    public final ObjectProperty<Boolean> containersFeature = new SimpleObjectProperty<>(this, "containers");
    public final ObjectProperty<Integer> wsl = new SimpleObjectProperty<>(this, "wsl");
    public final ObjectProperty<Boolean> virtualMachinePlatform = new SimpleObjectProperty<>(this, "virtualMachinePlatform");
    public final StringProperty virtualBox = new SimpleStringProperty(this, "virtualBox", "");
    public final StringProperty vmwareWorkstation = new SimpleStringProperty(this, "vmwareWorkstation", "");
    public final StringProperty dockerDesktop = new SimpleStringProperty(this, "dockerDesktop", "");
    public final ObjectProperty<Boolean> admin = new SimpleObjectProperty<>(this, "admin");
    // ---- needs ----
    public final BooleanProperty linux = new SimpleBooleanProperty(this, "linux");
    public final BooleanProperty windows = new SimpleBooleanProperty(this, "windows");
    public final ObjectProperty<Purpose> purpose = new SimpleObjectProperty<>(this, "purpose");
    public final ObjectProperty<Isolation> isolation = new SimpleObjectProperty<>(this, "isolation");
    public final ObjectProperty<WindowsImage> windowsImage = new SimpleObjectProperty<>(this, "windowsImage");
    public final ObjectProperty<ImageVersion> windowsImageVersion = new SimpleObjectProperty<>(this, "windowsImageVersion");
    public final ObjectProperty<Orchestration> orchestration = new SimpleObjectProperty<>(this, "orchestration");
    public final ObjectProperty<Organization> organization = new SimpleObjectProperty<>(this, "organization");

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
        return List.of(name, edition, build, ubr, arch, memoryGb, serverInstallation, cpuVendor, virtualizationEnabled, slat, machine,
                hypervisor, cloud, vmSize, nestedVirtualization, hyperV, containersFeature, wsl, virtualMachinePlatform, virtualBox,
                vmwareWorkstation, dockerDesktop, admin, linux, windows, purpose, isolation, windowsImage, windowsImageVersion,
                orchestration, organization);
    }

    public boolean isServer() {
        return edition.get() != null && edition.get().id().startsWith("server");
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
        root.put("schema", Profile.SCHEMA);
        root.set("name", text(name.get()));
        ObjectNode host = root.putObject("host");
        host.set("edition", id(edition.get()));
        host.set("build", number(build.get()));
        host.set("ubr", number(ubr.get()));
        host.set("arch", id(arch.get()));
        host.set("memoryGb", number(memoryGb.get()));
        host.set("serverInstallation", edition.get() == null || isServer() || edition.get() == Edition.OTHER ? id(serverInstallation.get()) : f.nullNode());
        ObjectNode cpu = host.putObject("cpu");
        cpu.set("vendor", id(cpuVendor.get()));
        cpu.set("virtualizationEnabled", bool(virtualizationEnabled.get()));
        cpu.set("slat", bool(slat.get()));
        host.set("machine", id(machine.get()));
        boolean vmDetails = machine.get() != MachineKind.PHYSICAL;
        host.set("hypervisor", vmDetails ? id(hypervisor.get()) : f.nullNode());
        host.set("cloud", vmDetails ? id(cloud.get()) : f.nullNode());
        host.set("vmSize", vmDetails ? text(vmSize.get()) : f.nullNode());
        host.set("nestedVirtualization", vmDetails ? bool(nestedVirtualization.get()) : f.nullNode());
        ObjectNode features = host.putObject("features");
        features.set("hyperV", bool(hyperV.get()));
        features.set("containers", bool(containersFeature.get()));
        features.set("wsl", wsl.get() == null ? f.nullNode() : f.numberNode(wsl.get()));
        features.set("virtualMachinePlatform", bool(virtualMachinePlatform.get()));
        ObjectNode software = host.putObject("software");
        software.set("virtualBox", text(virtualBox.get()));
        software.set("vmwareWorkstation", text(vmwareWorkstation.get()));
        software.set("dockerDesktop", text(dockerDesktop.get()));
        host.set("admin", bool(admin.get()));
        ObjectNode needs = root.putObject("needs");
        if (linux.get() || windows.get()) {
            var containers = needs.putArray("containers");
            if (linux.get()) {
                containers.add("linux");
            }
            if (windows.get()) {
                containers.add("windows");
            }
        } else {
            needs.putNull("containers");
        }
        needs.set("purpose", id(purpose.get()));
        needs.set("isolation", id(isolation.get()));
        needs.set("windowsImage", id(windowsImage.get()));
        needs.set("windowsImageVersion", id(windowsImageVersion.get()));
        needs.set("orchestration", id(orchestration.get()));
        needs.set("organization", id(organization.get()));
        return root;
    }

    /** Replaces every answer with what the document holds; values it can't use become "don't know". */
    public void load(JsonNode root) {
        loading = true;
        try {
            JsonNode h = root.path("host");
            JsonNode n = root.path("needs");
            name.set(string(root.get("name")));
            edition.set(choice(Edition.class, h.get("edition")));
            build.set(string(h.get("build")));
            ubr.set(string(h.get("ubr")));
            arch.set(choice(Arch.class, h.get("arch")));
            memoryGb.set(string(h.get("memoryGb")));
            serverInstallation.set(choice(ServerInstallation.class, h.get("serverInstallation")));
            cpuVendor.set(choice(CpuVendor.class, h.path("cpu").get("vendor")));
            virtualizationEnabled.set(flag(h.path("cpu").get("virtualizationEnabled")));
            slat.set(flag(h.path("cpu").get("slat")));
            machine.set(choice(MachineKind.class, h.get("machine")));
            hypervisor.set(choice(HypervisorKind.class, h.get("hypervisor")));
            cloud.set(choice(Cloud.class, h.get("cloud")));
            vmSize.set(string(h.get("vmSize")));
            nestedVirtualization.set(flag(h.get("nestedVirtualization")));
            hyperV.set(flag(h.path("features").get("hyperV")));
            containersFeature.set(flag(h.path("features").get("containers")));
            JsonNode w = h.path("features").get("wsl");
            wsl.set(w != null && w.isInt() && w.asInt() >= 0 && w.asInt() <= 2 ? w.asInt() : null);
            virtualMachinePlatform.set(flag(h.path("features").get("virtualMachinePlatform")));
            virtualBox.set(string(h.path("software").get("virtualBox")));
            vmwareWorkstation.set(string(h.path("software").get("vmwareWorkstation")));
            dockerDesktop.set(string(h.path("software").get("dockerDesktop")));
            admin.set(flag(h.get("admin")));
            boolean l = false;
            boolean win = false;
            for (JsonNode c : n.path("containers")) {
                l |= "linux".equals(c.asText());
                win |= "windows".equals(c.asText());
            }
            linux.set(l);
            windows.set(win);
            purpose.set(choice(Purpose.class, n.get("purpose")));
            isolation.set(choice(Isolation.class, n.get("isolation")));
            windowsImage.set(choice(WindowsImage.class, n.get("windowsImage")));
            windowsImageVersion.set(choice(ImageVersion.class, n.get("windowsImageVersion")));
            orchestration.set(choice(Orchestration.class, n.get("orchestration")));
            organization.set(choice(Organization.class, n.get("organization")));
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
