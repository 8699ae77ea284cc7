package dev.dockwise.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.Skip;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files land whole or not at all, only regular files are replaced, and nothing is left behind. */
class AtomicFilesTest {
    @TempDir Path dir;

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private long leftovers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(".dw-")).count();
        }
    }

    @Test
    void aNewFileAndAReplacedOneHoldExactlyTheContentAndKeepThePermissions() throws Exception {
        Path file = dir.resolve("host.dockwise.json");
        AtomicFiles.write(file, bytes("first"));
        assertEquals("first", Files.readString(file));
        assertEquals(
                "rw-r--r--",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
                "reads like any saved file, not private");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
        AtomicFiles.write(file, bytes("second"));
        assertEquals("second", Files.readString(file));
        assertEquals(
                "rw-rw----",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
                "the user's permissions stay");
        assertEquals(0, leftovers());
    }

    @Test
    void aFolderALinkAndADeviceAreRefusedAndLeftAsTheyAre() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("report.pdf"));
        AtomicFiles.NotAFileException e =
                assertThrows(
                        AtomicFiles.NotAFileException.class,
                        () -> AtomicFiles.write(folder, bytes("x")));
        assertTrue(e.getMessage().contains("a folder"), e.getMessage());
        assertTrue(Files.isDirectory(folder));

        Path target = Files.writeString(dir.resolve("notes.txt"), "mine");
        Path link = Files.createSymbolicLink(dir.resolve("link.ps1"), target);
        AtomicFiles.NotAFileException linked =
                assertThrows(
                        AtomicFiles.NotAFileException.class,
                        () -> AtomicFiles.write(link, bytes("x")));
        assertTrue(linked.link());
        assertEquals("mine", Files.readString(target));
        assertTrue(Files.isSymbolicLink(link));

        Path devNull = Path.of("/dev/null");
        Skip.onWindows("/dev/null");
        assertThrows(
                AtomicFiles.NotAFileException.class, () -> AtomicFiles.write(devNull, bytes("x")));
        assertEquals(0, leftovers());
    }

    @Test
    void aFileWhereAFolderOfThePathShouldBeIsNamed() throws Exception {
        Path file = Files.writeString(dir.resolve("2026"), "mine");
        for (Path target : List.of(file.resolve("r.pdf"), file.resolve("q1").resolve("r.pdf"))) {
            AtomicFiles.NotAFolderException e =
                    assertThrows(
                            AtomicFiles.NotAFolderException.class,
                            () -> AtomicFiles.write(target, bytes("x")));
            assertEquals(file + " is a file, not a folder", e.getMessage());
        }
        assertEquals("mine", Files.readString(file));
        assertEquals(0, leftovers());
    }

    @Test
    void throughALinkTheFileItNamesIsReplacedAndTheLinkKept() throws Exception {
        Path real =
                Files.writeString(
                        Files.createDirectory(dir.resolve("dotfiles")).resolve("settings.json"),
                        "old");
        Path link = Files.createSymbolicLink(dir.resolve("settings.json"), real);
        AtomicFiles.writeThroughLinks(link, bytes("new"));
        assertEquals("new", Files.readString(real));
        assertTrue(Files.isSymbolicLink(link));

        Path dangling =
                Files.createSymbolicLink(dir.resolve("gone.json"), dir.resolve("nowhere.json"));
        AtomicFiles.NotAFileException e =
                assertThrows(
                        AtomicFiles.NotAFileException.class,
                        () -> AtomicFiles.writeThroughLinks(dangling, bytes("x")));
        assertTrue(e.getMessage().contains("a link to nothing"), e.getMessage());
        assertFalse(
                Files.exists(dir.resolve("nowhere.json")),
                "nothing is created where the link points");
    }

    @Test
    void aMissingFolderIsSaidInWordsAndNothingIsWritten() {
        Path file = dir.resolve("no-such-folder").resolve("plan.ps1");
        NoSuchFileException e =
                assertThrows(NoSuchFileException.class, () -> AtomicFiles.write(file, bytes("x")));
        assertEquals("the folder does not exist", IoMessages.reason(e));
        assertFalse(Files.exists(file.getParent()));
    }

    @Test
    void largeContentLandsWhole() throws Exception {
        byte[] big = new byte[8 * 1024 * 1024 + 3];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) (i * 31);
        }
        Path file = dir.resolve("big.bin");
        AtomicFiles.write(file, big);
        assertArrayEquals(big, Files.readAllBytes(file));
    }
}
