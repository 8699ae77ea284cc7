package dev.dockwise.profile;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dockwise.engine.model.ContainerType;
import dev.dockwise.engine.model.Identified;
import dev.dockwise.engine.model.Profile;
import dev.dockwise.files.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Writes profiles in the v1 layout with every field present (null for unknown), in SPEC order,
 * so a saved file shows the user what is still unknown. Files are replaced atomically.
 */
public final class ProfileWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ProfileWriter() {
    }

    /** Every field of {@link ProfileField}'s table, in its order, each object made where its first field is. */
    public static ObjectNode toTree(Profile profile) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put(ProfileFields.SCHEMA, Profile.SCHEMA);
        Map<ProfileField.Group, ObjectNode> objects = new EnumMap<>(ProfileField.Group.class);
        objects.put(ProfileField.Group.TOP, root);
        for (ProfileField field : ProfileField.values()) {
            Object value = field.of(profile);
            if (field == ProfileField.LTSC && !Boolean.TRUE.equals(value)) {
                continue; // absent otherwise: profiles of other hosts stay exactly v1 as first published
            }
            put(objectFor(field.group(), objects), field.fieldName(), value);
        }
        return root;
    }

    private static ObjectNode objectFor(ProfileField.Group group, Map<ProfileField.Group, ObjectNode> objects) {
        ObjectNode existing = objects.get(group);
        if (existing != null) {
            return existing;
        }
        ObjectNode made = objectFor(group.parent().orElseThrow(), objects).putObject(group.fieldName());
        objects.put(group, made);
        return made;
    }

    private static void put(ObjectNode object, String name, Object value) {
        if (value == null) {
            object.putNull(name);
        } else if (value instanceof Identified id) {
            object.put(name, id.id());
        } else if (value instanceof Boolean b) {
            object.put(name, b);
        } else if (value instanceof Integer i) {
            object.put(name, i);
        } else if (value instanceof Double d) {
            // memory: 16, not 16.0, when it is whole
            if (d == Math.rint(d) && d < Long.MAX_VALUE) {
                object.put(name, d.longValue());
            } else {
                object.put(name, d);
            }
        } else if (value instanceof String text) {
            object.put(name, text);
        } else if (value instanceof Set<?> types) {
            if (types.isEmpty()) {
                object.putNull(name); // unknown; an empty list would be invalid
            } else {
                ArrayNode list = object.putArray(name);
                for (ContainerType type : ContainerType.values()) {
                    if (types.contains(type)) {
                        list.add(type.id());
                    }
                }
            }
        } else {
            throw new IllegalArgumentException(name + ": no JSON for " + value.getClass().getSimpleName());
        }
    }

    public static String toJson(Profile profile) {
        try {
            return MAPPER.writeValueAsString(toTree(profile)) + System.lineSeparator();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes next to the target and moves into place, so a crash never leaves half a profile. */
    public static void write(Profile profile, Path target) throws IOException {
        AtomicFiles.writeThroughLinks(target, toJson(profile).getBytes(StandardCharsets.UTF_8));
    }

}
