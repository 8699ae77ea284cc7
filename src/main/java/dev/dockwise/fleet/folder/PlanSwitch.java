package dev.dockwise.fleet.folder;

import dev.dockwise.files.OpenFolder;
import dev.dockwise.files.ShownName;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts a staged plan in place of the folder's previous one, whole or not at all. A folder's entries
 * cannot all be renamed in one step (on Windows one cannot even be replaced while a program holds
 * it open), so the switch is journaled: the previous plan is moved aside into a marked folder, the
 * new one moved in, and only then is the journal removed. A move that fails is undone in reverse,
 * so the previous plan is back as it was; a run killed in the middle leaves the journal, and the
 * next run into the folder finishes the switch if the new plan was all in place, or else puts the
 * previous one back. The journal is believed only when the work folders it names carry the token of
 * the run that wrote it, and what it would move back is the new plan as recorded; the previous plan
 * set aside is removed file by file against its own record, so a file the user added is never
 * removed.
 */
final class PlanSwitch {
    static final String JOURNAL = ".dockwise-switch";

    /**
     * What is moved, in this order: the files a user most often has open first, the record last.
     */
    static final List<String> ENTRIES =
            List.of(
                    PlanLayout.SUMMARY_CSV,
                    PlanLayout.SUMMARY_HTML,
                    PlanLayout.HOSTS,
                    PlanManifest.NAME);

    /**
     * Where files found among a previous plan that its record does not list are kept, visible, for
     * the user.
     */
    static final String KEPT = "dockwise-kept-";

    private static final List<String> ENTRIES_BACKWARDS = backwards(ENTRIES);
    private static final String HEADER = "Dockwise plan switch 2";
    private static final Pattern JOURNAL_TEXT =
            Pattern.compile(
                    Pattern.quote(HEADER)
                            + "\n("
                            + Pattern.quote(WorkFolder.STAGING)
                            + "[\\w.-]+)\n("
                            + Pattern.quote(WorkFolder.PREVIOUS)
                            + "[\\w.-]+)\nrun\t([0-9a-f]{32})\n");
    private static final DateTimeFormatter KEPT_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /**
     * Moves one entry between two open folders; a seam, so that tests can fail a move or stop the
     * run at any point.
     */
    interface Mover {
        void move(OpenFolder from, String entry, OpenFolder to) throws IOException;
    }

    static final Mover RENAME = (from, entry, to) -> from.move(entry, to, entry);

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

    /**
     * Files that were among the previous plan but not in its record, kept in a folder of their own.
     */
    record Kept(String folder, List<String> files) {}

    private PlanSwitch() {}

    static Optional<Kept> run(OpenFolder dir, OpenFolder staging, String token, Mover mover)
            throws IOException {
        OpenFolder previous;
        try {
            previous = WorkFolder.create(dir, WorkFolder.PREVIOUS, token);
        } catch (IOException e) {
            throw new FailedException(
                    "could not start replacing the plan ("
                            + reason(e)
                            + "); the previous plan is as it was",
                    true,
                    e);
        }
        String previousName = name(previous);
        try {
            try {
                dir.write(
                        JOURNAL,
                        (HEADER
                                        + "\n"
                                        + name(staging)
                                        + "\n"
                                        + previousName
                                        + "\nrun\t"
                                        + token
                                        + "\n")
                                .getBytes(StandardCharsets.UTF_8),
                        true);
            } catch (IOException e) {
                deleteQuietly(dir, JOURNAL);
                WorkFolder.deleteQuietly(dir, previousName);
                throw new FailedException(
                        "could not start replacing the plan ("
                                + reason(e)
                                + "); the previous plan is as it was",
                        true,
                        e);
            }
            String moving = null;
            try {
                for (String entry : ENTRIES) {
                    if (dir.exists(entry)) {
                        moving = "move the previous " + entry + " aside";
                        mover.move(dir, entry, previous);
                    }
                }
                for (String entry : ENTRIES) {
                    moving = "put the new " + entry + " in place";
                    if (dir.exists(entry)) {
                        // appeared since it was moved aside: a rename would replace it
                        throw new FileSystemException(
                                dir.resolve(entry).toString(), null, "something new is there");
                    }
                    mover.move(staging, entry, dir);
                }
            } catch (IOException | RuntimeException e) {
                String what =
                        "could not "
                                + moving
                                + " ("
                                + reason(e)
                                + (e instanceof AccessDeniedException
                                        ? "; is it open in another program?"
                                        : "")
                                + ")";
                try {
                    undo(dir, staging, previous, RENAME);
                } catch (IOException undoFailed) {
                    throw new FailedException(
                            what
                                    + ", nor put the previous plan back ("
                                    + reason(undoFailed)
                                    + "): it is whole in "
                                    + previousName
                                    + ", and the next plan into this folder puts it back",
                            false,
                            e);
                }
                dir.delete(JOURNAL);
                if (!holdsOnlyItsMarker(previous)) {
                    // something took an entry's place meanwhile, and the previous entry could not
                    // go back
                    throw new FailedException(
                            what
                                    + "; the previous plan is back but for what is still in "
                                    + previousName,
                            false,
                            e);
                }
                WorkFolder.deleteQuietly(dir, previousName);
                throw new FailedException(what + "; the previous plan is back as it was", true, e);
            }
            dir.delete(JOURNAL);
            return removeSetAside(dir, previous);
        } finally {
            previous.close();
        }
    }

