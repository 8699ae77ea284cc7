package dev.dockwise.fleet;

import dev.dockwise.files.FileNames;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds a fleet's profiles: every {@code *.json} file in a folder (sorted, not recursive), or every
 * non-blank line of a JSON Lines file. Output names are made unique and safe for every file system.
 */
public final class FleetInputs {
    private FleetInputs() {
    }

    public static List<HostSource> read(Path location) throws IOException {
        if (Files.isDirectory(location)) {
            return folder(location);
        }
        if (!Files.exists(location)) {
            throw new NoSuchFileException(location.toString());
        }
        return jsonLines(location);
    }

    private static List<HostSource> folder(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json") && Files.isRegularFile(p))
                    .sorted().toList();
        }
        Set<String> taken = new HashSet<>();
        List<HostSource> sources = new ArrayList<>(files.size());
        for (Path file : files) {
            String name = file.getFileName().toString();
            String stem = name.replaceFirst("(?i)(\\.dockwise)?\\.json$", "");
            sources.add(new HostSource(name, unique(FileNames.safe(stem, "host"), taken), Files.readAllBytes(file)));
        }
        return sources;
    }

    private static List<HostSource> jsonLines(Path file) throws IOException {
        List<HostSource> sources = new ArrayList<>();
        String fileName = file.getFileName().toString();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int lineNumber = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (!line.isBlank()) {
                    sources.add(new HostSource(fileName + " line " + lineNumber, String.format("line-%06d", lineNumber),
                            line.getBytes(StandardCharsets.UTF_8)));
                }
            }
        }
        return sources;
    }

    /** Unique ignoring case, because Windows and macOS file systems ignore it. */
    private static String unique(String base, Set<String> taken) {
        String candidate = base;
        for (int i = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); i++) {
            candidate = base + "-" + i;
        }
        return candidate;
    }
}
