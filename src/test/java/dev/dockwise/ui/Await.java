package dev.dockwise.ui;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a UI test waits for: the condition it needs next (a dialog's button a user could click, a
 * page shown, a file written), never a length of time. A dialog is in the scene graph a pulse or
 * more before it is laid out on screen: on a loaded machine a test that waited for its header and
 * then clicked its button found the button "not visible" (outside the unsized window).
 */
final class Await {
    /**
     * Only ends a test that would otherwise hang: a passing test never waits this long, so it is
     * set for a machine busy with other builds (a start of the app took 20 s there).
     */
    static final long BOUND_SECONDS = 180;

    private Await() {}

    /** Waits until the condition holds, then for the events it caused. */
    static void until(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(BOUND_SECONDS, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("still not so after " + BOUND_SECONDS + " s: " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * The first node of the query a user could click: shown, in a showing window, laid out inside
     * it.
     */
    static Node clickable(FxRobot robot, String query) {
        return clickable(robot, query, n -> true);
    }

    static Node clickable(FxRobot robot, String query, Predicate<Node> which) {
        Node[] found = new Node[1];
        until(
                "a clickable " + query,
                () -> {
                    Optional<Node> node =
                            robot.lookup(query)
                                    .match((Node n) -> which.test(n) && onScreen(n))
                                    .tryQuery();
                    node.ifPresent(n -> found[0] = n);
                    return node.isPresent();
                });
        return found[0];
    }

    /** The button of an open dialog with this text, once it can be clicked. */
    static Node dialogButton(FxRobot robot, String label) {
        return clickable(
                robot,
                ".dialog-pane .button",
                n -> n instanceof Labeled l && label.equals(l.getText()));
    }

    /** Clicks a dialog's button once it can be clicked, and waits for the dialog to close. */
    static void answerDialog(FxRobot robot, String label) {
        Node button = dialogButton(robot, label);
        Window dialog = button.getScene().getWindow();
        robot.clickOn(button);
        until("the dialog closed after " + label, () -> !dialog.isShowing());
    }

    /**
     * What TestFX needs to click a node, and a user to see it: shown all the way up, in a showing
     * window, inside its scene.
     */
    static boolean onScreen(Node node) {
        Scene scene = node.getScene();
        if (scene == null || scene.getWindow() == null || !scene.getWindow().isShowing()) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        Bounds b = node.localToScene(node.getBoundsInLocal());
        return b.getWidth() > 0
                && b.getHeight() > 0
                && b.intersects(0, 0, scene.getWidth(), scene.getHeight());
    }
}
