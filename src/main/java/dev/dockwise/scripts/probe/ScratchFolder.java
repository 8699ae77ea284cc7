package dev.dockwise.scripts.probe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The temporary folder of one run of a bundled script on this computer (the probe, the check of a
 * setup): the script and what it writes, nothing below it, removed when the caller is done.
 */
public final class ScratchFolder {
    private ScratchFolder() {}

    /**
     * Removes the folder and its files; what cannot be removed is left to the system's cleaning of
     * its temporary folder.
     */
    public static void remove(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // a temporary folder; the system cleans it up
        }
    }
}
