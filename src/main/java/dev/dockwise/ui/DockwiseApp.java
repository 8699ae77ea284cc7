package dev.dockwise.ui;

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
import javafx.application.Application;
import javafx.stage.Stage;

/** The desktop wizard. Launched through {@link UiLauncher}, never as the jar's entry point. */
public final class DockwiseApp extends Application {
    private MainWindow window;

    @Override
    public void start(Stage stage) {
        Path config = AppDirs.configDir();
        WizardViewModel vm = new WizardViewModel(new Advisor(KnowledgeBase.bundled()));
        window = new MainWindow(stage, vm, new SettingsStore(config), new Autosave(config), SystemFilePicker::new);
        StartupProbe.watch(stage);
        stage.show();
        List<String> args = getParameters().getRaw();
        boolean recovered = window.offerRecovery();
        if (!recovered && !args.isEmpty()) {
            window.load(Path.of(args.get(0)));
        }
    }
}
