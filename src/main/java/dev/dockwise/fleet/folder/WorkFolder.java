package dev.dockwise.fleet.folder;

import dev.dockwise.files.OpenFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hidden folders a plan run works in beside the plan: the new plan while it is written ({@code
 * .dockwise-staging-*}) and the previous plan while the new one is switched in ({@code
 * .dockwise-previous-*}). Each is made fresh, for this user only, and carries a marker file the
 * moment it is made, with the run's token (which the switch's journal records too); only a folder
 * with that marker (or an empty one, as a crash right after making it leaves) is ever removed: a
 * user's folder that merely has such a name is theirs.
 */
final class WorkFolder {
    static final String STAGING = ".dockwise-staging-";
    static final String PREVIOUS = ".dockwise-previous-";
    static final String MARKER = ".dockwise-work";
    private static final byte[] MARK =
            "Dockwise made this folder while writing a plan; it removes it itself.\n"
                    .getBytes(StandardCharsets.US_ASCII);
    private static final Pattern RUN = Pattern.compile("run\t([0-9a-f]{32})\n");

    private WorkFolder() {}

    /**
     * A fresh marked work folder in {@code dir}, opened; if it cannot be marked (a full disk, no
     * inodes left) it is removed again.
     */
    static OpenFolder create(OpenFolder dir, String prefix, String token) throws IOException {
        OpenFolder folder = dir.createFreshFolder(prefix);
        try {
            folder.write(MARKER, mark(token));
            return folder;
        } catch (IOException | RuntimeException e) {
            folder.close();
            try {
                dir.delete(folder.path().getFileName().toString());
            } catch (IOException left) {
                e.addSuppressed(left);
            }
            throw e;
        }
    }

    static byte[] mark(String token) {
        byte[] run = ("run\t" + token + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] mark = Arrays.copyOf(MARK, MARK.length + run.length);
        System.arraycopy(run, 0, mark, MARK.length, run.length);
        return mark;
    }

    /**
     * Whether the name is one Dockwise gives its work folders (whether the folder is one is {@link
     * #isOurs}).
     */
    static boolean hasWorkName(String name) {
        return name.startsWith(STAGING) || name.startsWith(PREVIOUS);
    }

    /**
     * A folder with a work name and Dockwise's marker, or empty: one Dockwise made and may remove.
     */
    static boolean isOurs(OpenFolder dir, String name) {
        if (!hasWorkName(name)) {
            return false;
        }
        try {
            Optional<BasicFileAttributes> a = dir.attributes(name);
            if (a.isEmpty() || !a.get().isDirectory()) {
                return false;
            }
            try (OpenFolder folder = dir.folder(name)) {
                return folder.names().isEmpty() || marker(folder).isPresent();
            }
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The run token the folder's marker records: empty when it has no marker, or one from before
     * markers had tokens.
     */
    static Optional<String> token(OpenFolder folder) throws IOException {
        return marker(folder).filter(run -> !run.isEmpty());
    }

    /**
     * The marker's run token ("" for a marker without one); empty when the folder has no marker of
     * Dockwise's.
     */
    private static Optional<String> marker(OpenFolder folder) throws IOException {
        Optional<BasicFileAttributes> a = folder.attributes(MARKER);
        if (a.isEmpty() || !a.get().isRegularFile() || a.get().size() > MARK.length + 64) {
            return Optional.empty();
        }
        byte[] bytes = folder.read(MARKER, MARK.length + 64);
        if (bytes.length < MARK.length || !Arrays.equals(Arrays.copyOf(bytes, MARK.length), MARK)) {
            return Optional.empty();
        }
        String rest =
                new String(
                        bytes, MARK.length, bytes.length - MARK.length, StandardCharsets.US_ASCII);
        if (rest.isEmpty()) {
            return Optional.of("");
        }
        Matcher m = RUN.matcher(rest);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * Removes a work folder of this run's making (or one {@link #isOurs} says is Dockwise's); links
     * inside are removed, never followed.
     */
    static void delete(OpenFolder dir, String name) throws IOException {
        if (dir.attributes(name).isEmpty()) {
            return;
        }
        try (OpenFolder folder = dir.folder(name)) {
            // the marker goes last: a removal cut short still leaves a folder marked as Dockwise's
            for (String entry : folder.names()) {
                if (!entry.equals(MARKER)) {
                    folder.deleteTree(entry);
                }
            }
            if (folder.exists(MARKER)) {
                folder.delete(MARKER);
            }
        }
        dir.delete(name);
    }

    /**
     * As {@link #delete}, for clean-up that may fail (a file held open on Windows): what is left is
     * removed by a later run.
     */
    static boolean deleteQuietly(OpenFolder dir, String name) {
        try {
            delete(dir, name);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
