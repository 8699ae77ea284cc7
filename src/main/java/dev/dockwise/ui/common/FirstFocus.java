package dev.dockwise.ui.common;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;

/**
 * Where the keyboard starts on a page just shown: its first control that takes focus (the Start
 * step's first button, the Host step's first field), so a keyboard user goes on from there instead
 * of from the step list or the control the last page left focused.
 */
public final class FirstFocus {
    private FirstFocus() {}

    /** Focuses the page's first focusable control now, or once the page is in a scene. */
    public static void when(Node page) {
        if (page.getScene() != null) {
            focus(page);
            return;
        }
        page.sceneProperty()
                .addListener(
                        new javafx.beans.value.ChangeListener<>() {
                            @Override
                            public void changed(
                                    javafx.beans.value.ObservableValue<? extends javafx.scene.Scene>
                                            obs,
                                    javafx.scene.Scene old,
                                    javafx.scene.Scene now) {
                                if (now != null) {
                                    page.sceneProperty().removeListener(this);
                                    // JavaFX says so while the scene is still being made, before
                                    // its root carries the style class the theme's colours hang
                                    // on: styled now, every control logged a warning (42 at each
                                    // start) and was styled twice (StyleWarningsTest)
                                    javafx.application.Platform.runLater(
                                            () -> {
                                                if (page.getScene() != null) {
                                                    focus(page);
                                                }
                                            });
                                }
                            }
                        });
    }

    /**
     * A scroll page's content joins the scene only when the page gets its skin, at its first CSS
     * pass: done now, so that the control can take the focus at once.
     */
    private static void focus(Node page) {
        page.applyCss();
        first(page).ifPresent(Node::requestFocus);
        // a page shown by a button's Alt+letter: JavaFX focuses that button after it fired, so
        // again once that is done
        javafx.application.Platform.runLater(
                () -> {
                    if (page.getScene() != null
                            && page.isVisible()
                            && !within(page.getScene().getFocusOwner(), page)) {
                        first(page).filter(n -> n.getScene() != null).ifPresent(Node::requestFocus);
                    }
                });
    }

    private static boolean within(Node node, Node page) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == page) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first shown, enabled control that takes focus, in the order Tab reaches them (a scroll
     * page's content included).
     */
    public static Optional<Node> first(Node node) {
        if (!node.isVisible() || node.isDisabled()) {
            return Optional.empty();
        }
        if (node instanceof ScrollPane scroll) {
            return scroll.getContent() == null ? Optional.empty() : first(scroll.getContent());
        }
        if (node.isFocusTraversable()) {
            return Optional.of(node);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Optional<Node> found = first(child);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
