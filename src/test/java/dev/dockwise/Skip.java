package dev.dockwise;

import java.util.Locale;
import org.opentest4j.TestAbortedException;

/**
 * The only skips a test may make; {@link SkipGuard} turns any other into a failure. None is for a
 * missing tool: a test that needs Node, a print queue or mkfifo fails without it and says what to
 * install (README, Set up), so a green build has run every check there is.
 */
public final class Skip {
    private Skip() {}

    /** Windows has no such thing (a FIFO, {@code /dev/null}): there is nothing to test there. */
    public static void onWindows(String what) {
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")) {
            throw new Allowed("Windows has no " + what);
        }
    }

    /** What only root may do (mount, chattr +i): a user's build skips it, CI (root) runs it. */
    public static void unlessPermitted(boolean permitted, String what) {
        if (!permitted) {
            throw new Allowed("not permitted here: " + what);
        }
    }

    /** A race with another process that the test lost (it finished before it could be stopped). */
    public static void unlessInTime(boolean inTime, String what) {
        if (!inTime) {
            throw new Allowed("too late: " + what);
        }
    }

    /** A skip one of the methods above allows. */
    static final class Allowed extends TestAbortedException {
        private static final long serialVersionUID = 1L;

        Allowed(String message) {
            super(message);
        }
    }
}
