package dev.dockwise.profile;

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
import dev.dockwise.engine.model.Profile;
import dev.dockwise.engine.model.Purpose;
import dev.dockwise.engine.model.ServerInstallation;
import dev.dockwise.engine.model.WindowsImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every answer of a {@code dockwise.profile/v1} document (SPEC section 2), once, in the order a
 * profile is written: where it sits, what kind of value it takes (with the words of its problems);
 * in the engine's model it is the component of the same name of its object's record ({@link
 * ModelAssembly}). The validator checks these, the writer writes these, the wizard's draft holds
 * one answer for each, and a problem's path says which wizard step shows it.
 */
public enum ProfileField {
    NAME(Group.TOP, ProfileFields.NAME, Kind.TEXT, Probe.NEVER),
    EDITION(Group.HOST, ProfileFields.EDITION, Kind.choice(Edition.class), Probe.READS),
    /**
     * Added after v1 shipped: the raw EditionID, optional, written only when known (editions v1
     * can't name, evaluation, Semi-Annual Channel).
     */
    EDITION_ID(Group.HOST, ProfileFields.EDITION_ID, Kind.TEXT, Probe.WHEN_SET),
    /**
     * Added after v1 shipped: optional, written only when true, so other v1 readers see it only on
     * LTSC hosts.
     */
    LTSC(Group.HOST, ProfileFields.LTSC, Kind.FLAG, Probe.WHEN_SET),
    /** Added after v1 shipped: Windows in S mode, optional, written only when true. */
    S_MODE(Group.HOST, ProfileFields.S_MODE, Kind.FLAG, Probe.WHEN_SET),
    BUILD(
            Group.HOST,
            ProfileFields.BUILD,
            Kind.whole(
                    1,
                    ProfileValidator.MAX_BUILD,
                    "an OS build number such as 22631",
                    "Type the OS build number in digits, e.g. 22631"),
            Probe.READS),
    UBR(
            Group.HOST,
            ProfileFields.UBR,
            Kind.whole(
                    0,
                    999_999,
                    "the update build revision such as 4460",
                    "Type the update build revision in digits, e.g. 4460"),
            Probe.READS),
    ARCH(Group.HOST, ProfileFields.ARCH, Kind.choice(Arch.class), Probe.READS),
    MEMORY_GB(Group.HOST, ProfileFields.MEMORY_GB, Kind.MEMORY, Probe.READS),
    SERVER_INSTALLATION(
            Group.HOST,
            ProfileFields.SERVER_INSTALLATION,
            Kind.choice(ServerInstallation.class),
            Probe.WHEN_SET),
    CPU_VENDOR(Group.CPU, ProfileFields.VENDOR, Kind.choice(CpuVendor.class), Probe.READS),
    VIRTUALIZATION_ENABLED(Group.CPU, ProfileFields.VIRTUALIZATION_ENABLED, Kind.FLAG, Probe.READS),
    SLAT(Group.CPU, ProfileFields.SLAT, Kind.FLAG, Probe.HIDDEN_IN_VM),
    MACHINE(Group.HOST, ProfileFields.MACHINE, Kind.choice(MachineKind.class), Probe.READS),
    HYPERVISOR(
            Group.HOST,
            ProfileFields.HYPERVISOR,
            Kind.choice(HypervisorKind.class),
            Probe.WHEN_SET),
    CLOUD(Group.HOST, ProfileFields.CLOUD, Kind.choice(Cloud.class), Probe.WHEN_SET),
    VM_SIZE(Group.HOST, ProfileFields.VM_SIZE, Kind.TEXT, Probe.WHEN_SET),
    NESTED_VIRTUALIZATION(Group.HOST, ProfileFields.NESTED_VIRTUALIZATION, Kind.FLAG, Probe.IN_VM),
    HYPER_V(Group.FEATURES, ProfileFields.HYPER_V, Kind.FLAG, Probe.READS),
    CONTAINERS_FEATURE(Group.FEATURES, ProfileFields.CONTAINERS, Kind.FLAG, Probe.READS),
    WSL(
            Group.FEATURES,
            ProfileFields.WSL,
            Kind.listed(0, 2, "0 (none), 1 or 2", "Choose 0 (none), 1 or 2"),
            Probe.READS),
    VIRTUAL_MACHINE_PLATFORM(
            Group.FEATURES, ProfileFields.VIRTUAL_MACHINE_PLATFORM, Kind.FLAG, Probe.READS),
    VIRTUAL_BOX(Group.SOFTWARE, ProfileFields.VIRTUAL_BOX, Kind.VERSION, Probe.WHEN_SET),
    VMWARE_WORKSTATION(
            Group.SOFTWARE, ProfileFields.VMWARE_WORKSTATION, Kind.VERSION, Probe.WHEN_SET),
    DOCKER_DESKTOP(Group.SOFTWARE, ProfileFields.DOCKER_DESKTOP, Kind.VERSION, Probe.WHEN_SET),
    ADMIN(Group.HOST, ProfileFields.ADMIN, Kind.FLAG, Probe.READS),
    CONTAINERS(Group.NEEDS, ProfileFields.CONTAINERS, Kind.CONTAINER_TYPES, Probe.NEVER),
    PURPOSE(Group.NEEDS, ProfileFields.PURPOSE, Kind.choice(Purpose.class), Probe.NEVER),
    ISOLATION(Group.NEEDS, ProfileFields.ISOLATION, Kind.choice(Isolation.class), Probe.NEVER),
    WINDOWS_IMAGE(
            Group.NEEDS, ProfileFields.WINDOWS_IMAGE, Kind.choice(WindowsImage.class), Probe.NEVER),
    WINDOWS_IMAGE_VERSION(
            Group.NEEDS,
            ProfileFields.WINDOWS_IMAGE_VERSION,
            Kind.choice(ImageVersion.class),
            Probe.NEVER),
    ORCHESTRATION(
            Group.NEEDS,
            ProfileFields.ORCHESTRATION,
            Kind.choice(Orchestration.class),
            Probe.NEVER),
    ORGANIZATION(
            Group.NEEDS, ProfileFields.ORGANIZATION, Kind.choice(Organization.class), Probe.NEVER);

