package dev.dockwise.cli;

import dev.dockwise.fleet.FleetPlanner;
import java.io.PrintWriter;

/**
 * A progress bar on the terminal's error stream, redrawn in place at most ten times a second. It
 * stays silent when the output is not a terminal, so logs and pipes get no carriage-return noise.
 */
final class TerminalProgress implements FleetPlanner.Progress {
    private static final int WIDTH = 30;
    private static final long INTERVAL_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private long lastDraw;

    TerminalProgress(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    static TerminalProgress forConsole(PrintWriter err) {
        return new TerminalProgress(
                err, System.console() != null && !"dumb".equals(System.getenv("TERM")));
    }

    @Override
    public synchronized void update(int done, int total) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (done < total && now - lastDraw < INTERVAL_NANOS) {
            return;
        }
        lastDraw = now;
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        err.print(
                "\rPlanning ["
                        + "#".repeat(filled)
                        + "-".repeat(WIDTH - filled)
                        + "] "
                        + done
                        + "/"
                        + total
                        + " hosts");
        if (done == total) {
            err.println();
        }
        err.flush();
    }
}
