package dev.dockwise.ui.troubleshoot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.TestEngine;
import dev.dockwise.engine.diagnose.Diagnoser;
import dev.dockwise.ui.wizard.Refusal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a log for the troubleshooter, without a toolkit. */
class TroubleshootViewModelTest {
    @TempDir Path dir;

    private final TroubleshootViewModel vm =
            new TroubleshootViewModel(new Diagnoser(TestEngine.ADVISOR), () -> null);

    @Test
    void aUtf16LogFromWindowsIsReadWhole() throws Exception {
        Path log = dir.resolve("docker-desktop.log");
        Files.write(
                log,
                "\uFEFF[10:01] starting\r\nYou are not allowed to use Docker\r\n"
                        .getBytes(StandardCharsets.UTF_16LE));
        vm.openLog(log);
        assertTrue(
                vm.errorTextProperty().get().contains("You are not allowed to use Docker"),
                vm.errorTextProperty().get());
        assertEquals("docker-desktop.log", vm.sourceProperty().get());
    }

    @Test
    void aHugeLogKeepsItsEndAndSaysSo() throws Exception {
        Path log = dir.resolve("big.log");
        String tail = "\nError response from daemon: the end\n";
        Files.writeString(log, "x".repeat(TroubleshootViewModel.LOG_SHOWN + 10) + tail);
        vm.openLog(log);
        assertEquals(TroubleshootViewModel.LOG_SHOWN, vm.errorTextProperty().get().length());
        assertTrue(vm.errorTextProperty().get().endsWith(tail));
        assertEquals("the last 2 million characters of big.log", vm.sourceProperty().get());
    }

    @Test
    void binaryDataIsRefusedAndTheTextShownStays() throws Exception {
        vm.errorTextProperty().set("what the user pasted");
        Path exe = dir.resolve("docker.exe");
        Files.write(
                exe,
                new byte[] {
                    'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0
                });
        assertThrows(CharacterCodingException.class, () -> vm.openLog(exe));
        assertEquals("what the user pasted", vm.errorTextProperty().get());
    }

    @Test
    void aLogThatCannotBeReadIsRefusedInWords() throws Exception {
        Path exe = dir.resolve("docker.exe");
        Files.write(
                exe,
                new byte[] {
                    'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0
                });
        Refusal binary = vm.tryOpenLog(exe).orElseThrow();
        assertEquals("Not a text file", binary.title());
        assertEquals(exe + " does not look like a log: it holds binary data.", binary.reason());
        Refusal missing = vm.tryOpenLog(dir.resolve("gone.log")).orElseThrow();
        assertEquals("Could not read the log", missing.title());
        assertTrue(missing.reason().startsWith(dir.resolve("gone.log") + ": "), missing.reason());
        Path log = Files.writeString(dir.resolve("ok.log"), "Error response from daemon: x\n");
        assertEquals(java.util.Optional.empty(), vm.tryOpenLog(log));
    }
}