    /**
     * Added to v1 after it shipped: a profile without them is what v1 always was, so they are
     * written only when they say something (a value; for the flags, true), and another tool's
     * strict v1 reader meets them only on the hosts they are about.
     */
    public static final List<ProfileField> LATER_ADDITIONS = List.of(EDITION_ID, LTSC, S_MODE);

    /** Whether a later addition says something here and is written; every v1 field always is. */
    public boolean written(Object value) {
        if (!LATER_ADDITIONS.contains(this)) {
            return true;
        }
        return kind.shape() == Kind.Shape.FLAG ? Boolean.TRUE.equals(value) : value != null;
    }

    /**
     * Answers about a virtual machine: meaningless on a physical one (the validator refuses them
     * there, the wizard leaves them out).
     */
    public static final List<ProfileField> VM_ONLY =
            List.of(HYPERVISOR, CLOUD, VM_SIZE, NESTED_VIRTUALIZATION);

    /** What the probe ({@code dockwise probe}, Assess this computer) does with an answer. */
    public enum Probe {
        /** Read on every host: left empty, it could not tell. */
        READS,
        /** Empty is an answer in itself (no hypervisor, nothing installed): found when set. */
        WHEN_SET,
        /** Read on hardware; hidden inside a virtual machine, where empty is no finding. */
        HIDDEN_IN_VM,
        /** Only means anything in a virtual machine, and read there. */
        IN_VM,
        /** The person's answer (what they need, the profile's name): never probed. */
        NEVER
    }

