package dev.dockwise.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An archive a killed child left half-written is removed at the next start; a running process's,
 * the archive in use and anything else in the folder stay.
 */
class ClassDataSharingSweepTest {
    @TempDir Path cache;

    @Test
    void onlyAbandonedArchivesInTheMakingGo() throws Exception {
        // above Linux's largest process id (2^22), so no process has it
        Path abandoned = Files.write(cache.resolve(".making-4194305.jsa"), new byte[1024]);
        Path running =
                Files.write(
                        cache.resolve(".making-" + ProcessHandle.current().pid() + ".jsa"),
                        new byte[1024]);
        Path inUse = Files.write(cache.resolve("wizard-1a2b3c.jsa"), new byte[1024]);
        Path notOurs = Files.write(cache.resolve(".making-notes.jsa"), new byte[1]);
        Path other = Files.writeString(cache.resolve("notes.txt"), "a user's file");
        Path link = cache.resolve(".making-4194306.jsa");
        Files.createSymbolicLink(link, other);

        ClassDataSharing.sweepAbandoned(cache);

        try (Stream<Path> left = Files.list(cache)) {
            assertEquals(
                    List.of(link, notOurs, running, other, inUse).stream().sorted().toList(),
                    left.sorted().toList());
        }
        assertEquals(false, Files.exists(abandoned));
        assertEquals("a user's file", Files.readString(other));
    }
}
