package dev.dockwise.ui.wizard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.dockwise.engine.model.Arch;
import dev.dockwise.engine.model.Cloud;
import dev.dockwise.engine.model.ContainerType;
import dev.dockwise.engine.model.CpuVendor;
import dev.dockwise.engine.model.Edition;
import dev.dockwise.engine.model.HypervisorKind;
import dev.dockwise.engine.model.Identified;
import dev.dockwise.engine.model.ImageVersion;
import dev.dockwise.engine.model.Isolation;
import dev.dockwise.engine.model.MachineKind;
import dev.dockwise.engine.model.Orchestration;
import dev.dockwise.engine.model.Organization;
import dev.dockwise.engine.model.Purpose;
import dev.dockwise.engine.model.ServerInstallation;
import dev.dockwise.engine.model.WindowsImage;
import dev.dockwise.profile.ProfileField;
import dev.dockwise.profile.ProfileFields;
import dev.dockwise.profile.RawValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The wizard's answers: one typed draft of a v1 profile. Number fields keep the raw text the user
 * typed, so an invalid entry is marked but never thrown away; null means "don't know". {@link
 * #answers()} hands them to the profile validator, the one place validation lives.
 */
public final class ProfileDraft {
    // ---- host ----
    public final StringProperty name = new SimpleStringProperty(this, ProfileFields.NAME, "");
    public final ObjectProperty<Edition> edition =
            new SimpleObjectProperty<>(this, ProfileFields.EDITION);
    public final StringProperty editionId =
            new SimpleStringProperty(this, ProfileFields.EDITION_ID, "");
    public final ObjectProperty<Boolean> ltsc =
            new SimpleObjectProperty<>(this, ProfileFields.LTSC);
    public final ObjectProperty<Boolean> sMode =
            new SimpleObjectProperty<>(this, ProfileFields.S_MODE);
    public final StringProperty build = new SimpleStringProperty(this, ProfileFields.BUILD, "");
    public final StringProperty ubr = new SimpleStringProperty(this, ProfileFields.UBR, "");
    public final ObjectProperty<Arch> arch = new SimpleObjectProperty<>(this, ProfileFields.ARCH);
    public final StringProperty memoryGb =
            new SimpleStringProperty(this, ProfileFields.MEMORY_GB, "");
    public final ObjectProperty<ServerInstallation> serverInstallation =
            new SimpleObjectProperty<>(this, ProfileFields.SERVER_INSTALLATION);
    public final ObjectProperty<CpuVendor> cpuVendor =
            new SimpleObjectProperty<>(this, "cpuVendor");
    public final ObjectProperty<Boolean> virtualizationEnabled =
            new SimpleObjectProperty<>(this, ProfileFields.VIRTUALIZATION_ENABLED);
    public final ObjectProperty<Boolean> slat =
            new SimpleObjectProperty<>(this, ProfileFields.SLAT);
    public final ObjectProperty<MachineKind> machine =
            new SimpleObjectProperty<>(this, ProfileFields.MACHINE);
    public final ObjectProperty<HypervisorKind> hypervisor =
            new SimpleObjectProperty<>(this, ProfileFields.HYPERVISOR);
    public final ObjectProperty<Cloud> cloud =
            new SimpleObjectProperty<>(this, ProfileFields.CLOUD);
    public final StringProperty vmSize = new SimpleStringProperty(this, ProfileFields.VM_SIZE, "");
    public final ObjectProperty<Boolean> nestedVirtualization =
            new SimpleObjectProperty<>(this, ProfileFields.NESTED_VIRTUALIZATION);
    public final ObjectProperty<Boolean> hyperV =
            new SimpleObjectProperty<>(this, ProfileFields.HYPER_V);
    public final ObjectProperty<Boolean> containersFeature =
            new SimpleObjectProperty<>(this, ProfileFields.CONTAINERS);
    public final ObjectProperty<Integer> wsl = new SimpleObjectProperty<>(this, ProfileFields.WSL);
    public final ObjectProperty<Boolean> virtualMachinePlatform =
            new SimpleObjectProperty<>(this, ProfileFields.VIRTUAL_MACHINE_PLATFORM);
    public final StringProperty virtualBox =
            new SimpleStringProperty(this, ProfileFields.VIRTUAL_BOX, "");
    public final StringProperty vmwareWorkstation =
            new SimpleStringProperty(this, ProfileFields.VMWARE_WORKSTATION, "");
    public final StringProperty dockerDesktop =
            new SimpleStringProperty(this, ProfileFields.DOCKER_DESKTOP, "");
    public final ObjectProperty<Boolean> admin =
            new SimpleObjectProperty<>(this, ProfileFields.ADMIN);
    // ---- needs ----
    public final BooleanProperty linux = new SimpleBooleanProperty(this, "linux");
    public final BooleanProperty windows = new SimpleBooleanProperty(this, "windows");
    public final ObjectProperty<Purpose> purpose =
            new SimpleObjectProperty<>(this, ProfileFields.PURPOSE);
    public final ObjectProperty<Isolation> isolation =
            new SimpleObjectProperty<>(this, ProfileFields.ISOLATION);
    public final ObjectProperty<WindowsImage> windowsImage =
            new SimpleObjectProperty<>(this, ProfileFields.WINDOWS_IMAGE);
    public final ObjectProperty<ImageVersion> windowsImageVersion =
            new SimpleObjectProperty<>(this, ProfileFields.WINDOWS_IMAGE_VERSION);
    public final ObjectProperty<Orchestration> orchestration =
            new SimpleObjectProperty<>(this, ProfileFields.ORCHESTRATION);
    public final ObjectProperty<Organization> organization =
            new SimpleObjectProperty<>(this, ProfileFields.ORGANIZATION);

    private final Map<ProfileField, Property<?>> fields = byField();
    private final IntegerProperty revision = new SimpleIntegerProperty(this, "revision");
    private boolean loading;

    public ProfileDraft() {
        for (Observable p : all()) {
            p.addListener(
                    o -> {
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

    /** Every answer: one property per row of the table, and the two container check boxes. */
    private List<Observable> all() {
        List<Observable> all = new ArrayList<>(fields.values());
        all.add(linux);
        all.add(windows);
        return all;
    }

    /**
     * The property that holds a row's answer. The container types are two check boxes ({@link
     * #linux}, {@link #windows}), not one property.
     */
    public Property<?> property(ProfileField field) {
        Property<?> property = fields.get(field);
        if (property == null) {
            throw new IllegalArgumentException(
                    field + " is held by the linux and windows check boxes");
        }
        return property;
    }

    /** A Windows Server edition: the installation option is asked only then. */
    public boolean isServer() {
        return edition.get() != null && edition.get().isServer();
    }

    /** The raw EditionID is asked only when the edition is none of the listed ones. */
    public boolean otherEdition() {
        return edition.get() == Edition.OTHER;
    }

    /**
     * S mode is a configuration of Windows 10 and 11 clients; the question is shown only for them.
     */
    public boolean mayBeInSMode() {
        return edition.get() != null && edition.get() != Edition.OTHER && !edition.get().isServer();
    }

    /** Enterprise and IoT Enterprise come as LTSC too; the question is shown only for them. */
    public boolean mayBeLtsc() {
        return edition.get() != null && edition.get().hasLtsc();
    }

    public boolean isVirtual() {
        return machine.get() == MachineKind.VIRTUAL;
    }

    /**
     * The property holding each answer of the table (the container types are two check boxes, see
     * {@link #answers()}).
     */
    private Map<ProfileField, Property<?>> byField() {
        Map<ProfileField, Property<?>> m = new EnumMap<>(ProfileField.class);
        m.put(ProfileField.NAME, name);
        m.put(ProfileField.EDITION, edition);
        m.put(ProfileField.EDITION_ID, editionId);
        m.put(ProfileField.LTSC, ltsc);
        m.put(ProfileField.S_MODE, sMode);
        m.put(ProfileField.BUILD, build);
        m.put(ProfileField.UBR, ubr);
        m.put(ProfileField.ARCH, arch);
        m.put(ProfileField.MEMORY_GB, memoryGb);
        m.put(ProfileField.SERVER_INSTALLATION, serverInstallation);
        m.put(ProfileField.CPU_VENDOR, cpuVendor);
        m.put(ProfileField.VIRTUALIZATION_ENABLED, virtualizationEnabled);
        m.put(ProfileField.SLAT, slat);
        m.put(ProfileField.MACHINE, machine);
        m.put(ProfileField.HYPERVISOR, hypervisor);
        m.put(ProfileField.CLOUD, cloud);
        m.put(ProfileField.VM_SIZE, vmSize);
        m.put(ProfileField.NESTED_VIRTUALIZATION, nestedVirtualization);
        m.put(ProfileField.HYPER_V, hyperV);
        m.put(ProfileField.CONTAINERS_FEATURE, containersFeature);
        m.put(ProfileField.WSL, wsl);
        m.put(ProfileField.VIRTUAL_MACHINE_PLATFORM, virtualMachinePlatform);
        m.put(ProfileField.VIRTUAL_BOX, virtualBox);
        m.put(ProfileField.VMWARE_WORKSTATION, vmwareWorkstation);
        m.put(ProfileField.DOCKER_DESKTOP, dockerDesktop);
        m.put(ProfileField.ADMIN, admin);
        m.put(ProfileField.PURPOSE, purpose);
        m.put(ProfileField.ISOLATION, isolation);
        m.put(ProfileField.WINDOWS_IMAGE, windowsImage);
        m.put(ProfileField.WINDOWS_IMAGE_VERSION, windowsImageVersion);
        m.put(ProfileField.ORCHESTRATION, orchestration);
        m.put(ProfileField.ORGANIZATION, organization);
        java.util.Set<ProfileField> missing = java.util.EnumSet.allOf(ProfileField.class);
        missing.removeAll(m.keySet());
        missing.remove(ProfileField.CONTAINERS);
        if (!missing.isEmpty()) {
            // a row added to the table without its answer here: said at once, not as a null later
            throw new IllegalStateException(
                    "ProfileDraft holds no property for "
                            + missing
                            + ": add one per row of ProfileField");
        }
        return m;
    }

    /**
     * The answers as the validator reads them: choices and yes/no typed, numbers as typed. Answers
     * hidden by other answers (VM details of a physical machine, the installation option of a
     * client, LTSC and S mode unless yes, the EditionID unless given) stay in the draft but are
     * left out.
     */
    public RawValue.Fields answers() {
        Map<ProfileField, RawValue> answers = new EnumMap<>(ProfileField.class);
        fields.forEach((field, property) -> answers.put(field, answer(field, property.getValue())));
        boolean serverOption =
                edition.get() == null || isServer() || edition.get() == Edition.OTHER;
        if (!serverOption) {
            answers.put(ProfileField.SERVER_INSTALLATION, RawValue.Absent.NULL);
        }
        for (ProfileField later : ProfileField.LATER_ADDITIONS) {
            if (!later.written(fields.get(later).getValue())
                    || answers.get(later) == RawValue.Absent.NULL) {
                answers.remove(later); // only when they say something, as the profile writer does
            }
        }
        if (machine.get() == MachineKind.PHYSICAL) {
            for (ProfileField vmOnly : ProfileField.VM_ONLY) {
                answers.put(vmOnly, RawValue.Absent.NULL);
            }
        }
        List<RawValue> containers = new ArrayList<>();
        if (linux.get()) {
            containers.add(new RawValue.Typed(ContainerType.LINUX));
        }
        if (windows.get()) {
            containers.add(new RawValue.Typed(ContainerType.WINDOWS));
        }
        answers.put(
                ProfileField.CONTAINERS,
                containers.isEmpty() ? RawValue.Absent.NULL : new RawValue.Items(containers));
        return ProfileField.document(answers);
    }

    private static RawValue answer(ProfileField field, Object value) {
        if (value == null) {
            return RawValue.Absent.NULL;
        }
        return switch (field.kind().shape()) {
            case WHOLE, MEMORY ->
                    value instanceof String text ? number(text) : number(value.toString());
            case TEXT ->
                    ((String) value).isBlank()
                            ? RawValue.Absent.NULL
                            : new RawValue.Text(((String) value).strip());
            default -> new RawValue.Typed(value);
        };
    }

    /** The answers as JSON, exactly as typed (the autosave). */
    public JsonNode toTree() {
        return RawValue.toJson(answers());
    }

    /**
     * Replaces every answer with what the document holds; values it can't use become "don't know".
     */
    public void load(JsonNode root) {
        RawValue document = RawValue.of(root);
        loading = true;
        try {
            fields.forEach((field, property) -> set(property, field, field.in(document)));
            boolean l = false;
            boolean win = false;
            if (ProfileField.CONTAINERS.in(document) instanceof RawValue.Items items) {
                for (RawValue c : items.items()) {
                    l |= c instanceof RawValue.Text t && t.text().equals(ContainerType.LINUX.id());
                    win |=
                            c instanceof RawValue.Text t
                                    && t.text().equals(ContainerType.WINDOWS.id());
                }
            }
            linux.set(l);
            windows.set(win);
        } finally {
            loading = false;
        }
        revision.set(revision.get() + 1);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void set(Property<?> property, ProfileField field, RawValue value) {
        Property<Object> p = (Property<Object>) property;
        switch (field.kind().shape()) {
            case CHOICE ->
                    p.setValue(
                            value instanceof RawValue.Text t
                                    ? Identified.parse((Class) field.kind().choices(), t.text())
                                            .orElse(null)
                                    : null);
            case FLAG -> p.setValue(value instanceof RawValue.Bool b ? b.value() : null);
            case WHOLE -> {
                if (property instanceof StringProperty) {
                    p.setValue(text(value));
                } else {
                    // the WSL version is a choice of 0, 1 or 2
                    p.setValue(
                            value instanceof RawValue.Number n
                                            && n.integral()
                                            && n.value().intValue() >= field.kind().min()
                                            && n.value().intValue() <= field.kind().max()
                                    ? n.value().intValue()
                                    : null);
                }
            }
            default -> p.setValue(text(value));
        }
    }

    /**
     * What a text field shows for a value: text and numbers as written (16.0 as 16), anything else
     * nothing.
     */
    private static String text(RawValue value) {
        if (value instanceof RawValue.Bool b) {
            return Boolean.toString(b.value());
        }
        return RawValue.shown(value).orElse("");
    }

    /** Starts over with every answer unknown. */
    public void clear() {
        load(JsonNodeFactory.instance.objectNode());
    }

    /**
     * A number when the text is one, else the text itself so the validator can say what is wrong.
     */
    static RawValue number(String value) {
        if (value == null || value.isBlank()) {
            return RawValue.Absent.NULL;
        }
        String v = value.strip();
        try {
            long whole = Long.parseLong(v);
            return new RawValue.Number(BigDecimal.valueOf(whole), true, Long.toString(whole));
        } catch (NumberFormatException notWhole) {
            try {
                double d = Double.parseDouble(v.replace(',', '.'));
                if (Double.isFinite(d) && v.matches("[-+]?[0-9]*[.,]?[0-9]+")) {
                    return new RawValue.Number(BigDecimal.valueOf(d), false, Double.toString(d));
                }
            } catch (NumberFormatException ignored) {
                // falls through to text
            }
            return new RawValue.Text(v);
        }
    }

    /** Optional view of a text answer. */
    public static Optional<String> present(StringProperty p) {
        return p.get() == null || p.get().isBlank()
                ? Optional.empty()
                : Optional.of(p.get().strip());
    }
}
