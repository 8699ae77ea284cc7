package dev.dockwise.profile;

import com.fasterxml.jackson.databind.JsonNode;

/** Names JSON values the way error messages should: "the string \"22631\"", "a number", "null". */
final class JsonShapes {
    private JsonShapes() {
    }

    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isNull()) {
            return "null";
        }
        if (node.isTextual()) {
            String text = node.asText();
            return "the string \"" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "\"";
        }
        if (node.isNumber()) {
            return "the number " + node.asText();
        }
        if (node.isBoolean()) {
            return node.asText();
        }
        if (node.isArray()) {
            return "an array";
        }
        return "an object";
    }
}
