package dev.dockwise.ui.common;

import dev.dockwise.ui.common.StyleClasses;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/** The frame every step shares: a title, a sentence saying what the step is for, and scrolling content. */
public class StepPage extends ScrollPane {
    protected final VBox content = new VBox(16);

    protected StepPage(String title, String intro) {
        Label heading = new Label(title);
        heading.getStyleClass().add(StyleClasses.STEP_TITLE);
        Label sentence = new Label(intro);
        sentence.getStyleClass().add(StyleClasses.STEP_SUBTITLE);
        sentence.setWrapText(true);
        content.getChildren().addAll(heading, sentence);
        content.getStyleClass().add("dw-step-content");
        setContent(content);
        setFitToWidth(true);
        getStyleClass().add("dw-step-page");
    }

    protected void add(Node... nodes) {
        content.getChildren().addAll(nodes);
    }

    /** A tool page's action row: its actions on the left, the way back to the wizard on the right. */
    protected static javafx.scene.layout.HBox actionsWithBack(String backId, Runnable back, Node... actions) {
        javafx.scene.layout.Region grow = new javafx.scene.layout.Region();
        javafx.scene.layout.HBox.setHgrow(grow, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.control.Button backButton = new javafx.scene.control.Button("_Back to the assessment",
                dev.dockwise.ui.common.Icons.of(org.kordamp.ikonli.material2.Material2AL.ARROW_BACK));
        backButton.setId(backId);
        backButton.setOnAction(e -> back.run());
        javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(8, actions);
        row.getChildren().addAll(grow, backButton);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }
}
