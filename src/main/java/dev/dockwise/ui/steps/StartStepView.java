package dev.dockwise.ui.steps;

import dev.dockwise.scripts.probe.ProbeRunner;
import dev.dockwise.ui.actions.ActionRegistry;
import dev.dockwise.ui.actions.StandardAction;
import dev.dockwise.ui.common.Icons;
import dev.dockwise.ui.common.StepPage;
import dev.dockwise.ui.common.StyleClasses;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Step 1: assess this computer (on Windows), start a new assessment, open a saved one, import a
 * probe's results, pick a recent file, or go to the tools.
 */
public final class StartStepView extends StepPage {
    private final VBox recent = new VBox(4);
    private final ActionRegistry actions;

    public StartStepView(ActionRegistry actions, ObservableList<Path> recentFiles) {
        super(
                "Welcome to Dockwise",
                "Find the best way to run Docker and containers on a Windows host: Docker Desktop,"
                        + " WSL 2, Windows containers, a Linux VM or the legacy routes. Dockwise"
                        + " explains every option and what would make a better one possible.");
        this.actions = actions;
        Button fresh =
                big(
                        "Ne_w assessment",
                        "Answer a few questions about a host",
                        Icons.of(Material2AL.ADD_CIRCLE_OUTLINE),
                        "newButton");
        fresh.setOnAction(e -> actions.execute(StandardAction.NEW_ASSESSMENT));
        Button open =
                big(
                        "_Open saved assessment...",
                        "A .dockwise.json file",
                        Icons.of(Material2AL.FOLDER_OPEN),
                        "openButton");
        open.setOnAction(e -> actions.execute(StandardAction.OPEN));
        Button probe =
                big(
                        "_Import probe results...",
                        "The profile written by the Dockwise probe on another machine",
                        Icons.of(Material2MZ.SETTINGS_INPUT_COMPONENT),
                        "importButton");
        probe.setOnAction(e -> actions.execute(StandardAction.IMPORT_PROBE));
        HBox buttons = new HBox(12, fresh, open, probe);
        if (ProbeRunner.shell().isPresent()) {
            // on Windows: the probe runs here, no file to carry over
            Button assess =
                    big(
                            "_Assess this computer",
                            "Read this PC's Windows, hardware and features (no administrator"
                                    + " needed)",
                            Icons.of(Material2MZ.SEARCH),
                            "assessButton");
            assess.setOnAction(e -> actions.execute(StandardAction.ASSESS_THIS_COMPUTER));
            buttons.getChildren().add(0, assess);
        }
        Button troubleshoot =
                big(
                        "T_roubleshoot an error...",
                        "Paste a Docker, WSL or VirtualBox error and see why and what to do",
                        Icons.of(Material2AL.BUG_REPORT),
                        "troubleshootButton");
        troubleshoot.setOnAction(e -> actions.execute(StandardAction.TROUBLESHOOT));
        Button fleet =
                big(
                        "_Plan a fleet...",
                        "Plan a folder of profiles from many machines at once",
                        Icons.of(Material2AL.DNS),
                        "fleetButton");
        fleet.setOnAction(e -> actions.execute(StandardAction.PLAN_FLEET));
        HBox tools = new HBox(12, troubleshoot, fleet);
        Label recentTitle = new Label("Recent files");
        recentTitle.getStyleClass().add(StyleClasses.SECTION_TITLE);
        Label drop =
                new Label("Tip: drop a .dockwise.json file anywhere on this window to open it.");
        drop.getStyleClass().add(StyleClasses.MUTED);
        VBox recentCard = new VBox(8, recentTitle, recent);
        recentCard.getStyleClass().add(StyleClasses.CARD);
        add(buttons, tools, recentCard, drop);
        recentFiles.addListener(
                (javafx.collections.ListChangeListener<Path>) c -> showRecent(recentFiles));
        showRecent(recentFiles);
    }

    private static Button big(String title, String detail, javafx.scene.Node icon, String id) {
        Button b = new Button(title + "\n" + detail, icon);
        b.setMnemonicParsing(true);
        b.getStyleClass().add("dw-start-button");
        b.setId(id);
        b.setWrapText(true);
        b.setPrefWidth(240);
        b.setMinHeight(80);
        b.setAccessibleText(title.replace("_", "").replace("...", ""));
        return b;
    }

    private void showRecent(List<Path> files) {
        recent.getChildren().clear();
        if (files.isEmpty()) {
            Label none = new Label("No recent files yet.");
            none.getStyleClass().add(StyleClasses.MUTED);
            recent.getChildren().add(none);
            return;
        }
        for (Path file : files) {
            Hyperlink link =
                    new Hyperlink(file.getFileName() + "   " + file.toAbsolutePath().getParent());
            link.setMnemonicParsing(false);
            link.setDisable(!Files.isRegularFile(file));
            link.setOnAction(e -> actions.openFile(file));
            link.setAccessibleText("Open " + file.getFileName());
            recent.getChildren().add(link);
        }
    }
}
