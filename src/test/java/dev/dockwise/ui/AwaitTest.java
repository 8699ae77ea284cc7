package dev.dockwise.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dockwise.ui.common.Dialogs;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobotException;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * A dialog whose header is in the scene before its button is laid out inside the window, as on a
 * loaded machine where the dialog's first layout comes pulses later ("the query OK returned 2
 * nodes, but no nodes were visible"): waiting for the header and then clicking the button by its
 * text (what RealStartTest did) fails; waiting for the button itself does not.
 */
@org.junit.jupiter.api.Tag("ui")
class AwaitTest extends ApplicationTest {
    private Stage owner;

    @Override
    public void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @Test
    void aDialogButtonIsClickedOnceItCanBeNotWhenTheHeaderIsThere() {
        Alert[] alert = new Alert[1];
        Platform.runLater(
                () -> {
                    alert[0] = new Alert(Alert.AlertType.ERROR, "", ButtonType.OK);
                    alert[0].initOwner(owner);
                    alert[0].setHeaderText("Can't open slow.dockwise.json");
                    alert[0].getDialogPane().lookupButton(ButtonType.OK).setTranslateY(5000);
                    alert[0].showAndWait();
                });
        Await.until(
                "the header shown",
                () -> lookup("Can't open slow.dockwise.json").tryQuery().isPresent());
        // the old way: the header is there, so click "OK"
        assertThrows(FxRobotException.class, () -> clickOn("OK"));
        Platform.runLater(
                () ->
                        new AnimationTimer() {
                            private int pulses;

                            @Override
                            public void handle(long now) {
                                if (++pulses == 10) {
                                    alert[0].getDialogPane()
                                            .lookupButton(ButtonType.OK)
                                            .setTranslateY(0);
                                    stop();
                                }
                            }
                        }.start());
        Await.answerDialog(this, "OK");
        assertFalse(alert[0].isShowing());
    }

    @Test
    void theReplaceQuestionAnsweredByItsButtonCloses() {
        boolean[] replaced = {true};
        Platform.runLater(
                () -> replaced[0] = Dialogs.replace(owner, "plan-out holds a plan", "Replace it?"));
        Await.answerDialog(this, "Cancel");
        assertFalse(replaced[0]);
    }
}
