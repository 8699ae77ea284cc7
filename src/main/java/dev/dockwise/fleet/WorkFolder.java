package dev.dockwise.fleet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;

/**
 * The hidden folders a plan run works in beside the plan: the new plan while it is written
 * ({@code .dockwise-staging-*}) and the previous plan while the new one is switched in
 * ({@code .dockwise-previous-*}). Each carries a marker file the moment it is made, and only a
 * folder with that marker (or an empty one, as a crash right after making it leaves) is ever
 * removed: a user's folder that merely has such a name is theirs.
 */
final class WorkFolder {
    static final String STAGING = ".dockwise-staging-";
    static final String PREVIOUS = ".dockwise-previous-";
    static final String MARKER = ".dockwise-work";
    private static final byte[] MARK = "Dockwise made this folder while writing a plan; it removes it itself.\n".getBytes(StandardCharsets.US_ASCII);

    private WorkFolder() {
    }

    static Path create(Path dir, String prefix) throws IOException {
        Path folder = Files.createTempDirectory(dir, prefix);
        Files.write(folder.resolve(MARKER), MARK, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return folder;
    }

    /** Whether the name is one Dockwise gives its work folders (whether the folder is one is {@link #isOurs}). */
    static boolean hasWorkName(String name) {
        return name.startsWith(STAGING) || name.startsWith(PREVIOUS);
    }

    /** A folder with a work name and Dockwise's marker, or empty: one Dockwise made and may remove. */
    static boolean isOurs(Path folder) {
        if (!hasWorkName(folder.getFileName().toString()) || !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        Path marker = folder.resolve(MARKER);
        try {
            if (Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS) && Files.size(marker) == MARK.length) {
                return Arrays.equals(Files.readAllBytes(marker), MARK);
            }
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
                return !entries.iterator().hasNext();
            }
        } catch (IOException e) {
            return false;
        }
    }

    /** Removes a folder of this run's making (or one {@link #isOurs} says is Dockwise's); links inside are removed, never followed. */
    static void delete(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        // the marker goes last: a removal cut short still leaves a folder marked as Dockwise's
        Path marker = root.resolve(MARKER);
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (!file.equals(marker)) {
                    Files.delete(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                if (dir.equals(root)) {
                    Files.deleteIfExists(marker);
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** As {@link #delete}, for clean-up that may fail (a file held open on Windows): what is left is removed by a later run. */
    static boolean deleteQuietly(Path root) {
        try {
            delete(root);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
