package dev.dockwise.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.TestEngine;
import dev.dockwise.ui.common.Dialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

/**
 * The fleet page's rough edges: modes by name as in the chart, the export dialog opening beside the
 * folder of profiles, Cancel as the default of the question that replaces a plan, and the error
 * dialogs whole on the screen over their window.
 */
class FleetPageTest extends WizardTestBase {

    private Path planFleet() throws Exception {
        Path fleet = Files.createDirectories(config.resolve("fleet"));
        Files.writeString(fleet.resolve("dev-01.dockwise.json"), TestEngine.baseline());
        pickedFiles.add(fleet);
        click("#fleetButton");
        Await.until("the fleet planned", () -> window.fleetPlanned());
        return fleet;
    }

    @Test
    void theTableNamesModesAsTheChartDoes() throws Exception {
        planFleet();
        TableView<?> table = node("#fleetTable");
        javafx.scene.control.TableColumn<?, ?> mode =
                table.getColumns().stream()
                        .filter(c -> "Mode".equals(c.getText()))
                        .findFirst()
                        .orElseThrow();
        assertEquals("Docker Desktop (WSL 2 backend)", mode.getCellData(0));
        assertTrue(
                textUnder(node("#fleet-mode-desktop-wsl2"))
                        .contains("Docker Desktop (WSL 2 backend)"));
    }

    @Test
    void theExportDialogOpensBesideTheFolderOfProfiles() throws Exception {
        Path fleet = planFleet();
        click("#exportPlanButton");
        assertEquals(List.of(fleet.toAbsolutePath().getParent().toString()), folderStarts);
    }

    @Test
    void replacingAPlanAsksWithCancelAsTheDefault() {
        boolean[] replaced = {true};
        Platform.runLater(
                () ->
                        replaced[0] =
                                Dialogs.replace(
                                        window.stage(),
                                        "plan-out holds a plan Dockwise wrote",
                                        "Replace it?"));
        Button cancel = (Button) Await.dialogButton(this, "Cancel");
        Button replace = (Button) Await.dialogButton(this, "Replace");
        assertTrue(
                cancel.isDefaultButton() && !replace.isDefaultButton(), "Enter must not replace");
        Window dialog = cancel.getScene().getWindow();
        push(KeyCode.ENTER);
        Await.until("the question answered", () -> !dialog.isShowing());
        assertFalse(replaced[0], "Enter kept the plan");
    }

    @Test
    void anErrorDialogOpensWholeOnTheScreenOverItsWindow() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        // the window reaches past the screen's right edge, as a window dragged aside does
        interact(
                () -> {
                    window.stage().setX(screen.getMaxX() - 300);
                    window.stage().setY(screen.getMinY() + 40);
                });
        Platform.runLater(
                () ->
                        Dialogs.error(
                                window.stage(),
                                "Can't open broken.dockwise.json",
                                "Not valid JSON."));
        Node ok = Await.dialogButton(this, "OK");
        Window dialog = ok.getScene().getWindow();
        // placed right after it is shown, in the events that follow
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertTrue(
                dialog.getX() >= screen.getMinX()
                        && dialog.getX() + dialog.getWidth() <= screen.getMaxX() + 1
                        && dialog.getY() >= screen.getMinY()
                        && dialog.getY() + dialog.getHeight() <= screen.getMaxY() + 1,
                "dialog at "
                        + dialog.getX()
                        + ","
                        + dialog.getY()
                        + " "
                        + dialog.getWidth()
                        + "x"
                        + dialog.getHeight()
                        + " on "
                        + screen);
        assertTrue(dialog.getX() + dialog.getWidth() > window.stage().getX(), "over its window");
        Await.answerDialog(this, "OK");
    }
}
