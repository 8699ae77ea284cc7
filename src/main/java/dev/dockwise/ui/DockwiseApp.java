package dev.dockwise.ui;

import dev.dockwise.ui.actions.ActionRegistry;
import dev.dockwise.ui.shell.FirstFrame;
import dev.dockwise.ui.shell.MainWindow;
import dev.dockwise.engine.Advisor;
import dev.dockwise.knowledge.KnowledgeBase;
import dev.dockwise.ui.common.SystemFilePicker;
import dev.dockwise.ui.settings.AppDirs;
import dev.dockwise.ui.settings.Autosave;
import dev.dockwise.ui.settings.SettingsStore;
import dev.dockwise.ui.wizard.WizardViewModel;
import java.nio.file.Path;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/** The desktop wizard. Launched through {@link UiLauncher}, never as the jar's entry point. */
public final class DockwiseApp extends Application {
    private MainWindow window;

    @Override
    public void start(Stage stage) {
        dev.dockwise.ui.common.Browser.use(getHostServices()::showDocument);
        Path config = AppDirs.configDir();
        SettingsStore settings = new SettingsStore(config);
        var loaded = settings.load();
        ActionRegistry actions = new ActionRegistry();
        new FirstFrame(stage, loaded, actions);
        StartupProbe.watch(stage);
        stage.show();
        UiLauncher.prepareInBackground();
        // The first frame is drawn before the knowledge and the other steps load: waiting a few pulses
        // lets the Start step reach the screen, and the warm-up thread has the knowledge ready meanwhile.
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses < 3) {
                    return;
                }
                stop();
                WizardViewModel vm = new WizardViewModel(new Advisor(KnowledgeBase.bundled()));
                window = new MainWindow(stage, vm, settings, new Autosave(config), SystemFilePicker::new, actions);
                // the offer to recover and a file's problems are dialogs that wait for the user, which JavaFX
                // refuses inside an animation pulse such as this one: they come right after it
                List<String> args = getParameters().getRaw();
                Platform.runLater(() -> {
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
     * autosave timer and lock go as on a clean exit, so nothing writes into the config folder after.
     */
    @Override
    public void stop() {
        if (window != null) {
            window.shutdown();
        }
    }
}
