package dev.dockwise.fleet.folder;

import dev.dockwise.files.HeldLocks;
import dev.dockwise.files.OpenFolder;
import dev.dockwise.files.ShownName;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The folder a plan is written into, held for one run. Nothing in it that Dockwise did not write is
 * ever replaced or removed: a plan goes into an empty folder, or in place of a plan Dockwise wrote
 * there and recorded ({@link PlanManifest}), and only with {@code force}; anything else in the
 * folder refuses the run (see {@link PlanFolderContents}), when it starts and again, under the
 * lock, right before the switch. The run takes the folder's lock (a second run into it is refused),
 * holds the folder and its work folders open (every name is looked up in them, never through a
 * link: {@link OpenFolder}), writes the new plan into a marked staging folder beside the old one,
 * and switches it in whole ({@link PlanSwitch}). Stopped by Ctrl+C or a logout, it removes its
 * staging folder; killed outright, it leaves only marked work folders, which the next run removes.
 */
public final class PlanFolder implements AutoCloseable {
    static final String LOCK = ".dockwise-plan.lock";
    static final String LOCK_TEXT =
            "Dockwise locks this file while it writes a plan into this folder.\n";

    /**
     * The lock covers one byte far past the text, so that the text stays readable on Windows, where
     * a lock keeps other programs from reading what it covers.
     */
    private static final long LOCK_POSITION = Long.MAX_VALUE - 1;

    private static final int STOP_WAIT_SECONDS = 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * Channels of a lock this process already held when another try opened them: closing them would
     * drop that lock.
     */
    private static final List<SeekableByteChannel> NEVER_CLOSED = new ArrayList<>();

    private final Path out;
    private final boolean force;
    private final String version;
    private final PlanSwitch.Mover mover;
    private final OpenFolder folder;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Object lockKey;
    private final String token;
    private final OpenFolder staging;
    private final OpenFolder hosts;
    private final Map<String, Integer> written = new ConcurrentHashMap<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Thread stopHook = new Thread(this::stopRequested, "dockwise-plan-stop");
    private volatile boolean stopping;
    private boolean committed;
    private boolean keepStaging;

    /**
     * The folder holds what a plan may not replace, is in use by another run, or holds a plan and
     * {@code force} was not given.
     */
    public static final class RefusedException extends IOException {
        RefusedException(String message) {
            super(message);
        }
    }

    /**
     * The new plan could not be switched in; {@link #previousPlanKept()} says whether the previous
     * plan is in place as it was.
     */
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

    /**
     * Files that were found among the replaced plan but not in its record, and where they are now.
     */
    public record KeptFiles(Path folder, List<String> files) {}

    private PlanFolder(
            Path out,
            boolean force,
            String version,
            PlanSwitch.Mover mover,
            OpenFolder folder,
            FileChannel lockChannel,
            FileLock lock,
            Object lockKey,
            String token,
            OpenFolder staging,
            OpenFolder hosts) {
        this.out = out;
        this.force = force;
        this.version = version;
        this.mover = mover;
        this.folder = folder;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.lockKey = lockKey;
        this.token = token;
        this.staging = staging;
        this.hosts = hosts;
    }

    /** What the folder holds, for a plan to go into it; reads only, creates nothing. */
    public static PlanFolderContents inspect(Path out) throws IOException {
        return PlanFolderContents.of(out);
    }

    public static PlanFolder open(Path out, boolean force, String version) throws IOException {
        return open(out, force, version, PlanSwitch.RENAME);
    }

