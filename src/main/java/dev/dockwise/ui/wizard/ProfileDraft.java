package dev.dockwise.ui.wizard;

import dev.dockwise.engine.model.ContainerType;
import dev.dockwise.engine.model.Edition;
import dev.dockwise.engine.model.Identified;
import dev.dockwise.engine.model.MachineKind;
import dev.dockwise.profile.ProfileField;
import dev.dockwise.profile.RawValue;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The wizard's answers: one property per row of {@link ProfileField}'s table, made from the row's
 * kind (text, numbers and versions as the text the user typed, so an invalid entry is marked but
 * never thrown away; a choice, a yes/no or one of a few numbers typed; the container types a set).
 * Null means "don't know". {@link #answers()} hands them to the profile validator, the one place
 * validation lives; {@link #held()} and {@link #load(RawValue)} keep and restore them as held.
 */
public final class ProfileDraft {
    private final Map<ProfileField, Property<?>> fields = new EnumMap<>(ProfileField.class);
    private final IntegerProperty revision = new SimpleIntegerProperty(this, "revision");
    private boolean loading;

    public ProfileDraft() {
        for (ProfileField field : ProfileField.values()) {
            Property<?> property = propertyFor(field);
            property.addListener(
                    o -> {
                        if (!loading) {
                            revision.set(revision.get() + 1);
                        }
                    });
            fields.put(field, property);
        }
    }

    /** The property a row's kind asks for: an exhaustive switch, so a new kind is asked here. */
    private Property<?> propertyFor(ProfileField field) {
        String name = field.path();
        return switch (field.kind().shape()) {
            case TEXT, MEMORY -> new SimpleStringProperty(this, name, "");
            case WHOLE ->
                    field.kind().listed()
                            ? new SimpleObjectProperty<Integer>(this, name)
                            : new SimpleStringProperty(this, name, "");
            case CHOICE, FLAG -> new SimpleObjectProperty<>(this, name);
            case CONTAINER_TYPES -> new SimpleObjectProperty<Set<?>>(this, name, Set.of());
        };
    }

    /** Goes up by one on every change of an answer (once per load). */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision;
    }

    /** The property that holds a row's answer. */
    public Property<?> property(ProfileField field) {
        return fields.get(field);
    }

    /** A text, version or number row's answer, exactly as typed ("" when not given). */
    public StringProperty text(ProfileField field) {
        if (fields.get(field) instanceof StringProperty text) {
            return text;
        }
        throw notA(field, "text");
    }

    /** A yes/no row's answer. */
    @SuppressWarnings("unchecked")
    public ObjectProperty<Boolean> flag(ProfileField field) {
        if (field.kind().shape() != ProfileField.Kind.Shape.FLAG) {
            throw notA(field, "yes/no");
        }
        return (ObjectProperty<Boolean>) fields.get(field);
    }

    /** A choice row's answer, of the row's own type. */
    @SuppressWarnings("unchecked")
    public <E extends Identified> ObjectProperty<E> choice(ProfileField field, Class<E> type) {
        if (field.kind().shape() != ProfileField.Kind.Shape.CHOICE
                || field.kind().choices() != type) {
            throw notA(field, "choice of " + type.getSimpleName());
        }
        return (ObjectProperty<E>) fields.get(field);
    }

    /** A whole-number row offered as a choice of its few values (the WSL version). */
    @SuppressWarnings("unchecked")
    public ObjectProperty<Integer> listed(ProfileField field) {
        if (field.kind().shape() != ProfileField.Kind.Shape.WHOLE || !field.kind().listed()) {
            throw notA(field, "listed number");
        }
        return (ObjectProperty<Integer>) fields.get(field);
    }

    /** A row that takes several of its choices (the container types); never null when set here. */
    @SuppressWarnings("unchecked")
    public <E extends Identified> ObjectProperty<Set<E>> choices(
            ProfileField field, Class<E> type) {
        if (field.kind().shape() != ProfileField.Kind.Shape.CONTAINER_TYPES
                || field.kind().choices() != type) {
            throw notA(field, "set of " + type.getSimpleName());
        }
        return (ObjectProperty<Set<E>>) fields.get(field);
    }

    private static IllegalArgumentException notA(ProfileField field, String what) {
        return new IllegalArgumentException(
                field + " is a " + field.kind().shape() + " row, not a " + what);
    }

    private Edition edition() {
        return choice(ProfileField.EDITION, Edition.class).get();
    }

    /** A Windows Server edition: the installation option is asked only then. */
    public boolean isServer() {
        return edition() != null && edition().isServer();
    }

    /** The raw EditionID is asked only when the edition is none of the listed ones. */
    public boolean otherEdition() {
        return edition() == Edition.OTHER;
    }

    /**
     * S mode is a configuration of Windows 10 and 11 clients; the question is shown only for them.
     */
    public boolean mayBeInSMode() {
        return edition() != null && edition() != Edition.OTHER && !edition().isServer();
    }

    /** Enterprise and IoT Enterprise come as LTSC too; the question is shown only for them. */
    public boolean mayBeLtsc() {
        return edition() != null && edition().hasLtsc();
    }

    public boolean isVirtual() {
        return choice(ProfileField.MACHINE, MachineKind.class).get() == MachineKind.VIRTUAL;
    }

    /** Whether this kind of container is among the answers. */
    public boolean runs(ContainerType type) {
        Set<ContainerType> types = choices(ProfileField.CONTAINERS, ContainerType.class).get();
        return types != null && types.contains(type);
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
        boolean serverOption = edition() == null || isServer() || edition() == Edition.OTHER;
        if (!serverOption) {
            answers.put(ProfileField.SERVER_INSTALLATION, RawValue.Absent.NULL);
        }
        for (ProfileField later : ProfileField.LATER_ADDITIONS) {
            if (!later.written(fields.get(later).getValue())
                    || answers.get(later) == RawValue.Absent.NULL) {
                answers.remove(later); // only when they say something, as the profile writer does
            }
        }
        if (choice(ProfileField.MACHINE, MachineKind.class).get() == MachineKind.PHYSICAL) {
            for (ProfileField vmOnly : ProfileField.VM_ONLY) {
                answers.put(vmOnly, RawValue.Absent.NULL);
            }
        }
        return ProfileField.document(answers);
    }

    private static RawValue answer(ProfileField field, Object value) {
        if (value == null) {
            return RawValue.Absent.NULL;
        }
        return switch (field.kind().shape()) {
            case WHOLE, MEMORY -> number(value.toString());
            case TEXT ->
                    ((String) value).isBlank()
                            ? RawValue.Absent.NULL
                            : new RawValue.Text(((String) value).strip());
            case CONTAINER_TYPES -> members((Set<?>) value, field);
            default -> new RawValue.Typed(value);
        };
    }

    /** The chosen members in the order of their type (an empty set is unknown). */
    private static RawValue members(Set<?> chosen, ProfileField field) {
        if (chosen.isEmpty()) {
            return RawValue.Absent.NULL;
        }
        return new RawValue.Items(
                Arrays.stream(field.kind().choices().getEnumConstants())
                        .filter(chosen::contains)
                        .<RawValue>map(RawValue.Typed::new)
                        .toList());
    }

    /**
     * Every answer exactly as held, hidden ones too and text as typed, laid out as a profile: what
     * the autosave keeps, so that {@link #load(RawValue)} gives the same draft back.
     */
    public RawValue.Fields held() {
        Map<ProfileField, RawValue> held = new EnumMap<>(ProfileField.class);
        fields.forEach((field, property) -> held.put(field, held(field, property.getValue())));
        return ProfileField.document(held);
    }

    private static RawValue held(ProfileField field, Object value) {
        if (value == null || "".equals(value)) {
            return RawValue.Absent.NULL;
        }
        if (value instanceof String text) {
            return new RawValue.Text(text); // not stripped, not parsed: as typed
        }
        if (value instanceof Integer) {
            return number(value.toString());
        }
        if (value instanceof Set<?> set) {
            return members(set, field);
        }
        return new RawValue.Typed(value);
    }

    /**
     * Replaces every answer with what a document holds (a profile file as written, or what {@link
     * #held()} kept); values it can't use become "don't know", text and numbers stay as written.
     */
    public void load(RawValue document) {
        loading = true;
        try {
            fields.forEach((field, property) -> set(property, field, field.in(document)));
        } finally {
            loading = false;
        }
        revision.set(revision.get() + 1);
    }

    @SuppressWarnings("unchecked")
    private static void set(Property<?> property, ProfileField field, RawValue value) {
        Property<Object> p = (Property<Object>) property;
        ProfileField.Kind kind = field.kind();
        switch (kind.shape()) {
            case CHOICE -> p.setValue(choiceIn(kind.choices(), value).orElse(null));
            case FLAG -> p.setValue(flagIn(value));
            case CONTAINER_TYPES -> {
                Set<Object> chosen = new HashSet<>();
                if (value instanceof RawValue.Items items) {
                    items.items()
                            .forEach(item -> choiceIn(kind.choices(), item).ifPresent(chosen::add));
                }
                p.setValue(Collections.unmodifiableSet(chosen));
            }
            default -> {
                if (property instanceof StringProperty) {
                    p.setValue(text(value));
                } else {
                    // a listed whole number (the WSL version: 0, 1 or 2)
                    p.setValue(
                            value instanceof RawValue.Number n
                                            && n.integral()
                                            && n.value().intValue() >= kind.min()
                                            && n.value().intValue() <= kind.max()
                                    ? n.value().intValue()
                                    : null);
                }
            }
        }
    }

    /** A yes/no as written in a file or as the wizard holds it; null for anything else. */
    private static Boolean flagIn(RawValue value) {
        if (value instanceof RawValue.Bool written) {
            return written.value();
        }
        if (value instanceof RawValue.Typed typed && typed.value() instanceof Boolean held) {
            return held;
        }
        return null;
    }

    /** A choice as written in a file ("pro") or as the wizard holds it (typed). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Optional<Object> choiceIn(Class<? extends Identified> type, RawValue value) {
        if (value instanceof RawValue.Typed t && type.isInstance(t.value())) {
            return Optional.of(t.value());
        }
        return value instanceof RawValue.Text t
                ? Identified.parse((Class) type, t.text())
                : Optional.empty();
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
        load(RawValue.Absent.MISSING);
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
