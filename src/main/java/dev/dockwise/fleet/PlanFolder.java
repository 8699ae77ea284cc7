package dev.dockwise.fleet;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The folder a plan is written into, held for one run. A run takes the folder's lock (a second run
 * into the same folder is refused), writes the whole plan into a hidden staging folder beside it,
 * and only when everything is written moves it in, replacing the previous plan as a whole: no stale
 * host files of an earlier fleet stay, no file under a final name is ever partial, and links planted
 * at the final names are replaced, never followed. A folder that holds anything is only used with
 * {@code force}.
 */
public final class PlanFolder implements AutoCloseable {
    /** What a plan consists of in its folder. */
    public static final List<String> PLAN_ENTRIES = List.of(FleetWriter.HOSTS, FleetWriter.SUMMARY_CSV, FleetWriter.SUMMARY_HTML);
    static final String LOCK = ".dockwise-plan.lock";
    private static final String WORK_PREFIX = ".dockwise-plan-";

    private final Path out;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Path staging;

    /** The folder is in use by another run, or holds files and {@code force} was not given. */
    public static final class RefusedException extends IOException {
        RefusedException(String message) {
            super(message);
        }
    }

    private PlanFolder(Path out, FileChannel lockChannel, FileLock lock, Path staging) {
        this.out = out;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.staging = staging;
    }

    public static PlanFolder open(Path out, boolean force) throws IOException {
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
            throw new RefusedException(out + " exists and is not a folder");
        }
        Files.createDirectories(out);
        FileChannel channel = FileChannel.open(out.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new RefusedException("another Dockwise plan is being written to " + out + " right now; wait for it to finish, or choose another folder");
        }
        try {
            List<Path> leftovers = entries(out, p -> p.getFileName().toString().startsWith(WORK_PREFIX));
            List<Path> others = entries(out, p -> !runFile(p));
            if (!others.isEmpty() && !force) {
                throw new RefusedException(out + " is not empty (it holds " + others.get(0).getFileName()
                        + (others.size() > 1 ? " and " + (others.size() - 1) + " more" : "") + "); choose an empty folder, or use --force to replace the plan in it");
            }
            for (Path leftover : leftovers) {
                deleteTree(leftover);
            }
            Path staging = Files.createTempDirectory(out, WORK_PREFIX);
            Files.createDirectory(staging.resolve(FleetWriter.HOSTS));
            return new PlanFolder(out, channel, lock, staging);
        } catch (IOException | RuntimeException e) {
            lock.release();
            channel.close();
            throw e;
        }
    }

    /** Whether a plan may go into the folder without replacing anything (missing, or holding only a past run's lock). */
    public static boolean isEmpty(Path out) {
        try {
            return !Files.isDirectory(out) || entries(out, p -> !runFile(p)).isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** Where this run writes; nothing here is seen under the plan's names until {@link #commit()}. */
    public Path staging() {
        return staging;
    }

    public Path hosts() {
        return staging.resolve(FleetWriter.HOSTS);
    }

    /** Replaces the folder's plan with the staged one. */
    public void commit() throws IOException {
        Path old = Files.createTempDirectory(out, WORK_PREFIX);
        for (String entry : PLAN_ENTRIES) {
            Path target = out.resolve(entry);
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                Files.move(target, old.resolve(entry), StandardCopyOption.ATOMIC_MOVE);
            }
        }
        for (String entry : PLAN_ENTRIES) {
            Path staged = staging.resolve(entry);
            if (Files.exists(staged, LinkOption.NOFOLLOW_LINKS)) {
                Files.move(staged, out.resolve(entry), StandardCopyOption.ATOMIC_MOVE);
            }
        }
        deleteTree(old);
    }

    @Override
    public void close() throws IOException {
        try {
            deleteTree(staging);
        } finally {
            lock.release();
            lockChannel.close();
        }
    }

    /** The lock, and the staging and old-plan folders of runs (a crashed run leaves them behind). */
    private static boolean runFile(Path p) {
        String name = p.getFileName().toString();
        return name.equals(LOCK) || name.startsWith(WORK_PREFIX);
    }

    private static List<Path> entries(Path dir, Predicate<Path> keep) throws IOException {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path p : stream) {
                if (keep.test(p)) {
                    found.add(p);
                }
            }
        }
        found.sort(null);
        return found;
    }

    /** Deletes a folder of this run's making; links inside are removed, never followed. */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(root);
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
