package dev.dockwise.profile;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockwise.engine.model.ContainerType;
import dev.dockwise.engine.model.Edition;
import dev.dockwise.engine.model.Identified;
import dev.dockwise.engine.model.MachineKind;
import dev.dockwise.engine.model.Profile;
import dev.dockwise.profile.ProfileField.Group;
import dev.dockwise.profile.RawValue.Absent;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a profile against dockwise.profile/v1, field by field as {@link ProfileField}'s table
 * says, and builds the engine's model from it in the same pass: every problem with its field path
 * (so the wizard can mark each field at once), and the profile with each answer that has a problem
 * taken as unknown (so the wizard's advice stays live while the user types). This is the only place
 * profile validation lives.
 */
public final class ProfileValidator {
    public static final int MAX_BUILD = 99_999;
    public static final double MAX_MEMORY_GB = 65_536;
    static final int MAX_TEXT = 200;
    private static final Pattern SCHEMA = Pattern.compile("dockwise\\.profile/v(\\d+)");

    /**
     * A version number first ("7", "7.1.4"), then anything not continuing it ("r165100", "
     * (208700)", "-beta").
     */
    private static final Pattern VERSION = Pattern.compile("\\d+(\\.\\d+)*([^\\d.].*)?");

    /**
     * A checked profile: its problems, and the profile with every answer that has one taken as
     * unknown.
     */
    public record Checked(Profile usable, List<ProfileProblem> problems) {
        public Checked {
            problems = List.copyOf(problems);
        }

        /** The profile when there is no problem. */
        public Profile profile() throws InvalidProfileException {
            if (!problems.isEmpty()) {
                throw new InvalidProfileException(problems);
            }
            return usable;
        }
    }

    private final List<ProfileProblem> problems = new ArrayList<>();
    private final Map<ProfileField, Object> values = new EnumMap<>(ProfileField.class);

    private ProfileValidator() {}

    /** The profile, or every problem found in it. */
    public static Profile validate(JsonNode root) throws InvalidProfileException {
        return check(RawValue.of(root)).profile();
    }

    /** Every problem in the document; empty when it is a valid profile. */
    public static List<ProfileProblem> problemsIn(JsonNode root) {
        return check(RawValue.of(root)).problems();
    }

    /** Checks a document or the wizard's answers in one pass. */
    public static Checked check(RawValue root) {
        ProfileValidator v = new ProfileValidator();
        return new Checked(v.profile(root), v.problems);
    }

    private Profile profile(RawValue root) {
        if (!(root instanceof RawValue.Fields document)) {
            problem("", "a profile is a JSON object, got " + root.describe());
            return new Profile(null, null, null);
        }
        onlyKnownFields(document, Group.TOP);
        schema(document.get(ProfileFields.SCHEMA));
        Map<Group, RawValue.Fields> groups = new EnumMap<>(Group.class);
        groups.put(Group.TOP, document);
        for (ProfileField field : ProfileField.values()) {
            if (field == ProfileField.CONTAINERS) {
                hostRules(); // after every host answer, before the needs, as the problems are
                // listed
            }
            groupOf(field.group(), groups)
                    .ifPresent(
                            object -> {
                                Object value = value(field, object.get(field.fieldName()));
                                if (value != null) {
                                    values.put(field, value);
                                }
                            });
        }
        return assemble();
    }

    /**
     * The object holding a group's fields, checked the first time one of its fields is asked for;
     * empty when it is absent, null or not an object (its answers are then unknown).
     */
    private Optional<RawValue.Fields> groupOf(Group group, Map<Group, RawValue.Fields> seen) {
        if (seen.containsKey(group)) {
            return Optional.ofNullable(seen.get(group));
        }
        Optional<RawValue.Fields> parent = group.parent().flatMap(p -> groupOf(p, seen));
        RawValue.Fields object = null;
        if (parent.isPresent()) {
            RawValue node = parent.get().get(group.fieldName());
            if (node instanceof RawValue.Fields fields) {
                object = fields;
                onlyKnownFields(fields, group);
            } else if (!(node instanceof Absent)) {
                problem(group.path(), "expected an object, got " + node.describe());
            }
        }
        seen.put(group, object);
        return Optional.ofNullable(object);
    }

    private Object value(ProfileField field, RawValue raw) {
        ProfileField.Kind kind = field.kind();
        return switch (kind.shape()) {
            case CHOICE -> choice(raw, field.path(), kind.choices());
            case FLAG -> flag(raw, field.path());
            case WHOLE -> whole(raw, field.path(), kind);
            case MEMORY -> memory(raw, field.path());
            case TEXT ->
                    kind.hint() == null
                            ? text(raw, field.path())
                            : version(raw, field.path(), kind);
            case CONTAINER_TYPES -> containers(raw, field.path());
        };
    }

    private void schema(RawValue node) {
        if (node instanceof Absent) {
            problem(ProfileFields.SCHEMA, "missing: expected \"" + Profile.SCHEMA + "\"");
            return;
        }
        if (!(node instanceof RawValue.Text text)) {
            problem(
                    ProfileFields.SCHEMA,
                    "expected the string \"" + Profile.SCHEMA + "\", got " + node.describe());
            return;
        }
        Matcher m = SCHEMA.matcher(text.text());
        if (m.matches()
                && !text.text().equals(Profile.SCHEMA)
                && m.group(1).length() < 6
                && Integer.parseInt(m.group(1)) > 1) {
            problem(
                    ProfileFields.SCHEMA,
                    "this profile is "
                            + text.text()
                            + ", newer than this version of Dockwise reads ("
                            + Profile.SCHEMA
                            + "): update Dockwise to open it");
        } else if (!text.text().equals(Profile.SCHEMA)) {
            problem(
                    ProfileFields.SCHEMA,
                    "expected \"" + Profile.SCHEMA + "\", got " + node.describe());
        }
    }

    /**
     * Answers that only make sense with others; the one that contradicts is reported and taken as
     * unknown.
     */
    private void hostRules() {
        Edition edition = (Edition) values.get(ProfileField.EDITION);
        if (values.containsKey(ProfileField.SERVER_INSTALLATION)
                && edition != null
                && !edition.isServer()
                && edition != Edition.OTHER) {
            values.remove(ProfileField.SERVER_INSTALLATION);
            problem(
                    ProfileField.SERVER_INSTALLATION.path(),
                    "only Windows Server editions have an installation option; host.edition is \""
                            + edition.id()
                            + "\"",
                    "Only Windows Server editions have this option: choose a Server edition first,"
                            + " or leave it as Don't know.");
        }
        if (Boolean.TRUE.equals(values.get(ProfileField.LTSC))
                && edition != null
                && !edition.hasLtsc()
                && edition != Edition.OTHER) {
            values.remove(ProfileField.LTSC);
            problem(
                    ProfileField.LTSC.path(),
                    "LTSC exists for Windows Enterprise and IoT Enterprise only; host.edition is \""
                            + edition.id()
                            + "\"",
                    "Only Windows Enterprise and IoT Enterprise come as LTSC: choose one of them,"
                            + " or set LTSC to No.");
        }
        if (Boolean.TRUE.equals(values.get(ProfileField.S_MODE))
                && edition != null
                && edition.isServer()) {
            values.remove(ProfileField.S_MODE);
            problem(
                    ProfileField.S_MODE.path(),
                    "S mode exists on Windows 10 and 11 client editions only; host.edition is \""
                            + edition.id()
                            + "\"",
                    "Only Windows 10 and 11 client editions run in S mode: set S mode to No for a"
                            + " Windows Server.");
        }
        if (values.get(ProfileField.MACHINE) == MachineKind.PHYSICAL) {
            for (ProfileField vmOnly : ProfileField.VM_ONLY) {
                if (values.remove(vmOnly) != null) {
                    problem(
                            vmOnly.path(),
                            "only applies to a virtual machine, but host.machine is \"physical\""
                                    + " (set it to null or make the machine \"virtual\")",
                            "This only applies to a virtual machine: choose Virtual machine under"
                                    + " Machine first, or leave it empty.");
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private <T> T get(ProfileField field) {
        return (T) values.get(field);
    }

    /**
     * The engine's model from the checked answers, assembled by name (see {@link ModelAssembly}).
     */
    private Profile assemble() {
        return ModelAssembly.profile(values);
    }

    private Set<ContainerType> containers(RawValue node, String path) {
        Set<ContainerType> result = EnumSet.noneOf(ContainerType.class);
        if (node instanceof Absent) {
            return result;
        }
        if (!(node instanceof RawValue.Items list)) {
            problem(path, "expected a list such as [\"linux\"], got " + node.describe());
            return result;
        }
        if (list.items().isEmpty()) {
            problem(
                    path,
                    "must name at least one container type: "
                            + String.join(", ", Identified.ids(ContainerType.class)),
                    "Choose at least one kind of container (Linux or Windows).");
            return result;
        }
        for (int i = 0; i < list.items().size(); i++) {
            RawValue item = list.items().get(i);
            Optional<ContainerType> type = parse(ContainerType.class, item);
            if (type.isEmpty()) {
                problem(
                        path + "[" + i + "]",
                        "expected one of "
                                + quoted(ContainerType.class)
                                + ", got "
                                + item.describe());
            } else if (!result.add(type.get())) {
                problem(path + "[" + i + "]", "\"" + type.get().id() + "\" is listed twice");
            }
        }
        return result;
    }

    // ---- field helpers ----

    private void onlyKnownFields(RawValue.Fields object, Group group) {
        List<String> known = ProfileField.namesIn(group);
        for (String field : object.fields().keySet()) {
            if (!known.contains(field)) {
                problem(
                        group == Group.TOP ? field : group.path() + "." + field,
                        "unknown field; expected one of " + String.join(", ", known));
            }
        }
    }

    private static <E extends Identified> Optional<E> parse(Class<E> type, RawValue node) {
        if (node instanceof RawValue.Typed typed && type.isInstance(typed.value())) {
            return Optional.of(type.cast(typed.value()));
        }
        if (node instanceof RawValue.Text text) {
            return identified(type, text.text());
        }
        return Optional.empty();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <E extends Identified> Optional<E> identified(Class<E> type, String id) {
        return (Optional<E>) Identified.parse((Class) type, id);
    }

    private Object choice(RawValue node, String path, Class<? extends Identified> type) {
        if (node instanceof Absent) {
            return null;
        }
        Optional<? extends Identified> value = parse(type, node);
        if (value.isEmpty()) {
            problem(path, "expected one of " + quoted(type) + " or null, got " + node.describe());
        }
        return value.orElse(null);
    }

    private Integer whole(RawValue node, String path, ProfileField.Kind kind) {
        if (node instanceof Absent) {
            return null;
        }
        if (!(node instanceof RawValue.Number n)
                || !n.fitsInt()
                || n.value().intValue() < kind.min()
                || n.value().intValue() > kind.max()) {
            problem(
                    path,
                    "expected a whole number from "
                            + kind.min()
                            + " to "
                            + kind.max()
                            + " ("
                            + kind.hint()
                            + "), got "
                            + node.describe(),
                    kind.ask() + " (" + kind.min() + " to " + kind.max() + ").");
            return null;
        }
        return n.value().intValue();
    }

    private Double memory(RawValue node, String path) {
        if (node instanceof Absent) {
            return null;
        }
        if (!(node instanceof RawValue.Number n)
                || !(n.value().doubleValue() > 0)
                || n.value().doubleValue() > MAX_MEMORY_GB) {
            problem(
                    path,
                    "expected the memory in GB, a number above 0 and at most "
                            + (long) MAX_MEMORY_GB
                            + ", got "
                            + node.describe(),
                    "Type the memory in GB, e.g. 16 (more than 0, at most "
                            + (long) MAX_MEMORY_GB
                            + ").");
            return null;
        }
        return n.value().doubleValue();
    }

    private Boolean flag(RawValue node, String path) {
        if (node instanceof Absent) {
            return null;
        }
        if (node instanceof RawValue.Bool b) {
            return b.value();
        }
        if (node instanceof RawValue.Typed t && t.value() instanceof Boolean b) {
            return b;
        }
        problem(path, "expected true, false or null (unknown), got " + node.describe());
        return null;
    }

    private String text(RawValue node, String path) {
        if (node instanceof Absent) {
            return null;
        }
        if (!(node instanceof RawValue.Text text)) {
            problem(path, "expected a string or null, got " + node.describe());
            return null;
        }
        Optional<String> wrong = TextRules.singleLineProblem(text.text(), MAX_TEXT);
        wrong.ifPresent(w -> problem(path, w));
        return wrong.isPresent() ? null : text.text();
    }

    /**
     * A version the engine can compare with its minimums ("seven" was taken, and silently assumed
     * recent enough); what follows the number (a build, a suffix) is kept as typed.
     */
    private String version(RawValue node, String path, ProfileField.Kind kind) {
        String text = text(node, path);
        if (text != null && !VERSION.matcher(text.strip()).matches()) {
            problem(
                    path,
                    "expected " + kind.hint() + ", got \"" + text + "\"",
                    kind.ask() + " (the number Help > About shows).");
            return null;
        }
        return text;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String quoted(Class<? extends Identified> type) {
        return String.join(
                ", ",
                ((List<String>) Identified.ids((Class) type))
                        .stream().map(id -> "\"" + id + "\"").toList());
    }

    private void problem(String path, String message) {
        problems.add(new ProfileProblem(path, message));
    }

    private void problem(String path, String message, String forUser) {
        problems.add(new ProfileProblem(path, message, forUser));
    }
}
