package dev.dockwise.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A name swapped for a pipe between the look at it and its use: a read is refused, never waits for
 * ever; a write never replaces the pipe. Logs as long as a real one in every Windows encoding.
 */
class SwappedFilesTest {
    private static final String LINE =
            "error during connect: open //./pipe/docker_engine: The system cannot find the file"
                    + " specified.\r\n";

    @TempDir Path dir;

    private static void mkfifo(Path fifo) throws Exception {
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor(), "mkfifo");
    }

    @Test
    void aLogSwappedForAPipeWhileItIsOpenedIsRefusedNotWaitedOn() throws Exception {
        Path file = Files.writeString(dir.resolve("file"), LINE);
        Path fifo = dir.resolve("fifo");
        mkfifo(fifo);
        Path log = dir.resolve("docker.log");
        Files.createLink(log, file);
        AtomicBoolean running = new AtomicBoolean(true);
        // hard links of the same file and the same pipe, swapped in and out of the log's name as
        // fast as the system allows
        CompletableFuture<Void> swapper =
                CompletableFuture.runAsync(
                        () -> {
                            boolean pipe = false;
                            while (running.get()) {
                                try {
                                    Files.deleteIfExists(log);
                                    Files.createLink(log, pipe ? fifo : file);
                                    pipe = !pipe;
                                } catch (IOException e) {
                                    throw new IllegalStateException(e);
                                }
                            }
                        });
        AtomicInteger read = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        try {
            assertTimeoutPreemptively(
                    Duration.ofSeconds(60),
                    () -> {
                        for (int i = 0; i < 48; i++) {
                            try {
                                assertEquals(LINE, LogText.read(log));
                                read.incrementAndGet();
                            } catch (BoundedRead.NotAFileException | NoSuchFileException e) {
                                refused.incrementAndGet();
                            }
                        }
                    },
                    "a read waited on a pipe");
        } finally {
            running.set(false);
            swapper.join();
        }
        assertEquals(48, read.get() + refused.get());
    }

    @Test
    void aTargetSwappedForAPipeWhileTheNewFileIsWrittenIsNotReplaced() throws Exception {
        Path target = Files.writeString(dir.resolve("install.ps1"), "the user's previous script");
        byte[] big = new byte[96 * 1024 * 1024];
        CompletableFuture<Void> write =
                CompletableFuture.runAsync(
                        () -> {
                            try {
                                AtomicFiles.write(target, big);
                            } catch (IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        });
        // once the new file is being written beside it, the name becomes a pipe
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (temporaryFiles() == 0 && System.nanoTime() < deadline && !write.isDone()) {
            Thread.onSpinWait();
        }
        assertTrue(temporaryFiles() > 0, "the write had started");
        Files.delete(target);
        mkfifo(target);
        Throwable failure =
                assertThrows(java.util.concurrent.CompletionException.class, write::join)
                        .getCause();
        assertTrue(
                failure.getCause() instanceof AtomicFiles.NotAFileException,
                String.valueOf(failure));
        BasicFileAttributes a =
                Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        assertTrue(a.isOther(), "the pipe is still there");
        assertEquals(0, temporaryFiles(), "no temporary file left");
    }

    private long temporaryFiles() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().startsWith(".dw-")).count();
        }
    }

    @Test
    void aLongUtf16BigEndianLogWithItsByteOrderMarkIsReadFromItsEnd() throws Exception {
        Path log = dir.resolve("big.log");
        byte[] line = LINE.getBytes(StandardCharsets.UTF_16BE);
        try (var out = Files.newOutputStream(log)) {
            out.write(new byte[] {(byte) 0xFE, (byte) 0xFF});
            for (long written = 0; written < 20L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
            out.write("the end\r\n".getBytes(StandardCharsets.UTF_16BE));
        }
        String text = LogText.read(log);
        assertTrue(text.endsWith(LINE + "the end\r\n"), () -> text.substring(text.length() - 200));
        assertTrue(
                text.length() > LogText.MAX_BYTES / 2 - LINE.length(),
                "the last 16 MB, as characters");
    }

    @Test
    void aLongUtf16LittleEndianLogWithItsByteOrderMarkIsReadFromItsEnd() throws Exception {
        Path log = dir.resolve("big.log");
        byte[] line = LINE.getBytes(StandardCharsets.UTF_16LE);
        try (var out = Files.newOutputStream(log)) {
            // an odd number of bytes before the tail's start must not shift it by one
            out.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
            for (long written = 0; written < 20L * 1024 * 1024 + 1; written += line.length) {
                out.write(line);
            }
        }
        assertTrue(LogText.read(log).endsWith(LINE));
    }
}
