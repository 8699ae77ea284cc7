package dev.dockwise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A named pipe made with mkfifo: what a reader that opens it blocks on for ever, unless it looks
 * first.
 */
public final class Fifo {
    private Fifo() {}

    public static Path make(Path path) throws IOException, InterruptedException {
        Skip.onWindows("FIFOs");
        Process mkfifo =
                new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
        String said =
                new String(
                        mkfifo.getInputStream().readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, mkfifo.waitFor(), "mkfifo (coreutils) makes " + path + ": " + said);
        return path;
    }
}