    /** Whether a killed run left a switch unfinished in the folder. */
    static boolean pending(OpenFolder dir) throws IOException {
        return dir.exists(JOURNAL);
    }

    /**
     * Finishes or undoes a switch a killed run left (its journal is there), under the folder's
     * lock. A journal that is not one Dockwise wrote, or names folders its run did not make, or
     * would move back what is not the new plan as recorded, is refused and nothing is changed.
     */
    static void recover(OpenFolder dir, Mover mover) throws IOException {
        Optional<BasicFileAttributes> a = dir.attributes(JOURNAL);
        if (a.isEmpty()) {
            return;
        }
        String shown = ShownName.of(dir.resolve(JOURNAL));
        if (!a.get().isRegularFile() || a.get().size() > 4096) {
            throw refused(
                    shown
                            + " is not a journal Dockwise wrote; nothing was changed. Remove it"
                            + " only if you know where it came from");
        }
        String text = new String(dir.read(JOURNAL, 4096), StandardCharsets.UTF_8);
        Matcher m = JOURNAL_TEXT.matcher(text);
        if (!m.matches()) {
            if (cutShort(text) && nothingSetAside(dir)) {
                // the run died writing its journal, before anything moved
                dir.delete(JOURNAL);
                return;
            }
            throw refused(
                    shown
                            + " is damaged or not a journal Dockwise wrote, and the folder may hold"
                            + " a plan set aside"
                            + setAside(dir)
                            + "; nothing was changed. Put back what you need, then remove the"
                            + " journal");
        }
        String stagingName = m.group(1);
        String previousName = m.group(2);
        String token = m.group(3);
        for (String work : List.of(stagingName, previousName)) {
            if (!madeBy(dir, work, token)) {
                throw refused(
                        shown
                                + " names "
                                + ShownName.of(work)
                                + ", which is not a folder its run made; nothing was changed."
                                + " Remove the journal only if you know where it came from");
            }
        }
        try (OpenFolder staging = dir.folder(stagingName);
                OpenFolder previous = dir.folder(previousName)) {
            boolean allIn = true;
            for (String entry : ENTRIES) {
                allIn &= dir.exists(entry) && !staging.exists(entry);
            }
            if (!allIn) {
                List<String> notNew = notTheNewPlan(dir, staging);
                if (!notNew.isEmpty()) {
                    throw refused(
                            shown
                                    + " would move back what is not the plan its run wrote ("
                                    + String.join(", ", notNew)
                                    + "); nothing was changed. The previous plan is in "
                                    + ShownName.of(previousName));
                }
                undo(dir, staging, previous, mover);
            }
        }
        dir.delete(JOURNAL);
    }

