package dev.dockwise.fleet.folder;

import dev.dockwise.files.HeldLocks;
import dev.dockwise.files.OpenFolder;
import dev.dockwise.files.ShownName;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a folder holds, as far as a plan going into it is concerned: nothing (or only what Dockwise
 * keeps there: its lock, its marked work folders), a plan Dockwise wrote and recorded, or something
 * else, named file by file. Read without changing anything, so that a refused run leaves no trace
 * and the wizard can ask before it writes.
 */
public final class PlanFolderContents {
    /** How many of the files Dockwise did not write a message names. */
    static final int NAMED = 5;

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    /** What the folder is to a plan. */
    public enum Kind {
        /** Missing, empty, or holding only Dockwise's own lock and work folders. */
        EMPTY,
        /**
         * A plan Dockwise wrote, as it wrote it (possibly a switch a killed run left, which the
         * next run finishes or undoes).
         */
        PLAN,
        /** Holds something Dockwise did not write (see {@link #foreign()}). */
        FOREIGN,
        /** A file, a link or a device where the folder should be. */
        NOT_A_FOLDER,
        /** The root of a file system or the home folder: never a plan's folder. */
        PROTECTED
    }

    private final Path folder;
    private final Kind kind;
    private final Instant planWritten;
    private final List<String> foreign;
    private final boolean unrecordedPlan;
    private final boolean switchPending;

    private PlanFolderContents(
            Path folder,
            Kind kind,
            Instant planWritten,
            List<String> foreign,
            boolean unrecordedPlan) {
        this(folder, kind, planWritten, foreign, unrecordedPlan, false);
    }

    private PlanFolderContents(
            Path folder,
            Kind kind,
            Instant planWritten,
            List<String> foreign,
            boolean unrecordedPlan,
            boolean switchPending) {
        this.folder = folder;
        this.kind = kind;
        this.planWritten = planWritten;
        this.foreign = List.copyOf(foreign);
        this.unrecordedPlan = unrecordedPlan;
        this.switchPending = switchPending;
    }

    /**
     * Whether a killed run left a switch unfinished there (its journal), which the next run puts
     * right first.
     */
    boolean switchPending() {
        return switchPending;
    }

    public Kind kind() {
        return kind;
    }

    /** When the folder's plan was written, if it holds one whose record says. */
    public Optional<Instant> planWritten() {
        return Optional.ofNullable(planWritten);
    }

    /**
     * What Dockwise did not write, by name within the folder, each with why where it is not plain
     * ("summary.csv (a link)").
     */
    public List<String> foreign() {
        return foreign;
    }

    /**
     * Why a plan may not go into the folder, in words; empty when it may ({@code force} allows
     * replacing a plan).
     */
    public Optional<String> refusal(boolean force) {
        String shown = ShownName.of(folder);
        return switch (kind) {
            case EMPTY -> Optional.empty();
            case PLAN ->
                    force
                            ? Optional.empty()
                            : Optional.of(
                                    shown
                                            + " holds a plan Dockwise wrote"
                                            + planWritten()
                                                    .map(w -> " on " + WHEN.format(w))
                                                    .orElse("")
                                            + "; add --force to replace it, or choose another"
                                            + " folder");
            case FOREIGN ->
                    Optional.of(
                            shown
                                    + " holds what Dockwise did not write: "
                                    + listed()
                                    + (unrecordedPlan
                                            ? " (a plan from before Dockwise kept a record of its"
                                                  + " plans counts too: remove it yourself if it is"
                                                  + " one)"
                                            : "")
                                    + ". A plan goes only into an empty folder, or in place of a"
                                    + " plan Dockwise wrote there: choose another folder (a new one"
                                    + " is made)");
            case NOT_A_FOLDER ->
                    Optional.of(
                            shown
                                    + (Files.isSymbolicLink(folder)
                                            ? " is a link; give the folder it points to"
                                            : " exists and is not a folder"));
            case PROTECTED ->
                    Optional.of(
                            shown
                                    + " is "
                                    + (folder.getParent() == null
                                            ? "the root of the file system"
                                            : "your home folder")
                                    + "; a plan goes into a folder of its own, such as "
                                    + ShownName.of(folder.resolve("dockwise-plan")));
        };
    }

    /** The first few names Dockwise did not write, and how many more. */
    public String listed() {
        List<String> shown = foreign.stream().limit(NAMED).map(ShownName::of).toList();
        int more = foreign.size() - shown.size();
        return String.join(", ", shown) + (more > 0 ? " and " + more + " more" : "");
    }

