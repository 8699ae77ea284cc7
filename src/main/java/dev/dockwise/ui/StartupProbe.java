package dev.dockwise.ui;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.AnimationTimer;
import javafx.stage.Stage;

/**
 * For the startup benchmark: with {@code -Ddockwise.startupProbe=FILE}, writes the milliseconds
 * from JVM start to the first rendered frame of the window into FILE. Does nothing otherwise.
 */
public final class StartupProbe {
    private StartupProbe() {}

    /** When the user started the app: the relaunching parent's start, else this JVM's. */
    private static long started() {
        String parent = System.getProperty("dockwise.launchedAt");
        if (parent != null) {
            try {
                return Long.parseLong(parent);
            } catch (NumberFormatException e) {
                // fall through to this JVM's start
            }
        }
        return ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    public static void watch(Stage stage) {
        String target = System.getProperty("dockwise.startupProbe");
        if (target == null) {
            return;
        }
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                // the first pulse lays out; the second follows the first painted frame
                if (++frames < 2 || !stage.isShowing()) {
                    return;
                }
                stop();
                long ms = System.currentTimeMillis() - started();
                try {
                    Files.writeString(Path.of(target), ms + "\n", StandardCharsets.UTF_8);
                } catch (IOException ignored) {
                    // the benchmark notices the missing file
                }
            }
        }.start();
    }
}
