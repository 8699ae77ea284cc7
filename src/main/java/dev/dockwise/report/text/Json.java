package dev.dockwise.report.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/** The one JSON writer of the command line: pretty, UTF-8, newline-terminated. */
final class Json {
    static final ObjectMapper MAPPER =
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {}

    static void strings(
            com.fasterxml.jackson.databind.node.ArrayNode array, java.util.List<String> values) {
        values.forEach(array::add);
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** The same as {@link #write} in UTF-8, without the string in between. */
    static byte[] bytes(Object tree) {
        try {
            byte[] json = MAPPER.writeValueAsBytes(tree);
            byte[] withNewline = java.util.Arrays.copyOf(json, json.length + 1);
            withNewline[json.length] = '\n';
            return withNewline;
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String write(Object tree) {
        try {
            return MAPPER.writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