    static PlanFolderContents of(Path out) throws IOException {
        Path dir = out.toAbsolutePath().normalize();
        if (isProtected(dir)) {
            return new PlanFolderContents(dir, Kind.PROTECTED, null, List.of(), false);
        }
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return new PlanFolderContents(dir, Kind.EMPTY, null, List.of(), false);
        }
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return new PlanFolderContents(dir, Kind.NOT_A_FOLDER, null, List.of(), false);
        }
        try (OpenFolder folder = OpenFolder.open(dir)) {
            return of(folder);
        } catch (OpenFolder.NotAFolderException e) {
            return new PlanFolderContents(dir, Kind.NOT_A_FOLDER, null, List.of(), false);
        }
    }

    /** What the open folder holds; under the lock, right before a plan is switched in, too. */
    static PlanFolderContents of(OpenFolder folder) throws IOException {
        Path dir = folder.path();
        List<String> foreign = new ArrayList<>();
        boolean planFiles = false;
        for (String name : folder.names()) {
            if (PlanSwitch.ENTRIES.contains(name) && !name.equals(PlanManifest.NAME)) {
                planFiles = true;
            } else if (!ownHousekeeping(folder, name)) {
                foreign.add(name);
            }
        }
        Instant written = null;
        boolean pending = PlanSwitch.pending(folder);
        boolean unrecorded = false;
        try {
            Optional<PlanManifest> manifest = PlanManifest.read(folder);
            if (manifest.isPresent()) {
                written = manifest.get().written();
                // mid-switch the plan's files are split between the folder and the work folders:
                // the next run sorts that out first
                if (!pending) {
                    foreign.addAll(manifest.get().differences(folder));
                }
            } else if (planFiles && !pending) {
                unrecorded = true;
                for (String entry : PlanSwitch.ENTRIES) {
                    if (folder.exists(entry)) {
                        foreign.add(entry.equals(PlanLayout.HOSTS) ? entry + "/" : entry);
                    }
                }
            }
        } catch (PlanManifest.UnreadableException e) {
            foreign.add(
                    PlanManifest.NAME
                            + " ("
                            + e.getMessage().replaceFirst("^" + PlanManifest.NAME + " ", "")
                            + ")");
        }
        foreign.sort(null);
        if (!foreign.isEmpty()) {
            return new PlanFolderContents(dir, Kind.FOREIGN, written, foreign, unrecorded, pending);
        }
        return new PlanFolderContents(
                dir,
                written != null || pending ? Kind.PLAN : Kind.EMPTY,
                written,
                List.of(),
                false,
                pending);
    }

    /** The lock, a switch's journal, Dockwise's marked work folders. */
    private static boolean ownHousekeeping(OpenFolder folder, String name) {
        if (name.equals(PlanFolder.LOCK)) {
            return isOurLock(folder);
        }
        if (name.equals(PlanSwitch.JOURNAL) || name.equals(PlanManifest.NAME)) {
            return true;
        }
        return WorkFolder.isOurs(folder, name);
    }

    /**
     * Dockwise's lock: empty (as earlier versions left it) or holding its own line. A lock this
     * process holds is never opened to be read: closing that descriptor would drop the lock.
     */
    private static boolean isOurLock(OpenFolder folder) {
        try {
            Optional<BasicFileAttributes> a = folder.attributes(PlanFolder.LOCK);
            if (a.isEmpty()
                    || !a.get().isRegularFile()
                    || a.get().size() > PlanFolder.LOCK_TEXT.length()) {
                return false;
            }
            if (HeldLocks.heldHere(a.get().fileKey())) {
                return true;
            }
            String text =
                    new String(
                            folder.read(PlanFolder.LOCK, PlanFolder.LOCK_TEXT.length()),
                            StandardCharsets.US_ASCII);
            return text.isEmpty() || text.equals(PlanFolder.LOCK_TEXT);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The root of a file system or the user's home folder, however it was written ({@code ~/.}, a
     * link to it).
     */
    private static boolean isProtected(Path dir) {
        if (dir.getParent() == null) {
            return true;
        }
        Path home = Path.of(System.getProperty("user.home")).toAbsolutePath().normalize();
        if (dir.equals(home)) {
            return true;
        }
        try {
            return Files.exists(dir)
                    && (dir.toRealPath().getParent() == null
                            || dir.toRealPath().equals(home.toRealPath()));
        } catch (IOException e) {
            return false;
        }
    }
}
