package dev.dockwise.profile;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dockwise.engine.model.ContainerType;
import dev.dockwise.engine.model.Profile;
import dev.dockwise.files.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes profiles in the v1 layout with every field present (null for unknown), in SPEC order, so a
 * saved file shows the user what is still unknown. Files are replaced atomically.
 */
public final class ProfileWriter {
    private static final ObjectMapper MAPPER =
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ProfileWriter() {}

    /**
     * Every field of {@link ProfileField}'s table, laid out as the validator reads it (one layout
     * for both).
     */
    public static ObjectNode toTree(Profile profile) {
        return (ObjectNode) RawValue.toJson(document(field -> field.of(profile)));
    }

    /**
     * The v1 document of typed answers (each field's value in the model's types, or null), as a
     * profile is written.
     */
    public static RawValue.Fields document(Function<ProfileField, Object> answer) {
        Map<ProfileField, RawValue> answers = new EnumMap<>(ProfileField.class);
        for (ProfileField field : ProfileField.values()) {
            Object value = answer.apply(field);
            if (!field.written(value)) {
                continue; // a later addition, absent unless it says something: profiles of other
                // hosts stay exactly v1 as first published
            }
            answers.put(field, raw(value));
        }
        return ProfileField.document(answers);
    }

    private static RawValue raw(Object value) {
        if (value == null) {
            return RawValue.Absent.NULL;
        }
        if (value instanceof Integer i) {
            return new RawValue.Number(BigDecimal.valueOf(i), true, i.toString());
        }
        if (value instanceof Double d) {
            // memory: 16, not 16.0, when it is whole
            return d == Math.rint(d) && Math.abs(d) < Long.MAX_VALUE
                    ? new RawValue.Number(
                            BigDecimal.valueOf(d.longValue()), true, Long.toString(d.longValue()))
                    : new RawValue.Number(BigDecimal.valueOf(d), false, d.toString());
        }
        if (value instanceof String text) {
            return new RawValue.Text(text);
        }
        if (value instanceof Set<?> types) {
            // unknown when empty (an empty list would be invalid); else in the SPEC's order
            return types.isEmpty()
                    ? RawValue.Absent.NULL
                    : new RawValue.Items(
                            Arrays.stream(ContainerType.values())
                                    .filter(types::contains)
                                    .<RawValue>map(RawValue.Typed::new)
                                    .toList());
        }
        return new RawValue.Typed(value); // a choice or a yes/no
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
