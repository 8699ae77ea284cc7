package dev.dockwise.ui.print;

import atlantafx.base.theme.PrimerLight;
import dev.dockwise.ui.common.Resources;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The printed pages' style: the light theme and the app's styles, for measuring and for the pages
 * themselves.
 */
final class PrintStyle {
    private static final String LIGHT = new PrimerLight().getUserAgentStylesheet();

    private PrintStyle() {}

    /**
     * A scene of its own for a page, in the light theme and the app's styles: a printed page is
     * dark text on white paper whatever the screen's theme (the app-wide theme would give
     * light-grey text).
     */
    static Scene scene(javafx.scene.Parent root) {
        Scene scene = new Scene(root);
        scene.setUserAgentStylesheet(LIGHT);
        scene.getStylesheets().add(Resources.external("/dev/dockwise/ui/app.css"));
        return scene;
    }

    /** Height of a node laid out at this width, with the app's CSS applied. */
    static double measure(Node node, double width) {
        VBox holder = new VBox(node);
        holder.setPrefWidth(width);
        holder.setMaxWidth(width);
        holder.getStyleClass().add("dockwise");
        scene(new Group(holder));
        holder.applyCss();
        holder.layout();
        double h =
                node instanceof Group g
                        ? g.getBoundsInParent().getHeight()
                        : ((Region) node).prefHeight(width);
        holder.getChildren().clear();
        return h;
    }
}