    /** A work folder with the journal's token in its marker. */
    private static boolean madeBy(OpenFolder dir, String name, String token) throws IOException {
        Optional<BasicFileAttributes> a = dir.attributes(name);
        if (a.isEmpty() || !a.get().isDirectory()) {
            return false;
        }
        try (OpenFolder folder = dir.folder(name)) {
            return WorkFolder.token(folder).filter(token::equals).isPresent();
        }
    }

    /** What an undo would move back into staging that is not as the new plan's record lists it. */
    private static List<String> notTheNewPlan(OpenFolder dir, OpenFolder staging)
            throws IOException {
        OpenFolder recordHolder = staging.exists(PlanManifest.NAME) ? staging : dir;
        Optional<PlanManifest> record;
        try {
            record = PlanManifest.read(recordHolder);
        } catch (PlanManifest.UnreadableException e) {
            return List.of(e.getMessage());
        }
        List<String> found = new ArrayList<>();
        for (String entry : ENTRIES_BACKWARDS) {
            if (!staging.exists(entry) && dir.exists(entry)) {
                if (record.isEmpty()) {
                    found.add(entry);
                } else {
                    found.addAll(record.get().differences(dir, entry));
                }
            }
        }
        return found;
    }

    /**
     * The new plan's entries go back to staging (every previous entry was moved aside before any
     * new one came in, so an entry in the folder whose staged copy is gone is the new one), then
     * the previous plan's come back.
     */
    private static void undo(OpenFolder dir, OpenFolder staging, OpenFolder previous, Mover mover)
            throws IOException {
        for (String entry : ENTRIES_BACKWARDS) {
            if (!staging.exists(entry) && dir.exists(entry)) {
                mover.move(dir, entry, staging);
            }
        }
        for (String entry : ENTRIES_BACKWARDS) {
            if (previous.exists(entry) && !dir.exists(entry)) {
                mover.move(previous, entry, dir);
            }
        }
    }

    /**
     * Removes a previous plan set aside once the new one is in place: only the files its own record
     * lists, as they were written. Anything else (a file the user saved into the plan while it was
     * being replaced) stays, and the folder is renamed so that the user sees it; when that cannot
     * be done it stays marked, for a later run.
     */
    static Optional<Kept> removeSetAside(OpenFolder dir, OpenFolder previous) throws IOException {
        List<String> kept = new ArrayList<>();
        Optional<PlanManifest> record;
        try {
            record = PlanManifest.read(previous);
        } catch (PlanManifest.UnreadableException e) {
            record = Optional.empty();
        }
        for (String entry : List.of(PlanLayout.SUMMARY_CSV, PlanLayout.SUMMARY_HTML)) {
            removeIfRecorded(previous, entry, entry, record, kept);
        }
        Optional<BasicFileAttributes> hosts = previous.attributes(PlanLayout.HOSTS);
        if (hosts.isPresent() && hosts.get().isDirectory()) {
            try (OpenFolder files = previous.folder(PlanLayout.HOSTS)) {
                for (String host : files.names()) {
                    removeIfRecorded(files, host, PlanLayout.HOSTS + "/" + host, record, kept);
                }
                if (files.names().isEmpty()) {
                    previous.delete(PlanLayout.HOSTS);
                }
            }
        } else if (hosts.isPresent()) {
            kept.add(PlanLayout.HOSTS);
        }
        if (previous.exists(PlanManifest.NAME)) {
            previous.delete(PlanManifest.NAME);
        }
        for (String other : previous.names()) {
            if (!other.equals(WorkFolder.MARKER) && !ENTRIES.contains(other)) {
                kept.add(other);
            }
        }
        String name = name(previous);
        // the rest is done by name in the folder: only while the name is still the folder this run
        // holds
        boolean stillThere =
                dir.attributes(name)
                        .map(
                                a ->
                                        a.isDirectory()
                                                && java.util.Objects.equals(
                                                        a.fileKey(), keyOf(previous)))
                        .orElse(false);
        if (kept.isEmpty()) {
            if (stillThere) {
                WorkFolder.deleteQuietly(dir, name);
            }
            return Optional.empty();
        }
        kept.sort(null);
        if (previous.exists(WorkFolder.MARKER)) {
            previous.delete(WorkFolder.MARKER);
        }
        if (!stillThere) {
            return Optional.of(new Kept(name, kept));
        }
        String keptName = KEPT + LocalDateTime.now().format(KEPT_TIME);
        for (int n = 2; dir.exists(keptName); n++) {
            keptName = KEPT + LocalDateTime.now().format(KEPT_TIME) + "-" + n;
        }
        dir.move(name, dir, keptName);
        return Optional.of(new Kept(keptName, kept));
    }

