package dev.dockwise.ui.settings;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where Dockwise keeps settings and autosaves: %APPDATA%\Dockwise on Windows,
 * $XDG_CONFIG_HOME/dockwise (or ~/.config/dockwise) elsewhere. The system property {@code
 * dockwise.config.dir} overrides it for tests.
 */
public final class AppDirs {
    private AppDirs() {}

    public static Path configDir() {
        String override = System.getProperty("dockwise.config.dir");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        boolean windows =
                System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        String appData = System.getenv("APPDATA");
        if (windows && appData != null && !appData.isBlank()) {
            return Path.of(appData, "Dockwise");
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "dockwise");
        }
        return Path.of(System.getProperty("user.home"), ".config", "dockwise");
    }
}
