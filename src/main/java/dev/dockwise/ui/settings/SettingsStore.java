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
import dev.dockwise.files.IoMessages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads and writes settings.json in the config folder. A damaged or foreign settings file never
 * stops the app: whatever can't be read falls back to the default.
 */
public final class SettingsStore {
    private static final int MAX_BYTES = 1024 * 1024;

    /**
     * The writer's mapper, made on the first save: reading the settings must not load it (see
     * {@link #load()}).
     */
    private static final class Writer {
        static final ObjectMapper MAPPER =
                new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    private final Path file;

    public SettingsStore(Path configDir) {
        this.file = configDir.resolve("settings.json");
    }

    public Path file() {
        return file;
    }

    /**
     * Reads with Jackson's streaming parser, not its object mapper: the settings are read before
     * the window's first frame, and the mapper's classes would delay it.
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
            AppSettings s = d;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                s =
                        switch (field) {
                            case "theme" ->
                                    s.withTheme(
                                            "dark".equals(p.getValueAsString())
                                                    ? AppSettings.Theme.DARK
                                                    : AppSettings.Theme.LIGHT);
                            case "showLegacyModes" ->
                                    s.withShowLegacyModes(value != JsonToken.VALUE_FALSE);
                            case "recentFiles" -> s.withRecentFiles(paths(p, value));
                            case "lastFolder" -> s.withLastFolder(path(p, value));
                            case "window" -> window(p, value, s);
                            default -> {
                                p.skipChildren();
                                yield s;
                            }
                        };
            }
            return s;
        } catch (IOException | RuntimeException e) {
            return d;
        }
    }

    /**
     * The window's bounds; a value that is missing or not a finite number keeps what {@code s} has.
     */
    private static AppSettings window(JsonParser p, JsonToken value, AppSettings s)
            throws IOException {
        if (value != JsonToken.START_OBJECT) {
            p.skipChildren();
            return s;
        }
        double[] bounds = {s.windowX(), s.windowY(), s.windowWidth(), s.windowHeight()};
        boolean maximized = s.maximized();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            int i = List.of("x", "y", "width", "height").indexOf(p.currentName());
            JsonToken v = p.nextToken();
            if (p.currentName().equals("maximized")) {
                maximized = v == JsonToken.VALUE_TRUE;
            } else if (i >= 0 && v.isNumeric() && Double.isFinite(p.getDoubleValue())) {
                bounds[i] = p.getDoubleValue();
            } else {
                p.skipChildren();
            }
        }
        return s.withWindow(bounds[0], bounds[1], bounds[2], bounds[3], maximized);
    }

    private static List<Path> paths(JsonParser p, JsonToken value) throws IOException {
        List<Path> paths = new ArrayList<>();
        if (value != JsonToken.START_ARRAY) {
            p.skipChildren();
            return paths;
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
            Path path = path(p, p.currentToken());
            if (path != null) {
                paths.add(path);
            }
        }
        return paths.subList(0, Math.min(paths.size(), AppSettings.MAX_RECENT));
    }

    /**
     * A path written as a string; null for anything else, or for a path this system can't have (one
     * from another OS).
     */
    private static Path path(JsonParser p, JsonToken value) throws IOException {
        if (value != JsonToken.VALUE_STRING) {
            p.skipChildren();
            return null;
        }
        try {
            return Path.of(p.getText());
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** Saves; when that fails, the reason in words (the settings in memory stay as they are). */
    public Optional<String> trySave(AppSettings s) {
        try {
            save(s);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(IoMessages.reason(e));
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
        AtomicFiles.writeThroughLinks(
                file,
                (Writer.MAPPER.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
