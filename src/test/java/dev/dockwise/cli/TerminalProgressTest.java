package dev.dockwise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {
    @Test
    void drawsABarInPlaceAndEndsTheLineWhenDone() {
        StringWriter out = new StringWriter();
        TerminalProgress progress = new TerminalProgress(new PrintWriter(out), true);
        progress.update(1, 4);
        for (int i = 2; i <= 3; i++) {
            progress.update(i, 4); // within the redraw interval: skipped
        }
        progress.update(4, 4);
        String drawn = out.toString();
        assertTrue(
                drawn.startsWith("\rPlanning [#######-----------------------] 1/4 hosts"), drawn);
        assertTrue(
                drawn.endsWith(
                        "\rPlanning [##############################] 4/4 hosts"
                                + System.lineSeparator()),
                drawn);
        assertEquals(
                2,
                drawn.chars().filter(c -> c == '\r').count(),
                "redrawn at most ten times a second, and always at the end");
    }

    @Test
    void staysSilentWhenNotATerminal() {
        StringWriter out = new StringWriter();
        TerminalProgress progress = new TerminalProgress(new PrintWriter(out), false);
        progress.update(1, 1);
        assertEquals("", out.toString());
    }
}
