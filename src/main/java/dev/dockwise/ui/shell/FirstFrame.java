package dev.dockwise.ui.shell;

import dev.dockwise.ui.actions.ActionRegistry;
import dev.dockwise.ui.common.Resources;
import dev.dockwise.ui.settings.AppSettings;
import dev.dockwise.ui.steps.StartStepView;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * The window's first frame: the Start step, in the user's theme and window size, shown before the
 * knowledge base, the advisor and the rest of the window are ready. What the user asks for in the
 * meantime waits in the {@link ActionRegistry} and is done as soon as the main window is ready (a
 * moment later).
 */
public final class FirstFrame {
    /**
     * Shows the Start step on the stage at once; its buttons ask {@code actions}, which waits for
     * the main window.
     */
    public FirstFrame(Stage stage, AppSettings settings, ActionRegistry actions) {
        Themes.apply(settings.theme() == AppSettings.Theme.DARK);
        BorderPane root =
                new BorderPane(
                        new StartStepView(
                                actions,
                                FXCollections.observableArrayList(settings.recentFiles())));
        root.getStyleClass().add("dockwise");
        javafx.geometry.Rectangle2D bounds =
                WindowPlacement.of(settings, WindowPlacement.screens());
        Scene scene = new Scene(root, bounds.getWidth(), bounds.getHeight());
        scene.getStylesheets().add(Resources.external("/dev/dockwise/ui/app.css"));
        stage.setScene(scene);
        stage.setTitle("Dockwise");
        WindowPlacement.apply(stage, settings);
        iconsAfterFirstPaint(stage);
        // the scroll page draws its content into a cached image before the window: for the one
        // frame this scene shows that doubles the first painting (software pipeline: 127-160 ms
        // without against 175-314 ms with, pulse logger); the main window's pages keep the cache
        root.applyCss();
        root.lookupAll(".viewport").forEach(viewport -> viewport.setCache(false));
    }

    /**
     * The window's icons, once the first frame is on screen: decoding eight sizes and handing them
     * to the window system took about 140 ms of the toolkit's thread before the window was shown,
     * while the window is shown and painted without them (measured by pixels: ui-benchmarks.sh).
     */
    private static void iconsAfterFirstPaint(Stage stage) {
        new javafx.animation.AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                // the first pulse paints the frame; the third starts after that painting is done
                if (++pulses >= 3) {
                    stop();
                    AppIcons.install(stage);
                }
            }
        }.start();
    }
}
