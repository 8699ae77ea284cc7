package dev.dockwise;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * Turns a skipped test into a failed one unless {@link Skip} allowed the skip: a test that quietly
 * skips for want of a tool leaves its check out of a green build. Registered for every test
 * (src/test/resources: junit-platform.properties turns on extension detection, META-INF/services
 * names this class).
 */
public final class SkipGuard
        implements TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable thrown)
            throws Throwable {
        throw failIfSkipped(thrown);
    }

    @Override
    public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable thrown)
            throws Throwable {
        throw failIfSkipped(thrown);
    }

    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable thrown)
            throws Throwable {
        throw failIfSkipped(thrown);
    }

    @Override
    public void handleAfterEachMethodExecutionException(ExtensionContext context, Throwable thrown)
            throws Throwable {
        throw failIfSkipped(thrown);
    }

    @Override
    public void handleAfterAllMethodExecutionException(ExtensionContext context, Throwable thrown)
            throws Throwable {
        throw failIfSkipped(thrown);
    }

    private static Throwable failIfSkipped(Throwable thrown) {
        if (thrown instanceof TestAbortedException && !(thrown instanceof Skip.Allowed)) {
            return new AssertionFailedError(
                    "skipped ("
                            + thrown.getMessage()
                            + "): a test that lacks what it needs fails; install it (README, Set"
                            + " up) or, for what no install can give, skip through"
                            + " dev.dockwise.Skip",
                    thrown);
        }
        return thrown;
    }
}
