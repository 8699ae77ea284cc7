package dev.dockwise.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.Fifo;
import dev.dockwise.Skip;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads that end: regular files only, never past a limit, logs from their end. */
class BoundedReadTest {
    @TempDir Path dir;

    @Test
    void aFileWithinTheLimitIsReadWholeAndALargerOneIsRefusedWithItsSize() throws Exception {
        Path file = Files.write(dir.resolve("p.json"), new byte[1000]);
        assertEquals(1000, BoundedRead.whole(file, 1000).length);
        BoundedRead.TooLargeException e =
                assertThrows(
                        BoundedRead.TooLargeException.class, () -> BoundedRead.whole(file, 999));
        assertEquals(1000, e.size());
        assertEquals(999, e.limit());
    }

    @Test
    void aFolderADeviceAndAPipeAreNotReadAtAll() throws Exception {
        BoundedRead.NotAFileException folder =
                assertThrows(BoundedRead.NotAFileException.class, () -> BoundedRead.whole(dir, 10));
        assertTrue(folder.folder());
        Skip.onWindows("/dev/zero");
        // /dev/zero never ends; read as a file it would fill any buffer
        BoundedRead.NotAFileException device =
                assertThrows(
                        BoundedRead.NotAFileException.class,
                        () -> BoundedRead.whole(Path.of("/dev/zero"), 10));
        assertFalse(device.folder());
        Path fifo = Fifo.make(dir.resolve("fifo"));
        // opened for reading, a pipe with no writer blocks for ever: it must be refused before it
        // is opened
        assertTimeoutPreemptively(
                Duration.ofSeconds(10),
                () ->
                        assertThrows(
                                BoundedRead.NotAFileException.class,
                                () -> BoundedRead.whole(fifo, 10)));
    }

    @Test
    void theTailOfALogIsItsLastBytes() throws Exception {
        Path log = Files.writeString(dir.resolve("d.log"), "0123456789");
        assertArrayEquals("789".getBytes(StandardCharsets.US_ASCII), BoundedRead.tail(log, 3));
        assertArrayEquals(
                "0123456789".getBytes(StandardCharsets.US_ASCII), BoundedRead.tail(log, 100));
        assertArrayEquals(
                new byte[0],
                BoundedRead.tail(Files.write(dir.resolve("empty.log"), new byte[0]), 100));
    }

    @Test
    void aLinkToAFileIsFollowed() throws Exception {
        Path file = Files.writeString(dir.resolve("real.json"), "{}");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), file);
        assertEquals("{}", new String(BoundedRead.whole(link, 10), StandardCharsets.UTF_8));
    }
}
