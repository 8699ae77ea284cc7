package dev.dockwise.fleet;

import dev.dockwise.files.ShownName;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The folder a plan is written into, held for one run. Nothing in it that Dockwise did not write is
 * ever replaced or removed: a plan goes into an empty folder, or in place of a plan Dockwise wrote
 * there and recorded ({@link PlanManifest}), and only with {@code force}; anything else in the
 * folder refuses the run (see {@link PlanFolderContents}). The run takes the folder's lock (a second
 * run into it is refused), writes the new plan into a marked staging folder beside the old one, and
 * switches it in whole ({@link PlanSwitch}). Stopped by Ctrl+C or a logout, it removes its staging
 * folder; killed outright, it leaves only marked work folders, which the next run removes.
 */
public final class PlanFolder implements AutoCloseable {
    static final String LOCK = ".dockwise-plan.lock";
    static final String LOCK_TEXT = "Dockwise locks this file while it writes a plan into this folder.\n";
    /**
     * The lock covers one byte far past the text, so that the text stays readable on Windows, where
     * a lock keeps other programs from reading what it covers.
     */
    private static final long LOCK_POSITION = Long.MAX_VALUE - 1;
    private static final int STOP_WAIT_SECONDS = 5;

    private final Path out;
    private final String version;
    private final PlanSwitch.Mover mover;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Path staging;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Thread stopHook = new Thread(this::stopRequested, "dockwise-plan-stop");
    private volatile boolean stopping;
    private boolean committed;

    /** The folder holds what a plan may not replace, is in use by another run, or holds a plan and {@code force} was not given. */
    public static final class RefusedException extends IOException {
        RefusedException(String message) {
            super(message);
        }
    }

    /** The new plan could not be switched in; {@link #previousPlanKept()} says whether the previous plan is in place as it was. */
    public static final class NotReplacedException extends IOException {
        private final boolean previousPlanKept;

        NotReplacedException(String message, boolean previousPlanKept, Throwable cause) {
            super(message, cause);
            this.previousPlanKept = previousPlanKept;
        }

        public boolean previousPlanKept() {
            return previousPlanKept;
        }
    }

    private PlanFolder(Path out, String version, PlanSwitch.Mover mover, FileChannel lockChannel, FileLock lock, Path staging) {
        this.out = out;
        this.version = version;
        this.mover = mover;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.staging = staging;
    }

    /** What the folder holds, for a plan to go into it; reads only, creates nothing. */
    public static PlanFolderContents inspect(Path out) throws IOException {
        return PlanFolderContents.of(out);
    }

    public static PlanFolder open(Path out, boolean force, String version) throws IOException {
        return open(out, force, version, PlanSwitch.RENAME);
    }

    static PlanFolder open(Path out, boolean force, String version, PlanSwitch.Mover mover) throws IOException {
        Path dir = out.toAbsolutePath().normalize();
        // a refused run leaves no trace: nothing is made before the folder is known to be usable
        Path lockFile = dir.resolve(LOCK);
        var refusedAtOnce = PlanFolderContents.of(dir).refusal(force);
        // a switch a killed run left is put right even so (under the lock it left), then the run is refused
        if (refusedAtOnce.isPresent() && !(PlanSwitch.pending(dir) && Files.isRegularFile(lockFile, LinkOption.NOFOLLOW_LINKS))) {
            refuse(refusedAtOnce.get());
        }
        Files.createDirectories(dir);
        boolean madeLock = false;
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            madeLock = true;
            channel.write(ByteBuffer.wrap(LOCK_TEXT.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        } catch (FileAlreadyExistsException e) {
            channel = FileChannel.open(lockFile, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        }
        FileLock lock;
        try {
            lock = channel.tryLock(LOCK_POSITION, 1, false);
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new RefusedException("another Dockwise plan is being written to " + ShownName.of(dir) + " right now; wait for it to finish, or choose another folder");
        }
        try {
            PlanSwitch.recover(dir, mover);
            PlanFolderContents.removeLeftovers(dir);
            // under the lock, for what changed since the first look
            var refused = PlanFolderContents.of(dir).refusal(force);
            if (refused.isPresent()) {
                if (madeLock) {
                    Files.deleteIfExists(lockFile);
                }
                refuse(refused.get());
            }
            Path staging = WorkFolder.create(dir, WorkFolder.STAGING);
            Files.createDirectory(staging.resolve(FleetWriter.HOSTS));
            PlanFolder folder = new PlanFolder(dir, version, mover, channel, lock, staging);
            Runtime.getRuntime().addShutdownHook(folder.stopHook);
            return folder;
        } catch (IOException | RuntimeException e) {
            lock.release();
            channel.close();
            throw e;
        }
    }

    private static void refuse(String message) throws RefusedException {
        throw new RefusedException(message);
    }

    /** Where this run writes; nothing here is seen under the plan's names until {@link #commit()}. */
    public Path staging() {
        return staging;
    }

    public Path hosts() {
        return staging.resolve(FleetWriter.HOSTS);
    }

    /** Whether the process is being stopped (Ctrl+C, a logout): the run should end without its plan. */
    public boolean stopping() {
        return stopping;
    }

    /** Records what was written and switches it in place of the folder's previous plan, whole or not at all. */
    public synchronized void commit() throws IOException {
        if (stopping) {
            throw new CancellationException("stopped before the plan was put in place");
        }
        PlanManifest.record(staging, version, Instant.now()).writeInto(staging);
        try {
            PlanSwitch.run(out, staging, mover);
        } catch (PlanSwitch.FailedException e) {
            throw new NotReplacedException(e.getMessage(), e.undone(), e);
        }
        committed = true;
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            // after a switch that could not be undone, its journal needs the staged plan to put the previous one back
            if (!PlanSwitch.pending(out)) {
                WorkFolder.deleteQuietly(staging);
            }
        } finally {
            try {
                lock.release();
                lockChannel.close();
            } finally {
                closed.countDown();
                try {
                    Runtime.getRuntime().removeShutdownHook(stopHook);
                } catch (IllegalStateException e) {
                    // the process is stopping: the hook is running and waits for this close
                }
            }
        }
    }

    /**
     * The process is stopping: the planner sees {@link #stopping()} and ends once the hosts being
     * written are done, and the run's own close removes its staging folder; this waits for that (the
     * process ends when its hooks return), and removes the folder itself if the run does not end in time.
     */
    private void stopRequested() {
        stop();
        try {
            if (!closed.await(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
                synchronized (this) {
                    if (!committed && !PlanSwitch.pending(out)) {
                        WorkFolder.deleteQuietly(staging);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What the stop request does first; for tests, without waiting for the run to end. */
    void stop() {
        stopping = true;
    }
}
