package dev.dockwise.ui.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dockwise.files.AtomicFiles;
import dev.dockwise.files.BoundedRead;
import dev.dockwise.files.HeldLocks;
import dev.dockwise.files.IoMessages;
import dev.dockwise.profile.RawValue;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps one window's unsaved answers (raw, even invalid ones) while there are unsaved changes. Each
 * running window has its own autosave file and holds a lock on it, so a second window never takes
 * the first one's live answers for a crash: only autosaves whose lock nobody holds (their window's
 * process ended without a clean exit) are offered for recovery. A clean exit or a save removes it.
 */
public final class Autosave implements AutoCloseable {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String FOLDER = "autosave";

    /** The single autosave of Dockwise before windows had their own. */
    private static final String LEGACY = "autosave.json";

    private static final int MAX_BYTES = 4 * 1024 * 1024;

    private final Path configDir;
    private final Path file;
    private final Path lockFile;
    private FileChannel lockChannel;
    private FileLock lock;
    private Object lockKey;

    /** A new window's autosave; it holds its lock until {@link #close()}. */
    public Autosave(Path configDir) {
        this.configDir = configDir;
        String id = UUID.randomUUID().toString();
        this.file = configDir.resolve(FOLDER).resolve(id + ".json");
        this.lockFile = configDir.resolve(FOLDER).resolve(id + ".lock");
        try {
            Files.createDirectories(file.getParent());
            lockChannel =
                    FileChannel.open(
                            lockFile,
                            StandardOpenOption.CREATE,
                            StandardOpenOption.WRITE,
                            LinkOption.NOFOLLOW_LINKS);
            lock = lockChannel.tryLock();
            if (lock != null) {
                lockKey = HeldLocks.keyOf(lockFile);
                HeldLocks.held(lockKey);
            }
        } catch (IOException | OverlappingFileLockException e) {
            // without a lock this window's answers could be offered to another window as a crash;
            // they are still kept
            lock = null;
        }
    }

    /**
     * What an autosave holds: the draft's answers as held (text as typed, invalid entries too), the
     * file it belonged to, when it was written, the step shown (by name, "" if not kept).
     */
    public record Snapshot(
            RawValue.Fields draft,
            Optional<Path> file,
            Instant savedAt,
            Path source,
            String step) {}

    public Path file() {
        return file;
    }

    public void write(RawValue.Fields draft, Path original) throws IOException {
        write(draft, original, "");
    }

    /**
     * Writes as {@link #write(RawValue.Fields, Path, String)} does; when that fails, the reason in
     * words.
     */
    public Optional<String> tryWrite(RawValue.Fields draft, Path original, String step) {
        try {
            write(draft, original, step);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(IoMessages.reason(e));
        }
    }

    /** The answers with the step the user is on, so that a recovery goes back there. */
    public void write(RawValue.Fields draft, Path original, String step) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("step", step);
        root.put("savedAt", Instant.now().toString());
        root.put("file", original == null ? null : original.toString());
        root.set("draft", RawValue.toJson(draft));
        Files.createDirectories(file.getParent());
        // a fresh file moved into place: a link put at this window's name is replaced, never
        // written through
        AtomicFiles.writeOwn(
                file, MAPPER.writeValueAsString(root).getBytes(StandardCharsets.UTF_8));
    }

    /** This window's own autosave, if written. */
    public Optional<Snapshot> read() {
        return read(file);
    }

    /** Autosaves of windows that are no longer running, newest first. */
    public List<Snapshot> orphans() {
        List<Snapshot> found = new ArrayList<>();
        read(configDir.resolve(LEGACY)).ifPresent(found::add);
        Path folder = configDir.resolve(FOLDER);
        if (Files.isDirectory(folder)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.json")) {
                for (Path candidate : files) {
                    if (!candidate.equals(file) && !running(candidate)) {
                        read(candidate).ifPresent(found::add);
                    }
                }
            } catch (IOException e) {
                // a folder that can't be listed offers nothing, which loses nothing
            }
        }
        found.sort(Comparator.comparing(Snapshot::savedAt).reversed());
        return found;
    }

    /** Drops an orphan once its answers were recovered or the user chose to start fresh. */
    public void discard(Snapshot orphan) {
        deleteQuietly(orphan.source());
        deleteQuietly(lockOf(orphan.source()));
    }

    public void clear() {
        deleteQuietly(file);
    }

    /** What the operating system does when the process dies: the lock goes, the autosave stays. */
    public void abandon() {
        releaseLock();
    }

    /** A clean exit of the window: its autosave and its lock go. */
    @Override
    public void close() {
        clear();
        releaseLock();
        deleteQuietly(lockFile);
    }

    private void releaseLock() {
        HeldLocks.released(lockKey);
        lockKey = null;
        try {
            if (lock != null) {
                lock.release();
            }
            if (lockChannel != null) {
                lockChannel.close();
            }
        } catch (IOException ignored) {
            // the lock ends with the process anyway
        }
        lock = null;
        lockChannel = null;
    }

    /** Whether a window of a running process holds the autosave's lock. */
    private static boolean running(Path autosave) {
        Path lockPath = lockOf(autosave);
        if (!Files.exists(lockPath, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        if (HeldLocks.heldHere(lockPath)) {
            // another window of this process: opening its lock file and closing it again would drop
            // its lock
            return true;
        }
        try (FileChannel channel =
                FileChannel.open(lockPath, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
            FileLock probe = channel.tryLock();
            if (probe == null) {
                return true;
            }
            probe.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return true;
        }
    }

    private static Path lockOf(Path autosave) {
        String name = autosave.getFileName().toString();
        return autosave.resolveSibling(
                name.substring(0, name.length() - ".json".length()) + ".lock");
    }

    private static Optional<Snapshot> read(Path source) {
        if (!Files.isRegularFile(source)) {
            return Optional.empty();
        }
        try {
            JsonNode root = MAPPER.readTree(BoundedRead.whole(source, MAX_BYTES));
            if (!root.path("draft").isObject()) {
                return Optional.empty();
            }
            Optional<Path> original =
                    root.path("file").isTextual()
                            ? Optional.of(Path.of(root.get("file").asText()))
                            : Optional.empty();
            Instant at = Instant.parse(root.path("savedAt").asText(Instant.EPOCH.toString()));
            return Optional.of(
                    new Snapshot(
                            (RawValue.Fields) RawValue.of(root.get("draft")),
                            original,
                            at,
                            source,
                            root.path("step").asText("")));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // an autosave that can't be removed is offered again next time, which is harmless
        }
    }
}
