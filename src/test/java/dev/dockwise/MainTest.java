package dev.dockwise;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @Test
    void noArgumentsOpenTheWizard() {
        assertArrayEquals(new String[] {"gui"}, Main.commandLine(new String[0]));
    }

    @Test
    void aProfileFileAloneOpensItInTheWizard(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("host.dockwise.json"), "{}");
        assertArrayEquals(new String[] {"gui", "--profile", file.toString()}, Main.commandLine(new String[] {file.toString()}));
    }

    @Test
    void commandsAndMissingFilesStayCommands(@TempDir Path dir) {
        String missing = dir.resolve("gone.dockwise.json").toString();
        assertArrayEquals(new String[] {missing}, Main.commandLine(new String[] {missing}));
        assertArrayEquals(new String[] {"matrix"}, Main.commandLine(new String[] {"matrix"}));
        assertArrayEquals(new String[] {"--version"}, Main.commandLine(new String[] {"--version"}));
    }
}