    private static Object keyOf(OpenFolder folder) {
        try {
            return folder.key();
        } catch (IOException e) {
            return new Object();
        }
    }

    private static void removeIfRecorded(
            OpenFolder folder,
            String name,
            String recordName,
            Optional<PlanManifest> record,
            List<String> kept)
            throws IOException {
        Optional<BasicFileAttributes> a = folder.attributes(name);
        if (a.isEmpty()) {
            return;
        }
        if (record.isPresent() && record.get().lists(recordName, a.get())) {
            folder.delete(name);
        } else {
            kept.add(recordName);
        }
    }

    /**
     * Removes the work folders killed runs left: staging folders (plans never put in place), and
     * the previous plans of finished switches whose run died before removing them, only while a
     * whole plan is in place (else the one set aside may be the only one left, and it stays).
     */
    static void removeLeftovers(OpenFolder dir) throws IOException {
        boolean planInPlace = true;
        for (String entry : ENTRIES) {
            planInPlace &= dir.exists(entry);
        }
        for (String name : dir.names()) {
            if (WorkFolder.isOurs(dir, name)) {
                if (!name.startsWith(WorkFolder.PREVIOUS)) {
                    WorkFolder.deleteQuietly(dir, name);
                } else if (planInPlace) {
                    try (OpenFolder previous = dir.folder(name)) {
                        removeSetAside(dir, previous);
                    }
                } else {
                    try (OpenFolder previous = dir.folder(name)) {
                        if (holdsOnlyItsMarker(previous)) {
                            WorkFolder.deleteQuietly(dir, name);
                        }
                    }
                }
            }
        }
    }

    private static boolean holdsOnlyItsMarker(OpenFolder folder) throws IOException {
        return folder.names().stream().allMatch(WorkFolder.MARKER::equals);
    }

    /** Whether every previous-plan work folder in the folder holds nothing but its marker. */
    private static boolean nothingSetAside(OpenFolder dir) throws IOException {
        return setAside(dir).isEmpty();
    }

    /** The previous-plan work folders that hold something, named for a message ("" when none). */
    private static String setAside(OpenFolder dir) throws IOException {
        List<String> holding = new ArrayList<>();
        for (String name : dir.names()) {
            if (name.startsWith(WorkFolder.PREVIOUS) && WorkFolder.isOurs(dir, name)) {
                try (OpenFolder folder = dir.folder(name)) {
                    if (!holdsOnlyItsMarker(folder)) {
                        holding.add(ShownName.of(name));
                    }
                }
            }
        }
        return holding.isEmpty() ? "" : " (in " + String.join(", ", holding) + ")";
    }

    /** A journal the run died writing, before anything moved: nothing to finish or undo. */
    private static boolean cutShort(String text) {
        return (HEADER + "\n").startsWith(text)
                || text.startsWith(HEADER + "\n")
                        && !text.endsWith("\n")
                        && text.substring(HEADER.length() + 1)
                                .matches("[\\w.-]*(\n[\\w.-]*)?(\nrun\t[0-9a-f]*)?");
    }

    private static PlanFolder.RefusedException refused(String message) {
        return new PlanFolder.RefusedException(message);
    }

    private static void deleteQuietly(OpenFolder dir, String name) {
        try {
            if (dir.exists(name)) {
                dir.delete(name);
            }
        } catch (IOException ignored) {
            // the caller reports the failure that matters
        }
    }

    private static String name(OpenFolder folder) {
        return folder.path().getFileName().toString();
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
