package dev.dockwise.ui;

import dev.dockwise.engine.Advisor;
import dev.dockwise.knowledge.KnowledgeBase;
import dev.dockwise.ui.common.FilePicker;
import dev.dockwise.ui.settings.Autosave;
import dev.dockwise.ui.settings.SettingsStore;
import dev.dockwise.ui.shell.MainWindow;
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
        Path fleet = Files.createDirectories(config.resolve("fleet"));
        dev.dockwise.fleet.FleetGenerator.Fleet hosts =
                dev.dockwise.fleet.FleetGenerator.generate(240, 40, 3);
        for (int i = 0; i < hosts.lines().size(); i++) {
            Files.writeString(
                    fleet.resolve(String.format("pc-%03d.dockwise.json", i + 1)),
                    hosts.lines().get(i));
        }
        FilePicker cancelling = FxSupport.cancellingPicker();
        FilePicker none =
                new FilePicker() {
                    @Override
                    public java.util.Optional<Path> open(
                            String title, String description, String... patterns) {
                        return cancelling.open(title, description, patterns);
                    }

                    @Override
                    public java.util.Optional<Path> save(
                            String title,
                            String suggestedName,
                            String description,
                            String pattern) {
                        return cancelling.save(title, suggestedName, description, pattern);
                    }

                    @Override
                    public java.util.Optional<Path> folder(String title) {
                        return java.util.Optional.of(fleet);
                    }
                };
        FxSupport.onFx(
                () -> {
                    Stage stage = new Stage();
                    window[0] =
                            new MainWindow(
                                    stage,
                                    new WizardViewModel(new Advisor(KnowledgeBase.bundled())),
                                    new SettingsStore(config),
                                    new Autosave(config),
                                    s -> none);
                    stage.setWidth(1280);
                    stage.setHeight(800);
                    stage.show();
                    window[0].load(profile);
                });
        for (Step step : Step.values()) {
            FxSupport.onFx(() -> window[0].vm().goTo(step));
            Thread.sleep(700);
            FxSupport.onFx(
                    () -> {
                        try {
                            Snapshots.write(
                                    window[0].stage().getScene(),
                                    out.resolve(
                                            (step.ordinal() + 1)
                                                    + "-"
                                                    + step.name().toLowerCase()
                                                    + (dark ? "-dark" : "")
                                                    + ".png"));
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    });
        }
        FxSupport.onFx(
                () -> window[0].actions().execute(dev.dockwise.ui.actions.StandardAction.FINISH));
        Thread.sleep(700);
        shoot(window[0], out.resolve("finish" + (dark ? "-dark" : "") + ".png"));
        FxSupport.onFx(() -> window[0].showWizard());
        dev.dockwise.ui.print.PrintPreview[] preview = new dev.dockwise.ui.print.PrintPreview[1];
        FxSupport.onFx(() -> preview[0] = window[0].printPreview());
        Thread.sleep(900);
        FxSupport.onFx(
                () -> {
                    try {
                        Snapshots.write(
                                preview[0].stage().getScene(),
                                out.resolve("print-preview" + (dark ? "-dark" : "") + ".png"));
                        for (int i = 0; i < preview[0].pages().size(); i++) {
                            Snapshots.write(
                                    preview[0].pages().get(i).node().getScene(),
                                    out.resolve(
                                            "printed-page-"
                                                    + (i + 1)
                                                    + (dark ? "-dark" : "")
                                                    + ".png"));
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    preview[0].stage().close();
                });
        FxSupport.onFx(
                () -> {
                    window[0]
                            .actions()
                            .execute(dev.dockwise.ui.actions.StandardAction.TROUBLESHOOT);
                    window[0]
                            .troubleshooter()
                            .errorTextProperty()
                            .set(
                                    "docker: Error response from daemon:"
                                        + " hcsshim::CreateComputeSystem 3f2a9b0c1d4e5f67: The"
                                        + " virtual machine could not be started because a required"
                                        + " feature is not installed.");
                    window[0].troubleshooter().diagnose();
                });
        Thread.sleep(900);
        shoot(window[0], out.resolve("troubleshoot" + (dark ? "-dark" : "") + ".png"));
        FxSupport.onFx(
                () ->
                        window[0]
                                .actions()
                                .execute(dev.dockwise.ui.actions.StandardAction.PLAN_FLEET));
        for (int i = 0;
                i < 100
                        && (window[0].fleet().summaryProperty().get() == null
                                || window[0].fleet().busyProperty().get());
                i++) {
            Thread.sleep(100);
        }
        Thread.sleep(900);
        shoot(window[0], out.resolve("fleet" + (dark ? "-dark" : "") + ".png"));
        Platform.exit();
    }

    private static void shoot(MainWindow window, Path file) throws InterruptedException {
        FxSupport.onFx(
                () -> {
                    try {
                        Snapshots.write(window.stage().getScene(), file);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
    }
}
