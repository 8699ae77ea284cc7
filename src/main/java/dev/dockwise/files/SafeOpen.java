package dev.dockwise.files;

import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Opens a file for reading without the risk of waiting for ever. Java cannot open with {@code
 * O_NONBLOCK}, and opening a pipe for reading waits until something writes to it: a pipe swapped in
 * for a file between the look at its name and the open would hang the reader. So the open runs on a
 * helper thread; while it has not returned, the name is looked at again every moment, and once it
 * is a pipe, Dockwise opens that pipe for writing itself, which lets the waiting open return (the
 * caller then finds it cannot seek in what it opened, and refuses it). A regular file on a slow
 * share is waited for, up to {@link #PATIENCE_SECONDS}.
 */
final class SafeOpen {
    static final long FIRST_LOOK_MILLIS = 200;
    static final long PATIENCE_SECONDS = 60;

    private static final ExecutorService OPENERS =
            Executors.newCachedThreadPool(
                    task -> {
                        Thread t = new Thread(task, "dockwise-open");
                        t.setDaemon(true);
                        return t;
                    });

    interface Opener<T extends Closeable> {
        T open() throws IOException;
    }

    interface Look {
        BasicFileAttributes now() throws IOException;
    }

    private SafeOpen() {}

    static <T extends Closeable> T open(Path file, Opener<T> opener, Look look) throws IOException {
        Future<T> opening = OPENERS.submit(opener::open);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
        try {
            while (true) {
                try {
                    return opening.get(FIRST_LOOK_MILLIS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException slow) {
                    // looked at again each time: the name may have changed since the open began
                    BasicFileAttributes now = lookQuietly(look);
                    if (now != null && now.isOther()) {
                        releaseWaitingOpen(file);
                        try {
                            // what it opened is checked by the caller, who finds it cannot seek in
                            // a pipe
                            return opening.get(FIRST_LOOK_MILLIS, TimeUnit.MILLISECONDS);
                        } catch (TimeoutException stillWaiting) {
                            closeQuietly(opening);
                            throw new BoundedRead.NotAFileException(file, false);
                        }
                    }
                    if (System.nanoTime() > deadline) {
                        closeQuietly(opening);
                        throw new IOException(
                                ShownName.of(file)
                                        + " did not open within "
                                        + PATIENCE_SECONDS
                                        + " seconds");
                    }
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly(opening);
            throw new InterruptedIOException("stopped while opening " + ShownName.of(file));
        }
    }

    /**
     * Opening a pipe for writing returns at once while a reader waits, and lets that reader's open
     * return. No CREATE, no TRUNCATE: if the name is a file again by now, it is opened and closed
     * unchanged. On a helper thread too, in case nobody waits on it any more.
     */
    @SuppressWarnings("try") // opening and closing it is the whole point: the waiting open returns
    private static void releaseWaitingOpen(Path file) {
        Future<?> release =
                OPENERS.submit(
                        () -> {
                            try (FileChannel writer =
                                    FileChannel.open(file, StandardOpenOption.WRITE)) {
                                return null;
                            }
                        });
        try {
            release.get(FIRST_LOOK_MILLIS, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // the name changed again, or it is a device: the helper thread is a daemon and goes
            // with the process
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What the waiting open eventually opened is closed, whenever it returns. */
    @SuppressWarnings("try") // only closed: nobody reads what the late open brought
    private static <T extends Closeable> void closeQuietly(Future<T> opening) {
        OPENERS.submit(
                () -> {
                    try (T opened = opening.get()) {
                        return null;
                    }
                });
    }

    private static BasicFileAttributes lookQuietly(Look look) {
        try {
            return look.now();
        } catch (IOException e) {
            return null;
        }
    }
}
