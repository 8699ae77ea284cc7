package dev.dockwise.perf;

import dev.dockwise.engine.Advisor;
import dev.dockwise.knowledge.KnowledgeBase;
import dev.dockwise.ui.actions.ActionRegistry;
import dev.dockwise.ui.settings.Autosave;
import dev.dockwise.ui.settings.SettingsStore;
import dev.dockwise.ui.shell.DesktopServices;
import dev.dockwise.ui.shell.MainWindow;
import dev.dockwise.ui.wizard.WizardSession;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/** Prints where the wizard's startup time goes, phase by phase (for tuning, not a test). */
public final class StartupPhases extends Application {
    private static long t0;

    private static void mark(String phase) {
        long now = System.currentTimeMillis();
        System.out.printf(
                "%-28s %5d ms since JVM start%n",
                phase, now - ManagementFactory.getRuntimeMXBean().getStartTime());
    }

    @Override
    public void start(Stage stage) {
        mark("toolkit started");
        Path config = Path.of(System.getProperty("java.io.tmpdir"), "dockwise-phases");
        var knowledge = KnowledgeBase.bundled();
        mark("knowledge loaded");
        WizardSession vm = new WizardSession(new Advisor(knowledge));
        mark("view model");
        MainWindow w =
                new MainWindow(
                        stage,
                        vm,
                        new SettingsStore(config),
                        new Autosave(config),
                        DesktopServices.system(),
                        new ActionRegistry());
        mark("main window built");
        stage.show();
        mark("shown");
        Platform.runLater(
                () ->
                        Platform.runLater(
                                () -> {
                                    mark("two pulses later");
                                    Platform.exit();
                                }));
    }

    public static final class Launcher {
        public static void main(String[] args) {
            mark("main");
            Application.launch(StartupPhases.class, args);
        }
    }
}
