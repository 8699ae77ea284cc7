package dev.dockwise.ui.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dockwise.files.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Keeps the unsaved answers (raw, even invalid ones) in autosave.json while there are unsaved
 * changes; a clean exit or a save removes it, so finding it at start means the app did not close
 * cleanly and the answers can be recovered.
 */
public final class Autosave {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final Path file;

    public Autosave(Path configDir) {
        this.file = configDir.resolve("autosave.json");
    }

    /** What an autosave holds: the draft's raw tree, the file it belonged to, and when it was written. */
    public record Snapshot(JsonNode draft, Optional<Path> file, Instant savedAt) {
    }

    public Path file() {
        return file;
    }

    public void write(JsonNode draft, Path original) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("savedAt", Instant.now().toString());
        root.put("file", original == null ? null : original.toString());
        root.set("draft", draft);
        Files.createDirectories(file.getParent());
        AtomicFiles.write(file, MAPPER.writeValueAsString(root).getBytes(StandardCharsets.UTF_8));
    }

    public Optional<Snapshot> read() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode root = MAPPER.readTree(file.toFile());
            if (!root.path("draft").isObject()) {
                return Optional.empty();
            }
            Optional<Path> original = root.path("file").isTextual() ? Optional.of(Path.of(root.get("file").asText())) : Optional.empty();
            Instant at = Instant.parse(root.path("savedAt").asText(Instant.EPOCH.toString()));
            return Optional.of(new Snapshot(root.get("draft"), original, at));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public void clear() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // an autosave that can't be removed is offered again next time, which is harmless
        }
    }
}
