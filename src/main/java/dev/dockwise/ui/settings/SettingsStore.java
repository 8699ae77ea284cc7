package dev.dockwise.ui.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dockwise.files.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes settings.json in the config folder. A damaged or foreign settings file never
 * stops the app: whatever can't be read falls back to the default.
 */
public final class SettingsStore {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Path file;

    public SettingsStore(Path configDir) {
        this.file = configDir.resolve("settings.json");
    }

    public Path file() {
        return file;
    }

    public AppSettings load() {
        AppSettings d = AppSettings.defaults();
        if (!Files.isRegularFile(file)) {
            return d;
        }
        try {
            JsonNode n = MAPPER.readTree(file.toFile());
            AppSettings.Theme theme = "dark".equals(n.path("theme").asText()) ? AppSettings.Theme.DARK : AppSettings.Theme.LIGHT;
            List<Path> recent = new ArrayList<>();
            for (JsonNode r : n.path("recentFiles")) {
                try {
                    recent.add(Path.of(r.asText()));
                } catch (InvalidPathException ignored) {
                    // a path from another OS: drop it
                }
            }
            JsonNode w = n.path("window");
            return new AppSettings(theme, num(w, "x", d.windowX()), num(w, "y", d.windowY()), num(w, "width", d.windowWidth()),
                    num(w, "height", d.windowHeight()), w.path("maximized").asBoolean(false),
                    recent.subList(0, Math.min(recent.size(), AppSettings.MAX_RECENT)), n.path("showLegacyModes").asBoolean(true));
        } catch (IOException | RuntimeException e) {
            return d;
        }
    }

    public void save(AppSettings s) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("theme", s.theme() == AppSettings.Theme.DARK ? "dark" : "light");
        ObjectNode w = root.putObject("window");
        if (!Double.isNaN(s.windowX())) {
            w.put("x", s.windowX());
            w.put("y", s.windowY());
        }
        w.put("width", s.windowWidth());
        w.put("height", s.windowHeight());
        w.put("maximized", s.maximized());
        ArrayNode recent = root.putArray("recentFiles");
        s.recentFiles().forEach(p -> recent.add(p.toString()));
        root.put("showLegacyModes", s.showLegacyModes());
        Files.createDirectories(file.getParent());
        AtomicFiles.write(file, (MAPPER.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static double num(JsonNode node, String field, double fallback) {
        JsonNode v = node.get(field);
        return v != null && v.isNumber() && Double.isFinite(v.asDouble()) ? v.asDouble() : fallback;
    }
}
