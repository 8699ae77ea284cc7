package dev.dockwise.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dockwise.engine.model.Identified;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A profile's value before it is checked: what {@link ProfileValidator} reads. A document read from
 * a file becomes these once ({@link #of(JsonNode)}); the wizard hands over its answers as these
 * directly, choices and yes/no already typed ({@link Typed}) and numbers as the text the user
 * typed.
 */
public sealed interface RawValue {
    /** How error messages name the value: "the string \"22x31\"", "the number 4.5", "null". */
    String describe();

    /** Not there, or JSON null: unknown. */
    record Absent(boolean isNull) implements RawValue {
        public static final Absent MISSING = new Absent(false);
        public static final Absent NULL = new Absent(true);

        @Override
        public String describe() {
            return isNull ? "null" : "nothing";
        }
    }

    record Text(String text) implements RawValue {
        @Override
        public String describe() {
            return "the string \""
                    + (text.length() > 40 ? text.substring(0, 40) + "..." : text)
                    + "\"";
        }
    }

    /** {@code integral} as the document wrote it: 16 is integral, 16.0 is not. */
    record Number(BigDecimal value, boolean integral, String written) implements RawValue {
        @Override
        public String describe() {
            return "the number " + written;
        }

        boolean fitsInt() {
            return integral
                    && value.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) >= 0
                    && value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0;
        }
    }

    record Bool(boolean value) implements RawValue {
        @Override
        public String describe() {
            return Boolean.toString(value);
        }
    }

    record Items(List<RawValue> items) implements RawValue {
        public Items {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "an array";
        }
    }

    /** An object's fields in the document's order. */
    record Fields(Map<String, RawValue> fields) implements RawValue {
        public Fields {
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }

        /** The value of a field; {@link Absent#MISSING} when there is none. */
        public RawValue get(String name) {
            return fields.getOrDefault(name, Absent.MISSING);
        }

        @Override
        public String describe() {
            return "an object";
        }
    }

    /**
     * An answer the wizard already holds typed (an {@link Identified} choice, a Boolean): nothing
     * to parse.
     */
    record Typed(Object value) implements RawValue {
        @Override
        public String describe() {
            return value instanceof Identified id
                    ? "the string \"" + id.id() + "\""
                    : String.valueOf(value);
        }
    }

    /** The value at a field of a {@link Fields}, or {@link Absent#MISSING}. */
    public static RawValue at(RawValue parent, String field) {
        return parent instanceof Fields f ? f.get(field) : Absent.MISSING;
    }

    public static RawValue of(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return Absent.MISSING;
        }
        if (node.isNull()) {
            return Absent.NULL;
        }
        if (node.isTextual()) {
            return new Text(node.asText());
        }
        if (node.isNumber()) {
            return new Number(node.decimalValue(), node.isIntegralNumber(), node.asText());
        }
        if (node.isBoolean()) {
            return new Bool(node.booleanValue());
        }
        if (node.isArray()) {
            List<RawValue> items = new ArrayList<>();
            node.forEach(item -> items.add(of(item)));
            return new Items(items);
        }
        Map<String, RawValue> fields = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            fields.put(e.getKey(), of(e.getValue()));
        }
        return new Fields(fields);
    }

    /** As JSON (the wizard's autosave keeps answers exactly as typed this way). */
    public static JsonNode toJson(RawValue value) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (value instanceof Text t) {
            return f.textNode(t.text());
        }
        if (value instanceof Number n) {
            return n.integral() ? f.numberNode(n.value().toBigInteger()) : f.numberNode(n.value());
        }
        if (value instanceof Bool b) {
            return f.booleanNode(b.value());
        }
        if (value instanceof Typed t) {
            return t.value() instanceof Identified id
                    ? f.textNode(id.id())
                    : t.value() instanceof Boolean b
                            ? f.booleanNode(b)
                            : f.textNode(String.valueOf(t.value()));
        }
        if (value instanceof Items items) {
            var array = f.arrayNode();
            items.items().forEach(i -> array.add(toJson(i)));
            return array;
        }
        if (value instanceof Fields fields) {
            ObjectNode object = f.objectNode();
            fields.fields().forEach((k, v) -> object.set(k, toJson(v)));
            return object;
        }
        return f.nullNode();
    }

    /** The text of a text or number value, for a field that shows what was typed. */
    public static Optional<String> shown(RawValue value) {
        if (value instanceof Text t) {
            return Optional.of(t.text());
        }
        if (value instanceof Number n) {
            return Optional.of(
                    n.integral() || n.value().stripTrailingZeros().scale() > 0
                            ? n.written()
                            : n.value().toBigInteger().toString());
        }
        return Optional.empty();
    }
}
