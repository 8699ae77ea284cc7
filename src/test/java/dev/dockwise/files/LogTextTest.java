package dev.dockwise.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Logs as Windows tools write them: UTF-8 with or without BOM, UTF-16 with or without BOM. */
class LogTextTest {
    private static final String LINE =
            "error during connect: open //./pipe/docker_engine: The system cannot find the file"
                    + " specified.\r\n";

    private static byte[] join(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void everyEncodingWindowsWritesReadsTheSame() throws Exception {
        assertEquals(LINE, LogText.decode(LINE.getBytes(StandardCharsets.UTF_8)));
        assertEquals(
                LINE,
                LogText.decode(
                        join(
                                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                                LINE.getBytes(StandardCharsets.UTF_8))));
        // Windows PowerShell 5.1: docker info > log.txt
        assertEquals(
                LINE,
                LogText.decode(
                        join(
                                new byte[] {(byte) 0xFF, (byte) 0xFE},
                                LINE.getBytes(StandardCharsets.UTF_16LE))));
        assertEquals(
                LINE,
                LogText.decode(
                        join(
                                new byte[] {(byte) 0xFE, (byte) 0xFF},
                                LINE.getBytes(StandardCharsets.UTF_16BE))));
        assertEquals(
                LINE,
                LogText.decode(LINE.getBytes(StandardCharsets.UTF_16LE)),
                "UTF-16 without its BOM, as a tail cut mid-file is");
    }

    @Test
    void aFewBadBytesAreReplacedButBinaryIsRefused() throws Exception {
        byte[] mostlyText = join(LINE.getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE9});
        assertEquals(LINE + "\uFFFD", LogText.decode(mostlyText));
        byte[] exe = new byte[512];
        for (int i = 0; i < exe.length; i++) {
            exe[i] = (byte) (i % 7 == 0 ? 'A' : i % 3);
        }
        assertThrows(CharacterCodingException.class, () -> LogText.decode(exe));
    }
}
