package dev.dockwise.ui;

import dev.dockwise.engine.Advisor;
import dev.dockwise.knowledge.KnowledgeBase;
import dev.dockwise.ui.common.FilePicker;
import dev.dockwise.ui.settings.Autosave;
import dev.dockwise.ui.settings.SettingsStore;
import dev.dockwise.ui.wizard.Step;
import dev.dockwise.ui.wizard.WizardViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Takes the README screenshots: opens a profile in the real window (run under Xvfb with a real
 * display) and saves every step as PNG. Usage: ScreenshotTour PROFILE OUTDIR [dark].
 */
public final class ScreenshotTour {
    public static void main(String[] args) throws Exception {
        Path profile = Path.of(args[0]);
        Path out = Path.of(args[1]);
        boolean dark = args.length > 2 && args[2].equals("dark");
        Files.createDirectories(out);
        Path config = Files.createTempDirectory("dockwise-tour");
        if (dark) {
            Files.writeString(config.resolve("settings.json"), "{\"theme\":\"dark\"}");
        }
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        MainWindow[] window = new MainWindow[1];
        FilePicker none = FxSupport.cancellingPicker();
        FxSupport.onFx(() -> {
            Stage stage = new Stage();
            window[0] = new MainWindow(stage, new WizardViewModel(new Advisor(KnowledgeBase.bundled())), new SettingsStore(config),
                    new Autosave(config), s -> none);
            stage.setWidth(1280);
            stage.setHeight(800);
            stage.show();
            window[0].load(profile);
        });
        for (Step step : Step.values()) {
            FxSupport.onFx(() -> window[0].vm().goTo(step));
            Thread.sleep(700);
            FxSupport.onFx(() -> {
                try {
                    Snapshots.write(window[0].stage().getScene(), out.resolve((step.ordinal() + 1) + "-" + step.name().toLowerCase()
                            + (dark ? "-dark" : "") + ".png"));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        Platform.exit();
    }
}
