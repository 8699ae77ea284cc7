package dev.dockwise.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * The frame every step shares: a title, a sentence saying what the step is for, and scrolling
 * content.
 */
public class StepPage extends ScrollPane {
    /** app.css: .dw-step-content has 24 px padding left and right. */
    private static final double CONTENT_PADDING = 48;

    protected final VBox content = new VBox(16);

    protected StepPage(String title, String intro) {
        Label heading = new Label(title);
        heading.getStyleClass().add(StyleClasses.STEP_TITLE);
        Label sentence = new Label(intro);
        sentence.getStyleClass().add(StyleClasses.STEP_SUBTITLE);
        sentence.setWrapText(true);
        // the words wrap at the visible width even where a wide table makes the page scroll
        // sideways
        sentence.maxWidthProperty()
                .bind(
                        javafx.beans.binding.Bindings.createDoubleBinding(
                                () ->
                                        Math.max(
                                                200,
                                                getViewportBounds().getWidth() - CONTENT_PADDING),
                                viewportBoundsProperty()));
        heading.setWrapText(true);
        heading.maxWidthProperty().bind(sentence.maxWidthProperty());
        content.getChildren().addAll(heading, sentence);
        content.getStyleClass().add("dw-step-content");
        setContent(content);
        setFitToWidth(true);
        getStyleClass().add("dw-step-page");
    }

    protected void add(Node... nodes) {
        content.getChildren().addAll(nodes);
    }

    /**
     * A page with a table wider than the window scrolls sideways; everything else on it stays as
     * wide as the window and in view (moved along by the sideways scroll), so no sentence or card
     * is cut.
     */
    protected void keepInViewBeside(Node wide) {
        for (Node child : content.getChildren()) {
            if (child != wide && child instanceof javafx.scene.layout.Region region) {
                region.maxWidthProperty()
                        .bind(
                                javafx.beans.binding.Bindings.createDoubleBinding(
                                        () ->
                                                Math.max(
                                                        200,
                                                        getViewportBounds().getWidth()
                                                                - CONTENT_PADDING),
                                        viewportBoundsProperty()));
            }
        }
        javafx.beans.InvalidationListener follow =
                o -> {
                    double hidden =
                            Math.max(
                                    0,
                                    content.getLayoutBounds().getWidth()
                                            - getViewportBounds().getWidth());
                    double offset =
                            getHmax() > getHmin()
                                    ? (getHvalue() - getHmin()) / (getHmax() - getHmin()) * hidden
                                    : 0;
                    for (Node child : content.getChildren()) {
                        child.setTranslateX(child == wide ? 0 : offset);
                    }
                };
        hvalueProperty().addListener(follow);
        viewportBoundsProperty().addListener(follow);
        content.layoutBoundsProperty().addListener(follow);
    }

    /**
     * A tool page's action row: its actions on the left, the way back to the wizard on the right.
     */
    protected static javafx.scene.layout.HBox actionsWithBack(
            String backId, Runnable back, Node... actions) {
        javafx.scene.layout.Region grow = new javafx.scene.layout.Region();
        javafx.scene.layout.HBox.setHgrow(grow, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.control.Button backButton =
                new javafx.scene.control.Button(
                        "_Back to the assessment",
                        dev.dockwise.ui.common.Icons.of(
                                org.kordamp.ikonli.material2.Material2AL.ARROW_BACK));
        backButton.setId(backId);
        backButton.setOnAction(e -> back.run());
        javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(8, actions);
        row.getChildren().addAll(grow, backButton);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }
}