    static PlanFolder open(Path out, boolean force, String version, PlanSwitch.Mover mover)
            throws IOException {
        Path dir = out.toAbsolutePath().normalize();
        // a refused run leaves no trace: nothing is made before the folder is known to be usable
        PlanFolderContents first = PlanFolderContents.of(dir);
        var refusedAtOnce = first.refusal(force);
        boolean neverAPlansFolder =
                first.kind() == PlanFolderContents.Kind.PROTECTED
                        || first.kind() == PlanFolderContents.Kind.NOT_A_FOLDER;
        // a switch a killed run left is put right even so (under the lock it left), then the run is
        // refused
        if (refusedAtOnce.isPresent() && (neverAPlansFolder || !first.switchPending())) {
            throw new RefusedException(refusedAtOnce.get());
        }
        java.nio.file.Files.createDirectories(dir);
        OpenFolder folder = OpenFolder.open(dir);
        FileChannel channel = null;
        FileLock lock = null;
        Object lockKey = null;
        try {
            channel = openLock(folder, dir);
            try {
                lock = channel.tryLock(LOCK_POSITION, 1, false);
            } catch (OverlappingFileLockException e) {
                // this process holds it (another window's export): closing this channel would drop
                // that lock
                synchronized (NEVER_CLOSED) {
                    NEVER_CLOSED.add(channel);
                }
                channel = null;
            }
            if (lock == null) {
                throw busy(dir);
            }
            lockKey = folder.attributes(LOCK).map(BasicFileAttributes::fileKey).orElse(null);
            HeldLocks.held(lockKey);
            PlanSwitch.recover(folder, mover);
            PlanSwitch.removeLeftovers(folder);
            // under the lock, for what changed since the first look
            var refused = PlanFolderContents.of(folder).refusal(force);
            if (refused.isPresent()) {
                throw new RefusedException(refused.get());
            }
            String token = HexFormat.of().formatHex(randomBytes());
            OpenFolder staging = WorkFolder.create(folder, WorkFolder.STAGING, token);
            OpenFolder hosts;
            try {
                hosts = staging.createFolder(PlanLayout.HOSTS);
            } catch (IOException | RuntimeException e) {
                staging.close();
                WorkFolder.deleteQuietly(folder, staging.path().getFileName().toString());
                throw e;
            }
            PlanFolder plan =
                    new PlanFolder(
                            dir, force, version, mover, folder, channel, lock, lockKey, token,
                            staging, hosts);
            Runtime.getRuntime().addShutdownHook(plan.stopHook);
            return plan;
        } catch (IOException | RuntimeException e) {
            // the lock file stays: removing it while another run may have it open would let two
            // runs hold "the" lock
            HeldLocks.released(lockKey);
            if (lock != null) {
                lock.release();
            }
            if (channel != null) {
                channel.close();
            }
            folder.close();
            throw e;
        }
    }

    /**
     * The lock file, made with its text or opened as it is; never one this process holds already
     * (see {@link HeldLocks}).
     */
    private static FileChannel openLock(OpenFolder folder, Path dir) throws IOException {
        Optional<BasicFileAttributes> existing = folder.attributes(LOCK);
        if (existing.isPresent()) {
            if (HeldLocks.heldHere(existing.get().fileKey())) {
                throw busy(dir);
            }
            if (!existing.get().isRegularFile()) {
                throw new RefusedException(
                        ShownName.of(dir.resolve(LOCK))
                                + " is not the lock Dockwise keeps there; remove it if it is not"
                                + " yours");
            }
            return fileChannel(folder.openForWriting(LOCK));
        }
        try {
            FileChannel channel = fileChannel(folder.create(LOCK));
            channel.write(ByteBuffer.wrap(LOCK_TEXT.getBytes(StandardCharsets.US_ASCII)));
            return channel;
        } catch (FileAlreadyExistsException e) {
            // another run made it a moment ago
            return openLock(folder, dir);
        }
    }

    private static FileChannel fileChannel(SeekableByteChannel channel) throws IOException {
        if (channel instanceof FileChannel file) {
            return file;
        }
        channel.close();
        throw new IOException("the file system cannot lock files");
    }

