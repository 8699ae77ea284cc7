package dev.dockwise.ui.common;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** The app's message boxes, phrased for people, never showing a stack trace. */
public final class Dialogs {
    public static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    public static final ButtonType DISCARD = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
    public static final ButtonType RECOVER = new ButtonType("Recover", ButtonBar.ButtonData.YES);
    public static final ButtonType START_FRESH =
            new ButtonType("Start fresh", ButtonBar.ButtonData.NO);
    public static final ButtonType REPLACE = new ButtonType("Replace", ButtonBar.ButtonData.YES);

    private Dialogs() {}

    public static void error(Window owner, String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        prepare(alert, owner, "Dockwise", header, message);
        alert.showAndWait();
    }

    public static void info(Window owner, String header, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        prepare(alert, owner, "Dockwise", header, message);
        alert.showAndWait();
    }

    /** Save, Don't save, or Cancel (empty). */
    public static Optional<ButtonType> unsavedChanges(Window owner, String name) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", SAVE, DISCARD, ButtonType.CANCEL);
        prepare(
                alert,
                owner,
                "Unsaved changes",
                "Save the changes to " + name + "?",
                "Your answers are lost if you don't save them.");
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.filter(b -> b != ButtonType.CANCEL);
    }

    /**
     * Whether to go ahead and replace something; Cancel is the default (Enter keeps what is there).
     */
    public static boolean replace(Window owner, String header, String message) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", REPLACE, ButtonType.CANCEL);
        prepare(alert, owner, "Replace", header, message);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(REPLACE))
                .setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL))
                .setDefaultButton(true);
        return alert.showAndWait().orElse(ButtonType.CANCEL) == REPLACE;
    }

    public static boolean recover(Window owner, String when) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", RECOVER, START_FRESH);
        prepare(
                alert,
                owner,
                "Recover answers",
                "Dockwise did not close normally last time.",
                "Unsaved answers from " + when + " were kept. Recover them?");
        return alert.showAndWait().orElse(START_FRESH) == RECOVER;
    }

    private static void prepare(
            Alert alert, Window owner, String title, String header, String message) {
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(title);
        alert.setHeaderText(header);
        Label content = new Label(message);
        content.setWrapText(true);
        content.setMaxWidth(520);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setId("dialog");
        placeOnOwner(alert, owner);
    }

    /**
     * Once shown, the dialog goes over its owner and whole on the owner's screen (if it is still
     * open then).
     */
    public static void placeOnOwner(javafx.scene.control.Dialog<?> dialog, Window owner) {
        // after the dialog's own placement, which centres it on the owner once it has its size
        dialog.setOnShown(
                e ->
                        javafx.application.Platform.runLater(
                                () -> {
                                    javafx.scene.Scene scene = dialog.getDialogPane().getScene();
                                    if (scene != null
                                            && scene.getWindow() != null
                                            && scene.getWindow().isShowing()) {
                                        keepOnScreen(scene.getWindow(), owner);
                                    }
                                }));
    }

    /**
     * Over its owner and whole on the owner's screen: a dialog centred on a window that reaches
     * past the screen's edge opened partly off the screen.
     */
    public static void keepOnScreen(Window dialog, Window owner) {
        javafx.geometry.Rectangle2D area = screenOf(owner != null ? owner : dialog);
        double x =
                owner != null
                        ? owner.getX() + (owner.getWidth() - dialog.getWidth()) / 2
                        : dialog.getX();
        double y =
                owner != null
                        ? owner.getY() + (owner.getHeight() - dialog.getHeight()) / 3
                        : dialog.getY();
        dialog.setX(Math.max(area.getMinX(), Math.min(x, area.getMaxX() - dialog.getWidth())));
        dialog.setY(Math.max(area.getMinY(), Math.min(y, area.getMaxY() - dialog.getHeight())));
    }

    private static javafx.geometry.Rectangle2D screenOf(Window window) {
        var screens =
                javafx.stage.Screen.getScreensForRectangle(
                        window.getX(),
                        window.getY(),
                        Math.max(1, window.getWidth()),
                        Math.max(1, window.getHeight()));
        return (screens.isEmpty() ? javafx.stage.Screen.getPrimary() : screens.get(0))
                .getVisualBounds();
    }
}
