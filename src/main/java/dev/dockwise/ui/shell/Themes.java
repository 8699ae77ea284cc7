package dev.dockwise.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/**
 * AtlantaFX's Primer themes as the user-agent stylesheet; app.css builds on their looked-up
 * colours.
 */
final class Themes {
    private Themes() {}

    static void apply(boolean dark) {
        Application.setUserAgentStylesheet(
                dark
                        ? new PrimerDark().getUserAgentStylesheet()
                        : new PrimerLight().getUserAgentStylesheet());
    }
}