    private static RefusedException busy(Path dir) {
        return new RefusedException(
                "another Dockwise plan is being written to "
                        + ShownName.of(dir)
                        + " right now; wait for it to finish, or choose another folder");
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /**
     * Where this run writes, for messages; nothing here is seen under the plan's names until {@link
     * #commit()}.
     */
    public Path staging() {
        return staging.path();
    }

    /**
     * Where each host's files go: into this run's staging folder, new files only, every one counted
     * for the check before the switch.
     */
    public HostFiles hosts() {
        return (name, bytes) -> {
            hosts.write(name, bytes);
            written.put(name, bytes.length);
        };
    }

    /** Writes one of the summaries into the staging folder. */
    public void writeSummary(String name, byte[] bytes) throws IOException {
        staging.write(name, bytes);
    }

    /**
     * Whether the process is being stopped (Ctrl+C, a logout): the run should end without its plan.
     */
    public boolean stopping() {
        return stopping;
    }

    /**
     * Records what was written and switches it in place of the folder's previous plan, whole or not
     * at all: only when every file this run wrote is in its staging folder as written, and the
     * folder holds, right now, nothing but what it held when the run started (the user may have
     * saved a file into it meanwhile). Files found among the previous plan that its record does not
     * list are kept, in a folder of their own that the result names.
     */
    public synchronized Optional<KeptFiles> commit() throws IOException {
        if (stopping) {
            throw new CancellationException("stopped before the plan was put in place");
        }
        if (!folder.stillAt()) {
            keepStaging = true;
            throw new RefusedException(
                    ShownName.of(out)
                            + " was moved or replaced by a link while the plan was written; nothing"
                            + " was replaced. The new plan is in "
                            + ShownName.of(staging().getFileName())
                            + " in the folder that was there");
        }
        checkWhole();
        PlanManifest.record(staging, version, Instant.now()).writeInto(staging);
        var refused = PlanFolderContents.of(folder).refusal(force);
        if (refused.isPresent()) {
            keepStaging = true;
            throw new RefusedException(
                    "while the plan was written, "
                            + refused.get().replaceFirst("\\. A plan goes only into.*$", "")
                            + ". Nothing was replaced or removed; the new plan is in "
                            + ShownName.of(staging())
                            + " until the next plan into this folder");
        }
        Optional<PlanSwitch.Kept> kept;
        try {
            kept = PlanSwitch.run(folder, staging, token, mover);
        } catch (PlanSwitch.FailedException e) {
            throw new NotReplacedException(e.getMessage(), e.undone(), e);
        }
        committed = true;
        return kept.map(k -> new KeptFiles(out.resolve(k.folder()), k.files()));
    }

    /** Every host file this run wrote is in staging, as written, and nothing else is. */
    private void checkWhole() throws IOException {
        List<String> missing = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        // a set: a plan has tens of thousands of host files
        java.util.Set<String> names = new java.util.HashSet<>(hosts.names());
        for (String name : names) {
            Integer size = written.get(name);
            Optional<BasicFileAttributes> a = hosts.attributes(name);
            if (size == null) {
                extra.add(name);
            } else if (a.isEmpty() || !a.get().isRegularFile() || a.get().size() != size) {
                missing.add(name);
            }
        }
        for (String name : written.keySet()) {
            if (!names.contains(name)) {
                missing.add(name);
            }
        }
        for (String summary : List.of(PlanLayout.SUMMARY_CSV, PlanLayout.SUMMARY_HTML)) {
            if (staging.attributes(summary).filter(BasicFileAttributes::isRegularFile).isEmpty()) {
                missing.add(summary);
            }
        }
        if (!missing.isEmpty() || !extra.isEmpty()) {
            throw new NotReplacedException(
                    (missing.isEmpty()
                                    ? ""
                                    : missing.size()
                                            + " of the plan's files went missing from "
                                            + ShownName.of(staging())
                                            + " while it was written ("
                                            + String.join(", ", missing.stream().limit(3).toList())
                                            + (missing.size() > 3 ? ", ..." : "")
                                            + ")")
                            + (missing.isEmpty() || extra.isEmpty() ? "" : ", and ")
                            + (extra.isEmpty()
                                    ? ""
                                    : extra.size() + " files this run did not write appeared in it")
                            + "; nothing was replaced",
                    true,
                    null);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            hosts.close();
            staging.close();
            // after a switch that could not be undone, its journal needs the staged plan to put the
            // previous one back
            if (!keepStaging && !PlanSwitch.pending(folder)) {
                WorkFolder.deleteQuietly(folder, staging.path().getFileName().toString());
            }
        } finally {
            try {
                HeldLocks.released(lockKey);
                lock.release();
                lockChannel.close();
                folder.close();
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
     * written are done, and the run's own close removes its staging folder; this waits for that
     * (the process ends when its hooks return), and removes the folder itself if the run does not
     * end in time.
     */
    private void stopRequested() {
        stop();
        try {
            if (!closed.await(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
                synchronized (this) {
                    if (!committed && !keepStaging && !PlanSwitch.pending(folder)) {
                        WorkFolder.deleteQuietly(folder, staging.path().getFileName().toString());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // stopping anyway: what is left is marked, and the next run removes it
        }
    }

    /** What the stop request does first; for tests, without waiting for the run to end. */
    void stop() {
        stopping = true;
    }
}
