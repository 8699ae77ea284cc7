package dev.dockwise.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dockwise.profile.RawValue;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A window's autosave: its own file, written fresh, never through a link; its lock held as long as
 * the window runs.
 */
class AutosaveTest {
    @TempDir Path dir;

    @Test
    void aLinkPutAtTheAutosavesNameIsReplacedAndWhatItNamesIsLeftAlone() throws Exception {
        Path precious = Files.writeString(dir.resolve("thesis.txt"), "the user's own file");
        try (Autosave autosave = new Autosave(dir.resolve("config"))) {
            Files.createSymbolicLink(autosave.file(), precious);
            autosave.write(draft("{\"host\": {\"edition\": \"pro\"}}"), null);
            assertEquals("the user's own file", Files.readString(precious));
            assertTrue(
                    Files.isRegularFile(autosave.file(), LinkOption.NOFOLLOW_LINKS),
                    "the autosave is a file of its own");
            assertTrue(autosave.read().isPresent());
        }
    }

    @Test
    void aSecondWindowLookingForCrashesLeavesTheFirstWindowsLockInPlace() throws Exception {
        Path config = dir.resolve("config");
        try (Autosave first = new Autosave(config)) {
            first.write(draft("{\"host\": {}}"), null);
            try (Autosave second = new Autosave(config)) {
                assertEquals(
                        0, second.orphans().size(), "the first window is running, not a crash");
                assertEquals(0, second.orphans().size(), "and still is after a second look");
            }
            Path lock =
                    Files.list(config.resolve("autosave"))
                            .filter(p -> p.toString().endsWith(".lock"))
                            .filter(
                                    p ->
                                            p.getFileName()
                                                    .toString()
                                                    .startsWith(
                                                            first.file()
                                                                    .getFileName()
                                                                    .toString()
                                                                    .replace(".json", "")))
                            .findFirst()
                            .orElseThrow();
            long inode = (Long) Files.getAttribute(lock, "unix:ino");
            assertTrue(
                    Files.readAllLines(Path.of("/proc/locks")).stream()
                            .anyMatch(l -> l.matches(".*:" + inode + " .*")),
                    "the kernel still lists the first window's lock");
        }
        assertFalse(Files.exists(config.resolve("autosave").resolve("x.json")));
    }

    private static RawValue.Fields draft(String json) throws Exception {
        return (RawValue.Fields) RawValue.of(new ObjectMapper().readTree(json));
    }
}
