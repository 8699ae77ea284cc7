package dev.dockwise.ui.common;

/**
 * Keeps a control and a property in step both ways without echo: a change made while syncing in one
 * direction is not sent back the other way.
 */
final class SyncGuard {
    private boolean syncing;

    void run(Runnable update) {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            update.run();
        } finally {
            syncing = false;
        }
    }
}
