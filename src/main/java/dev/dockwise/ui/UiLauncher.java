package dev.dockwise.ui;

import dev.dockwise.engine.Advisor;
import dev.dockwise.knowledge.KnowledgeBase;
import dev.dockwise.ui.wizard.WizardServices;
import dev.dockwise.ui.wizard.WizardSession;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;

/** Starts the wizard; the command line calls this so that it never loads JavaFX itself. */
public final class UiLauncher {
    private UiLauncher() {}

    /** Blocks until the window closes. Throws when no display is available. */
    public static void launch(Path profile) {
        String[] args =
                profile == null
                        ? new String[0]
                        : new String[] {profile.toAbsolutePath().toString()};
        Application.launch(DockwiseApp.class, args);
    }

    /**
     * The wizard's model (the knowledge base loaded, the advisor run once on an empty assessment)
     * made on another thread, started once the first frame is on its way: the toolkit's thread
     * stays free to draw it. A failure (a broken knowledge file) comes out where the window joins
     * the result.
     */
    public static CompletableFuture<WizardSession> modelInBackground() {
        CompletableFuture<WizardSession> model = new CompletableFuture<>();
        Thread thread =
                new Thread(
                        () -> {
                            try {
                                model.complete(
                                        new WizardSession(
                                                new WizardServices(
                                                        new Advisor(KnowledgeBase.bundled()))));
                            } catch (RuntimeException | Error e) {
                                model.completeExceptionally(e);
                            }
                        },
                        "dockwise-model");
        thread.setDaemon(true);
        thread.start();
        return model;
    }
}
