package dev.dockwise.ui.steps;

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
}
