package dev.dockwise.ui.settings;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dockwise.files.AtomicFiles;
import dev.dockwise.files.BoundedRead;
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
    private static final int MAX_BYTES = 1024 * 1024;
    /** The writer's mapper, made on the first save: reading the settings must not load it (see {@link #load()}). */
    private static final class Writer {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }
    private final Path file;

    public SettingsStore(Path configDir) {
        this.file = configDir.resolve("settings.json");
    }

    public Path file() {
        return file;
    }

    /**
     * Reads with Jackson's streaming parser, not its object mapper: the settings are read before the
     * window's first frame, and the mapper's classes would delay it.
     */
    public AppSettings load() {
        AppSettings d = AppSettings.defaults();
        if (!Files.isRegularFile(file)) {
            return d;
        }
        try (JsonParser p = new JsonFactory().createParser(BoundedRead.whole(file, MAX_BYTES))) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return d;
            }
            AppSettings.Theme theme = AppSettings.Theme.LIGHT;
            double x = d.windowX();
            double y = d.windowY();
            double width = d.windowWidth();
            double height = d.windowHeight();
            boolean maximized = false;
            boolean legacy = true;
            List<Path> recent = new ArrayList<>();
            List<Path> folder = new ArrayList<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "theme" -> theme = "dark".equals(p.getValueAsString()) ? AppSettings.Theme.DARK : AppSettings.Theme.LIGHT;
                    case "showLegacyModes" -> legacy = value != JsonToken.VALUE_FALSE;
                    case "recentFiles" -> readPaths(p, value, recent);
                    case "lastFolder" -> readPath(p, value, folder);
                    case "window" -> {
                        if (value != JsonToken.START_OBJECT) {
                            p.skipChildren();
                            continue;
                        }
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String key = p.currentName();
                            JsonToken v = p.nextToken();
                            double n = v.isNumeric() && Double.isFinite(p.getDoubleValue()) ? p.getDoubleValue() : Double.NaN;
                            switch (key) {
                                case "x" -> x = Double.isNaN(n) ? x : n;
                                case "y" -> y = Double.isNaN(n) ? y : n;
                                case "width" -> width = Double.isNaN(n) ? width : n;
                                case "height" -> height = Double.isNaN(n) ? height : n;
                                case "maximized" -> maximized = v == JsonToken.VALUE_TRUE;
                                default -> p.skipChildren();
                            }
                        }
                    }
                    default -> p.skipChildren();
                }
            }
            return new AppSettings(theme, x, y, width, height, maximized, recent.subList(0, Math.min(recent.size(), AppSettings.MAX_RECENT)), legacy,
                    folder.isEmpty() ? null : folder.get(0));
        } catch (IOException | RuntimeException e) {
            return d;
        }
    }

    private static void readPaths(JsonParser p, JsonToken value, List<Path> into) throws IOException {
        if (value != JsonToken.START_ARRAY) {
            p.skipChildren();
            return;
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
            readPath(p, p.currentToken(), into);
        }
    }

    private static void readPath(JsonParser p, JsonToken value, List<Path> into) throws IOException {
        if (value != JsonToken.VALUE_STRING) {
            p.skipChildren();
            return;
        }
        try {
            into.add(Path.of(p.getText()));
        } catch (InvalidPathException ignored) {
            // a path from another OS: drop it
        }
    }

    public void save(AppSettings s) throws IOException {
        ObjectNode root = Writer.MAPPER.createObjectNode();
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
        if (s.lastFolder() != null) {
            root.put("lastFolder", s.lastFolder().toString());
        }
        Files.createDirectories(file.getParent());
        AtomicFiles.write(file, (Writer.MAPPER.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8));
    }

}
