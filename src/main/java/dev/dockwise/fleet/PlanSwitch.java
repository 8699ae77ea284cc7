package dev.dockwise.fleet;

import dev.dockwise.files.ShownName;
import dev.dockwise.files.BoundedRead;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Puts a staged plan in place of the folder's previous one, whole or not at all. A folder's entries
 * cannot all be renamed in one step (on Windows one cannot even be replaced while a program holds it
 * open), so the switch is journaled: the previous plan is moved aside into a marked folder, the new
 * one moved in, and only then is the journal removed. A move that fails is undone in reverse, so the
 * previous plan is back as it was; a run killed in the middle leaves the journal, and the next run
 * into the folder finishes the switch if the new plan was all in place, or else puts the previous
 * one back.
 */
final class PlanSwitch {
    static final String JOURNAL = ".dockwise-switch";
    /** What is moved, in this order: the files a user most often has open first, the record last. */
    static final List<String> ENTRIES = List.of(FleetWriter.SUMMARY_CSV, FleetWriter.SUMMARY_HTML, FleetWriter.HOSTS, PlanManifest.NAME);
    private static final List<String> ENTRIES_BACKWARDS = backwards(ENTRIES);
    private static final String HEADER = "Dockwise plan switch 1";

    /** Moves one entry; a seam, so that tests can fail a move or stop the run at any point. */
    interface Mover {
        void move(Path from, Path to) throws IOException;
    }

    static final Mover RENAME = (from, to) -> Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);

    /** The switch failed; {@link #undone()} says whether the previous plan is back in place. */
    static final class FailedException extends IOException {
        private final boolean undone;

        FailedException(String message, boolean undone, Throwable cause) {
            super(message, cause);
            this.undone = undone;
        }

        boolean undone() {
            return undone;
        }
    }

    private PlanSwitch() {
    }

    static void run(Path dir, Path staging, Mover mover) throws IOException {
        Path previous = WorkFolder.create(dir, WorkFolder.PREVIOUS);
        try {
            writeJournal(dir.resolve(JOURNAL), staging, previous);
        } catch (IOException e) {
            Files.deleteIfExists(dir.resolve(JOURNAL));
            WorkFolder.deleteQuietly(previous);
            throw new FailedException("could not start replacing the plan (" + reason(e) + "); the previous plan is as it was", true, e);
        }
        String moving = null;
        try {
            for (String entry : ENTRIES) {
                if (Files.exists(dir.resolve(entry), LinkOption.NOFOLLOW_LINKS)) {
                    moving = "move the previous " + entry + " aside";
                    mover.move(dir.resolve(entry), previous.resolve(entry));
                }
            }
            for (String entry : ENTRIES) {
                moving = "put the new " + entry + " in place";
                mover.move(staging.resolve(entry), dir.resolve(entry));
            }
        } catch (IOException | RuntimeException e) {
            String what = "could not " + moving + " (" + reason(e) + (e instanceof AccessDeniedException ? "; is it open in another program?" : "") + ")";
            try {
                undo(dir, staging, previous, RENAME);
            } catch (IOException undoFailed) {
                throw new FailedException(what + ", nor put the previous plan back (" + reason(undoFailed) + "): it is whole in "
                        + previous.getFileName() + ", and the next plan into this folder puts it back", false, e);
            }
            Files.delete(dir.resolve(JOURNAL));
            WorkFolder.deleteQuietly(previous);
            throw new FailedException(what + "; the previous plan is back as it was", true, e);
        }
        Files.delete(dir.resolve(JOURNAL));
        // the previous plan: a file of it still held open (Windows) stays behind, marked, for a later run to remove
        WorkFolder.deleteQuietly(previous);
    }

    /** Whether a killed run left a switch unfinished in the folder. */
    static boolean pending(Path dir) {
        return Files.exists(dir.resolve(JOURNAL), LinkOption.NOFOLLOW_LINKS);
    }

    /** Finishes or undoes a switch a killed run left (its journal is there). */
    static void recover(Path dir, Mover mover) throws IOException {
        Path journal = dir.resolve(JOURNAL);
        if (!pending(dir)) {
            return;
        }
        if (!Files.isRegularFile(journal, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(JOURNAL + " is not a file Dockwise wrote");
        }
        String text = new String(BoundedRead.whole(journal, 4096), StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        if (lines.length == 4 && lines[0].equals(HEADER) && isWorkName(lines[1], WorkFolder.STAGING) && isWorkName(lines[2], WorkFolder.PREVIOUS)
                && lines[3].isEmpty()) {
            Path staging = dir.resolve(lines[1]);
            Path previous = dir.resolve(lines[2]);
            boolean allIn = ENTRIES.stream().allMatch(e -> Files.exists(dir.resolve(e), LinkOption.NOFOLLOW_LINKS)
                    && !Files.exists(staging.resolve(e), LinkOption.NOFOLLOW_LINKS));
            if (!allIn) {
                undo(dir, staging, previous, mover);
            }
        } else if (!cutShort(text)) {
            throw new IOException(JOURNAL + " is not a journal Dockwise wrote; remove it only if you know where it came from");
        }
        Files.delete(journal);
    }

    /**
     * The new plan's entries go back to staging (every previous entry was moved aside before any new
     * one came in, so an entry in the folder whose staged copy is gone is the new one), then the
     * previous plan's come back.
     */
    private static void undo(Path dir, Path staging, Path previous, Mover mover) throws IOException {
        if (Files.isDirectory(staging, LinkOption.NOFOLLOW_LINKS)) {
            for (String entry : ENTRIES_BACKWARDS) {
                if (!Files.exists(staging.resolve(entry), LinkOption.NOFOLLOW_LINKS) && Files.exists(dir.resolve(entry), LinkOption.NOFOLLOW_LINKS)) {
                    mover.move(dir.resolve(entry), staging.resolve(entry));
                }
            }
        }
        for (String entry : ENTRIES_BACKWARDS) {
            if (Files.exists(previous.resolve(entry), LinkOption.NOFOLLOW_LINKS)) {
                mover.move(previous.resolve(entry), dir.resolve(entry));
            }
        }
    }

    /** Written and on disk before anything moves, so that a power cut cannot lose track of a switch. */
    private static void writeJournal(Path journal, Path staging, Path previous) throws IOException {
        byte[] bytes = (HEADER + "\n" + staging.getFileName() + "\n" + previous.getFileName() + "\n").getBytes(StandardCharsets.UTF_8);
        try (FileChannel channel = FileChannel.open(journal, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    /** A journal the run died writing, before anything moved: nothing to finish or undo. */
    private static boolean cutShort(String text) {
        return (HEADER + "\n").startsWith(text) || text.startsWith(HEADER + "\n") && text.substring(HEADER.length() + 1).matches("[\\w.-]*(\n[\\w.-]*)?");
    }

    private static boolean isWorkName(String name, String prefix) {
        return name.startsWith(prefix) && name.matches("[\\w.-]+");
    }

    static String reason(Exception e) {
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return ShownName.of(f.getReason());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : ShownName.of(e.getMessage());
    }

    private static List<String> backwards(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return List.copyOf(copy);
    }
}
