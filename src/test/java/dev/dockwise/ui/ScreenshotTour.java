package dev.dockwise.ui;

import dev.dockwise.engine.Advisor;
import dev.dockwise.knowledge.KnowledgeBase;
import dev.dockwise.ui.common.FilePicker;
import dev.dockwise.ui.shell.DesktopServices;
import dev.dockwise.ui.wizard.Step;
import dev.dockwise.ui.wizard.WizardSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.control.Pagination;
import javafx.scene.control.TextArea;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
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
        MainWindowFixture[] window = new MainWindowFixture[1];
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
                            new MainWindowFixture(
                                    stage,
                                    new WizardSession(new Advisor(KnowledgeBase.bundled())),
                                    config,
                                    new DesktopServices(
                                            s -> none, DesktopServices.system().printers()));
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
        FxSupport.onFx(() -> window[0].showStep(Step.EXPORT));
        Stage[] preview = new Stage[1];
        FxSupport.onFx(() -> preview[0] = window[0].printPreview());
        Thread.sleep(900);
        FxSupport.onFx(
                () -> {
                    try {
                        Snapshots.write(
                                preview[0].getScene(),
                                out.resolve("print-preview" + (dark ? "-dark" : "") + ".png"));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
        // each printed page as the preview draws it on its sheet
        Pagination pages = (Pagination) preview[0].getScene().lookup("#printPreview");
        int count = pages.getPageCount();
        for (int i = 0; i < count; i++) {
            int page = i;
            FxSupport.onFx(() -> pages.setCurrentPageIndex(page));
            Thread.sleep(300);
            FxSupport.onFx(
                    () -> {
                        try {
                            ImageView sheet =
                                    (ImageView)
                                            ((StackPane) pages.lookup("#previewSheet"))
                                                    .getChildren()
                                                    .get(0);
                            Snapshots.write(
                                    (WritableImage) sheet.getImage(),
                                    out.resolve(
                                            "printed-page-"
                                                    + (page + 1)
                                                    + (dark ? "-dark" : "")
                                                    + ".png"));
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    });
        }
        FxSupport.onFx(() -> preview[0].close());
        FxSupport.onFx(
                () -> {
                    window[0]
                            .actions()
                            .execute(dev.dockwise.ui.actions.StandardAction.TROUBLESHOOT);
                    // pasted, as a user would: the page diagnoses it once the text settles
                    window[0]
                            .<TextArea>find("errorText")
                            .setText(
                                    "docker: Error response from daemon:"
                                        + " hcsshim::CreateComputeSystem 3f2a9b0c1d4e5f67: The"
                                        + " virtual machine could not be started because a required"
                                        + " feature is not installed.");
                });
        Thread.sleep(900);
        shoot(window[0], out.resolve("troubleshoot" + (dark ? "-dark" : "") + ".png"));
        FxSupport.onFx(
                () ->
                        window[0]
                                .actions()
                                .execute(dev.dockwise.ui.actions.StandardAction.PLAN_FLEET));
        for (int i = 0; i < 100 && !window[0].fleetPlanned(); i++) {
            Thread.sleep(100);
        }
        Thread.sleep(900);
        shoot(window[0], out.resolve("fleet" + (dark ? "-dark" : "") + ".png"));
        Platform.exit();
    }

    private static void shoot(MainWindowFixture window, Path file) throws InterruptedException {
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
