package dev.dockwise.ui.common;

import javafx.scene.control.Label;

/** Labels in the app's text styles. */
public final class Labels {
    private Labels() {}

    public static Label styled(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().add(styleClass);
        return l;
    }

    public static Label muted(String text) {
        return styled(text, StyleClasses.MUTED);
    }

    public static Label sectionTitle(String text) {
        return styled(text, StyleClasses.SECTION_TITLE);
    }
}
