package dev.dockwise.ui;

import dev.dockwise.ui.common.FilePicker;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;

/** Helpers for tools that drive the real window outside TestFX (screenshots, benchmarks). */
public final class FxSupport {
    private FxSupport() {}

    /** Runs on the FX thread and waits for it. */
    public static void onFx(Runnable r) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(
                () -> {
                    try {
                        r.run();
                    } finally {
                        done.countDown();
                    }
                });
        done.await();
    }

    /** A file picker where the user always cancels. */
    public static FilePicker cancellingPicker() {
        return new FilePicker() {
            @Override
            public Optional<Path> open(String title, String description, String... patterns) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> save(
                    String title, String suggestedName, String description, String pattern) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> folder(String title) {
                return Optional.empty();
            }
        };
    }
}