    /** The objects of a profile; each sits in its parent under its name. */
    public enum Group {
        TOP(null, ""),
        HOST(TOP, ProfileFields.HOST),
        CPU(HOST, ProfileFields.CPU),
        FEATURES(HOST, ProfileFields.FEATURES),
        SOFTWARE(HOST, ProfileFields.SOFTWARE),
        NEEDS(TOP, ProfileFields.NEEDS);

        /** Holds a nested object's place in its parent until the object is built. */
        static final RawValue PENDING = RawValue.Absent.MISSING;

        private final Group parent;
        private final String name;

        Group(Group parent, String name) {
            this.parent = parent;
            this.name = name;
        }

        public Optional<Group> parent() {
            return Optional.ofNullable(parent);
        }

        public String fieldName() {
            return name;
        }

        /** "host.cpu"; "" for the document itself. */
        public String path() {
            return parent == null ? "" : parent == TOP ? name : parent.path() + "." + name;
        }

        /**
         * Whether a problem's path ("host", "host.cpu.vendor", "needs.containers[1]") is in this
         * group.
         */
        public boolean holds(String path) {
            String mine = path();
            return mine.isEmpty()
                    || path.equals(mine)
                    || path.startsWith(mine + ".")
                    || path.startsWith(mine + "[");
        }

        /** Whether the group is this one or inside it. */
        public boolean within(Group ancestor) {
            return this == ancestor || (parent != null && parent.within(ancestor));
        }
    }

    /**
     * What a field takes, and how its problems are worded for the profile and for the wizard; the
     * wizard's draft holds each answer as its kind says (text as typed, a choice, a yes/no, one of
     * a few numbers, a set of choices). {@code choices} are the answers to choose from (a {@link
     * Shape#CHOICE}, or the members of a {@link Shape#CONTAINER_TYPES}); {@code listed} is a whole
     * number the wizard offers as a choice of its few values instead of a text box.
     */
    public record Kind(
            Shape shape,
            Class<? extends Identified> choices,
            int min,
            int max,
            String hint,
            String ask,
            boolean listed) {
        public enum Shape {
            CHOICE,
            FLAG,
            WHOLE,
            MEMORY,
            TEXT,
            CONTAINER_TYPES
        }

        static final Kind FLAG = new Kind(Shape.FLAG, null, 0, 0, null, null, false);
        static final Kind TEXT = new Kind(Shape.TEXT, null, 0, 0, null, null, false);

        /**
         * An installed version (SPEC: host.software.*): text that starts with its number, as
         * "7.1.4r165100" or "4.49.0 (208700)" do.
         */
        static final Kind VERSION =
                new Kind(
                        Shape.TEXT,
                        null,
                        0,
                        0,
                        "a version number such as 7.1.4",
                        "Type the version in digits, such as 7.1.4",
                        false);

        static final Kind MEMORY = new Kind(Shape.MEMORY, null, 0, 0, null, null, false);
        static final Kind CONTAINER_TYPES =
                new Kind(Shape.CONTAINER_TYPES, ContainerType.class, 0, 0, null, null, false);

        static Kind choice(Class<? extends Identified> type) {
            return new Kind(Shape.CHOICE, type, 0, 0, null, null, false);
        }

        /**
         * {@code hint} completes the profile's message, {@code ask} starts the wizard's ("Type the
         * ... in digits").
         */
        static Kind whole(int min, int max, String hint, String ask) {
            return new Kind(Shape.WHOLE, null, min, max, hint, ask, false);
        }

        /** A whole number of a few values, which the wizard offers to pick from. */
        static Kind listed(int min, int max, String hint, String ask) {
            return new Kind(Shape.WHOLE, null, min, max, hint, ask, true);
        }
    }

    private final Group group;
    private final String name;
    private final Kind kind;
    private final Probe probe;
    private final String path;

    ProfileField(Group group, String name, Kind kind, Probe probe) {
        this.group = group;
        this.name = name;
        this.kind = kind;
        this.probe = probe;
        this.path = group == Group.TOP ? name : group.path() + "." + name;
    }

