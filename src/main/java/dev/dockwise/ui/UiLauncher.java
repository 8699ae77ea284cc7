package dev.dockwise.ui;

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
}
