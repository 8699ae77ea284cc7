package dev.dockwise.ui;

import dev.dockwise.engine.Advisor;
import dev.dockwise.engine.model.Profile;
import dev.dockwise.knowledge.KnowledgeBase;
import dev.dockwise.profile.ProfileReader;
import java.nio.file.Path;
import javafx.application.Application;

/** Starts the wizard; the command line calls this so that it never loads JavaFX itself. */
public final class UiLauncher {
    private UiLauncher() {
    }

    /** Blocks until the window closes. Throws when no display is available. */
    public static void launch(Path profile) {
        String[] args = profile == null ? new String[0] : new String[] {profile.toAbsolutePath().toString()};
        Application.launch(DockwiseApp.class, args);
    }

    /**
     * Loads the knowledge base and runs the advisor once on another thread, started as soon as the
     * first frame is on screen: before it, the work would compete with the toolkit for the processor.
     * The main window's own call finds the knowledge loaded (or waits for the rest of it).
     */
    public static void prepareInBackground() {
        Thread warm = new Thread(() -> {
            try {
                new Advisor(KnowledgeBase.bundled()).evaluate(ProfileReader.read("{\"schema\":\"" + Profile.SCHEMA
                        + "\",\"host\":{},\"needs\":{\"containers\":[\"linux\"]}}"));
            } catch (Exception e) {
                // the window loads the same again and reports what is wrong there
            }
        }, "dockwise-warm-up");
        warm.setDaemon(true);
        warm.start();
    }
}