    public Group group() {
        return group;
    }

    /** The name inside its object: "build". */
    public String fieldName() {
        return name;
    }

    /** The path problems name: "host.cpu.vendor". */
    public String path() {
        return path;
    }

    public Kind kind() {
        return kind;
    }

    /** What the probe does with this answer. */
    public Probe probe() {
        return probe;
    }

    /**
     * The field's value in the engine's model of a profile (null when unknown): its record's
     * component of the same name.
     */
    public Object of(Profile profile) {
        return ModelAssembly.valueOf(this, profile);
    }

    /**
     * This field's value in a document; {@link RawValue.Absent#MISSING} when it or its object is
     * not there.
     */
    public RawValue in(RawValue document) {
        List<Group> chain = new ArrayList<>();
        for (Group g = group; g != Group.TOP; g = g.parent) {
            chain.add(0, g);
        }
        RawValue at = document;
        for (Group g : chain) {
            at = RawValue.at(at, g.name);
        }
        return RawValue.at(at, name);
    }

    /**
     * A v1 document of these answers (the rest absent), laid out as the table says: what the
     * validator reads.
     */
    public static RawValue.Fields document(Map<ProfileField, RawValue> answers) {
        Map<Group, Map<String, RawValue>> objects = new EnumMap<>(Group.class);
        Map<String, RawValue> top = new LinkedHashMap<>();
        top.put(ProfileFields.SCHEMA, new RawValue.Text(Profile.SCHEMA));
        objects.put(Group.TOP, top);
        for (ProfileField field : values()) {
            RawValue value = answers.get(field);
            if (value != null) {
                objectFor(field.group, objects).put(field.name, value);
            }
        }
        return (RawValue.Fields) build(Group.TOP, objects);
    }

    private static Map<String, RawValue> objectFor(
            Group group, Map<Group, Map<String, RawValue>> objects) {
        Map<String, RawValue> existing = objects.get(group);
        if (existing == null) {
            existing = new LinkedHashMap<>();
            objectFor(group.parent, objects).put(group.name, Group.PENDING);
            objects.put(group, existing);
        }
        return existing;
    }

    private static RawValue build(Group group, Map<Group, Map<String, RawValue>> objects) {
        Map<String, RawValue> fields = new LinkedHashMap<>(objects.get(group));
        for (Group inner : Group.values()) {
            if (inner.parent == group && objects.containsKey(inner)) {
                fields.put(inner.name, build(inner, objects));
            }
        }
        return new RawValue.Fields(fields);
    }

    /** The field a problem's path names ("needs.containers[1]" is {@link #CONTAINERS}). */
    public static Optional<ProfileField> at(String path) {
        String clean = path.replaceAll("\\[\\d+]$", "");
        return Arrays.stream(values()).filter(f -> f.path().equals(clean)).findFirst();
    }

    /**
     * The names inside a group in the order they are written: its fields and the groups within it,
     * each where its first field is.
     */
    public static List<String> namesIn(Group group) {
        return NAMES.get(group);
    }

    /** Computed once: the validator asks for every object of every profile it checks. */
    private static final Map<Group, List<String>> NAMES = new EnumMap<>(Group.class);

    static {
        for (Group g : Group.values()) {
            NAMES.put(g, layOut(g));
        }
    }

    private static List<String> layOut(Group group) {
        List<String> names = new ArrayList<>();
        if (group == Group.TOP) {
            names.add(ProfileFields.SCHEMA);
        }
        for (ProfileField f : values()) {
            String name =
                    f.group == group
                            ? f.name
                            : childOf(group, f.group).map(Group::fieldName).orElse(null);
            if (name != null && !names.contains(name)) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }

    /** The group directly inside {@code group} that holds {@code inner}, if any. */
    static Optional<Group> childOf(Group group, Group inner) {
        for (Group g = inner; g.parent != null; g = g.parent) {
            if (g.parent == group) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }
}
