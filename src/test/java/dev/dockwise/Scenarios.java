package dev.dockwise;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The shared scenarios (copied from ../shared/scenarios) and their expectations, checked the way
 * ../shared/tools/check-scenarios.py checks them, against a recommendation in the JSON layout.
 */
public final class Scenarios {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Scenarios() {}

    /** A scenario file: id, profile JSON and expectations. */
    public record Scenario(String id, JsonNode profile, JsonNode expect) {
        @Override
        public String toString() {
            return id;
        }

        public String profileJson() {
            return profile.toString();
        }
    }

    public static Stream<Scenario> all() {
        try {
            Path dir = Path.of(Scenarios.class.getResource("/scenarios").toURI());
            try (Stream<Path> files = Files.list(dir)) {
                return files
                        .filter(p -> p.toString().endsWith(".json"))
                        .sorted()
                        .map(Scenarios::load)
                        .toList()
                        .stream();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The profile of the scenario with this id, read like a user's file. */
    public static dev.dockwise.engine.model.Profile profile(String id) {
        Scenario scenario =
                all().filter(s -> s.id().equals(id))
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("no scenario " + id));
        try {
            return dev.dockwise.profile.ProfileReader.read(scenario.profileJson());
        } catch (dev.dockwise.profile.InvalidProfileException e) {
            throw new AssertionError(e);
        }
    }

    private static Scenario load(Path file) {
        try {
            JsonNode root = MAPPER.readTree(file.toFile());
            return new Scenario(root.get("id").asText(), root.get("profile"), root.get("expect"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every expectation that the recommendation (dockwise.recommendation/v1 JSON) fails. */
    public static List<String> failures(Scenario scenario, JsonNode result) {
        List<String> fails = new ArrayList<>();
        JsonNode expect = scenario.expect();
        String recommended =
                result.get("recommended").isNull() ? null : result.get("recommended").asText();
        String after =
                result.get("bestAfterChanges").isNull()
                        ? null
                        : result.get("bestAfterChanges").asText();
        oneOf(fails, "recommended", expect.get("recommended"), recommended);
        oneOf(fails, "bestAfterChanges", expect.get("bestAfterChanges"), after);
        if (expect.has("notRecommended")) {
            expect.get("notRecommended")
                    .forEach(
                            m -> {
                                if (m.asText().equals(recommended)) {
                                    fails.add("recommended " + recommended + ", which it must not");
                                }
                            });
        }
        fields(expect.get("status"))
                .forEach(
                        e -> {
                            String got = option(result, e.getKey()).path("status").asText(null);
                            if (!e.getValue().asText().equals(got)) {
                                fails.add(
                                        e.getKey()
                                                + ": status "
                                                + got
                                                + ", expected "
                                                + e.getValue().asText());
                            }
                        });
        fields(expect.get("statusIn"))
                .forEach(
                        e -> {
                            String got = option(result, e.getKey()).path("status").asText(null);
                            List<String> allowed = new ArrayList<>();
                            e.getValue().forEach(v -> allowed.add(v.asText()));
                            if (!allowed.contains(got)) {
                                fails.add(
                                        e.getKey()
                                                + ": status "
                                                + got
                                                + ", expected one of "
                                                + allowed);
                            }
                        });
        fields(expect.get("mentions"))
                .forEach(
                        e -> {
                            String text = textOf(option(result, e.getKey()));
                            e.getValue()
                                    .forEach(
                                            pattern -> {
                                                if (!Pattern.compile(
                                                                pattern.asText(),
                                                                Pattern.CASE_INSENSITIVE)
                                                        .matcher(text)
                                                        .find()) {
                                                    fails.add(
                                                            e.getKey()
                                                                    + ": no mention of /"
                                                                    + pattern.asText()
                                                                    + "/");
                                                }
                                            });
                        });
        return fails;
    }

    private static void oneOf(List<String> fails, String field, JsonNode wanted, String got) {
        if (wanted == null) {
            return;
        }
        List<String> allowed = new ArrayList<>();
        wanted.forEach(v -> allowed.add(v.asText()));
        if (allowed.isEmpty() && got != null) {
            fails.add(field + " " + got + ", expected none");
        } else if (!allowed.isEmpty() && !allowed.contains(got)) {
            fails.add(field + " " + got + ", expected one of " + allowed);
        }
    }

    private static JsonNode option(JsonNode result, String mode) {
        for (JsonNode option : result.get("options")) {
            if (option.get("mode").asText().equals(mode)) {
                return option;
            }
        }
        return MAPPER.createObjectNode();
    }

    private static String textOf(JsonNode option) {
        StringBuilder text = new StringBuilder();
        for (String key : List.of("reasons", "warnings", "fixes", "blockers")) {
            option.path(key)
                    .forEach(
                            item ->
                                    text.append(item.isTextual() ? item.asText() : item.toString())
                                            .append('\n'));
        }
        return text.toString();
    }

    private static List<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        if (node != null) {
            entries.addAll(node.properties());
        }
        return entries;
    }
}
