package dev.dockwise.ui;

import dev.dockwise.ui.actions.ActionRegistry;
import dev.dockwise.ui.settings.AppDirs;
import dev.dockwise.ui.settings.Autosave;
import dev.dockwise.ui.settings.SettingsStore;
import dev.dockwise.ui.shell.DesktopServices;
import dev.dockwise.ui.shell.FirstFrame;
import dev.dockwise.ui.shell.MainWindow;
import dev.dockwise.ui.wizard.WizardSession;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/** The desktop wizard. Launched through {@link UiLauncher}, never as the jar's entry point. */
public final class DockwiseApp extends Application {
    /**
     * Pulses the first frame gets to itself: the first lays it out and paints it, the third starts
     * once that painting is done.
     */
    private static final int FIRST_FRAME_PULSES = 3;

    private MainWindow window;

    @Override
    public void start(Stage stage) {
        dev.dockwise.ui.common.Icons.warmUp();
        dev.dockwise.ui.common.Browser.use(getHostServices()::showDocument);
        Path config = AppDirs.configDir();
        SettingsStore settings = new SettingsStore(config);
        var loaded = settings.load();
        ActionRegistry actions = new ActionRegistry();
        new FirstFrame(stage, loaded, actions);
        StartupProbe.watch(stage);
        stage.show();
        // The knowledge, the advisor and the wizard's model are made on another thread once the
        // first frame is drawn (the pulse after the one that painted it): made on this thread they
        // held it for seconds right after the window was mapped, and started with the window they
        // took the processor from its first painting, so the window stayed one flat colour for
        // half a second longer.
        new AnimationTimer() {
            private int pulses;
            private CompletableFuture<WizardSession> model;

            @Override
            public void handle(long now) {
                if (++pulses == FIRST_FRAME_PULSES) {
                    model = UiLauncher.modelInBackground();
                }
                if (model == null || !model.isDone()) {
                    return;
                }
                stop();
                window =
                        new MainWindow(
                                stage,
                                model.join(),
                                settings,
                                new Autosave(config),
                                DesktopServices.system(),
                                actions);
                // the offer to recover and a file's problems are dialogs that wait for the user,
                // which JavaFX refuses inside an animation pulse such as this one: they come right
                // after it
                List<String> args = getParameters().getRaw();
                Platform.runLater(
                        () -> {
                            boolean recovered = window.offerRecovery();
                            if (!recovered && !args.isEmpty()) {
                                window.load(Path.of(args.get(0)));
                            }
                        });
            }
        }.start();
    }

    /**
     * The toolkit stops (the last window closed, or the host stopped the app): the window's
     * autosave timer and lock go as on a clean exit, so nothing writes into the config folder
     * after.
     */
    @Override
    public void stop() {
        if (window != null) {
            window.shutdown();
        }
    }
}
