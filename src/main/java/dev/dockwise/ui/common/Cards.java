package dev.dockwise.ui.common;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Result cards of the tool pages: a title with room on its right (for a badge), a muted line under
 * it, then whatever the page adds.
 */
public final class Cards {
    private Cards() {}

    /** The card; its first child is the title row, where a badge goes at the end. */
    public static VBox headed(String title, String detail) {
        Label name = new Label(title);
        name.getStyleClass().add(StyleClasses.MODE_NAME);
        name.setWrapText(true);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox head = new HBox(8, name, grow);
        Label sub = Labels.muted(detail);
        sub.setWrapText(true);
        VBox card = new VBox(6, head, sub);
        card.getStyleClass().add(StyleClasses.CARD);
        return card;
    }
}
