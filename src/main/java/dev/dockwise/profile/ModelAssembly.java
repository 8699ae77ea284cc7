package dev.dockwise.profile;

import dev.dockwise.engine.model.Cpu;
import dev.dockwise.engine.model.Features;
import dev.dockwise.engine.model.Host;
import dev.dockwise.engine.model.Needs;
import dev.dockwise.engine.model.Profile;
import dev.dockwise.engine.model.Software;
import dev.dockwise.profile.ProfileField.Group;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where the table meets the engine's model, by name: each object of a profile is one of the
 * engine's records ({@link Profile}, {@link Host}, {@link Cpu}, {@link Features}, {@link Software},
 * {@link Needs}), and each of its components is the field or the object of the same name. So a new
 * answer is a row of {@link ProfileField} and a component of its record, and nothing in between
 * lists the answers again (a positional {@code new Host(...)} did). A component with no row, or a
 * row with no component, stops the class from loading: it shows in every test, not in one profile.
 */
final class ModelAssembly {
    private static final Map<Group, Class<? extends Record>> RECORDS =
            new EnumMap<>(
                    Map.of(
                            Group.TOP,
                            Profile.class,
                            Group.HOST,
                            Host.class,
                            Group.CPU,
                            Cpu.class,
                            Group.FEATURES,
                            Features.class,
                            Group.SOFTWARE,
                            Software.class,
                            Group.NEEDS,
                            Needs.class));

    /** One component of a record: filled from a field, or from the object of a group inside. */
    private record Part(ProfileField field, Group inner, Method accessor) {}

    private record Shape(Constructor<? extends Record> constructor, List<Part> parts) {}

    private static final Map<Group, Shape> SHAPES = new EnumMap<>(Group.class);
    private static final Map<ProfileField, List<Method>> ACCESSORS =
            new EnumMap<>(ProfileField.class);

    static {
        List<String> mismatches = mismatches();
        if (!mismatches.isEmpty()) {
            throw new IllegalStateException(
                    "the profile table and the engine's records disagree: " + mismatches);
        }
    }

    private ModelAssembly() {}

    /**
     * Every component without a row or object of its name, and every row without a component (empty
     * when they agree).
     */
    static List<String> mismatches() {
        List<String> mismatches = new ArrayList<>();
        for (Group group : Group.values()) {
            Class<? extends Record> type = RECORDS.get(group);
            RecordComponent[] components = type.getRecordComponents();
            List<Part> parts = new ArrayList<>();
            for (RecordComponent component : components) {
                String name = component.getName();
                ProfileField field =
                        Arrays.stream(ProfileField.values())
                                .filter(f -> f.group() == group && f.fieldName().equals(name))
                                .findFirst()
                                .orElse(null);
                Group inner =
                        Arrays.stream(Group.values())
                                .filter(
                                        g ->
                                                g.parent().orElse(null) == group
                                                        && g.fieldName().equals(name))
                                .findFirst()
                                .orElse(null);
                if (field == null && inner == null) {
                    mismatches.add(
                            type.getSimpleName() + "." + name + " has no row in ProfileField");
                }
                parts.add(new Part(field, inner, component.getAccessor()));
            }
            try {
                Class<?>[] types =
                        Arrays.stream(components)
                                .map(RecordComponent::getType)
                                .toArray(Class<?>[]::new);
                SHAPES.put(
                        group, new Shape(type.getDeclaredConstructor(types), List.copyOf(parts)));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(e);
            }
        }
        for (ProfileField field : ProfileField.values()) {
            List<Method> chain = chain(field);
            if (chain == null) {
                mismatches.add(
                        field
                                + " has no component "
                                + field.fieldName()
                                + " in "
                                + RECORDS.get(field.group()).getSimpleName());
            } else {
                ACCESSORS.put(field, chain);
            }
        }
        return mismatches;
    }

    /** The accessors from a Profile to the field: host(), cpu(), vendor(). */
    private static List<Method> chain(ProfileField field) {
        List<Method> chain = new ArrayList<>();
        List<Group> path = new ArrayList<>();
        for (Group g = field.group(); g != null; g = g.parent().orElse(null)) {
            path.add(0, g);
        }
        for (int i = 1; i < path.size(); i++) {
            Group inner = path.get(i);
            chain.add(
                    SHAPES.get(path.get(i - 1)).parts().stream()
                            .filter(p -> p.inner() == inner)
                            .findFirst()
                            .orElseThrow()
                            .accessor());
        }
        Part part =
                SHAPES.get(field.group()).parts().stream()
                        .filter(p -> p.field() == field)
                        .findFirst()
                        .orElse(null);
        if (part == null) {
            return null;
        }
        chain.add(part.accessor());
        return List.copyOf(chain);
    }

    /** The engine's model of the checked answers (absent ones unknown). */
    static Profile profile(Map<ProfileField, Object> values) {
        return (Profile) build(Group.TOP, values);
    }

    private static Record build(Group group, Map<ProfileField, Object> values) {
        Shape shape = SHAPES.get(group);
        Object[] arguments = new Object[shape.parts().size()];
        for (int i = 0; i < arguments.length; i++) {
            Part part = shape.parts().get(i);
            arguments[i] =
                    part.field() != null ? values.get(part.field()) : build(part.inner(), values);
        }
        try {
            return shape.constructor().newInstance(arguments);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(
                    "cannot build " + RECORDS.get(group).getSimpleName(), e);
        }
    }

    /** The field's value in the model (null when unknown). */
    static Object valueOf(ProfileField field, Profile profile) {
        Object at = profile;
        try {
            for (Method accessor : ACCESSORS.get(field)) {
                at = accessor.invoke(at);
            }
            return at;
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }
}
