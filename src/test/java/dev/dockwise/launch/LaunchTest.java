package dev.dockwise.launch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LaunchTest {
    @Test
    void noArgumentsOpenTheWizard() {
        assertArrayEquals(new String[] {"gui"}, Launch.commandLine(new String[0]));
    }

    @Test
    void aProfileFileAloneOpensItInTheWizard(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("host.dockwise.json"), "{}");
        assertArrayEquals(
                new String[] {"gui", "--profile", file.toString()},
                Launch.commandLine(new String[] {file.toString()}));
    }

    @Test
    void commandsAndMissingFilesStayCommands(@TempDir Path dir) {
        String missing = dir.resolve("gone.dockwise.json").toString();
        assertArrayEquals(new String[] {missing}, Launch.commandLine(new String[] {missing}));
        assertArrayEquals(new String[] {"matrix"}, Launch.commandLine(new String[] {"matrix"}));
        assertArrayEquals(
                new String[] {"--version"}, Launch.commandLine(new String[] {"--version"}));
    }
}
