package dev.dockwise.perf;

import dev.dockwise.ui.StartupProbe;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The baseline for the startup benchmark: the smallest JavaFX window, timed the same way as
 * Dockwise.
 */
public final class HelloFx extends Application {
    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("Hello, world")), 1280, 800));
        StartupProbe.watch(stage);
        stage.show();
    }

    /** Plain main class so the launcher is not an Application, as with dockwise.jar. */
    public static final class Launcher {
        public static void main(String[] args) {
            Application.launch(HelloFx.class, args);
        }
    }
}
