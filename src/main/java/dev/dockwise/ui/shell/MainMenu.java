package dev.dockwise.ui.shell;

import dev.dockwise.ui.actions.ActionFactory;
import dev.dockwise.ui.actions.StandardAction;
import dev.dockwise.ui.setupcheck.SetupCheckViewModel;
import dev.dockwise.ui.wizard.Step;
import dev.dockwise.ui.wizard.WizardViewModel;
import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The menu bar with mnemonics and the usual shortcuts, plus Alt+Left/Right between steps. */
final class MainMenu {
    private final MenuBar bar = new MenuBar();

    MainMenu(ActionFactory actions, WizardViewModel vm, ObservableList<Path> recent, BooleanProperty showLegacy,
             BooleanProperty dark) {
        Menu openRecent = new Menu("Open _Recent");
        Runnable fillRecent = () -> {
            openRecent.getItems().clear();
            for (Path p : recent) {
                MenuItem item = new MenuItem(p.getFileName() + "  (" + p.toAbsolutePath().getParent() + ")");
                item.setMnemonicParsing(false);
                item.setOnAction(e -> actions.registry().openFile(p));
                openRecent.getItems().add(item);
            }
            openRecent.setDisable(recent.isEmpty());
        };
        recent.addListener((ListChangeListener<Path>) c -> fillRecent.run());
        fillRecent.run();

        Menu export = new Menu("_Export", null,
                actions.menuItem(StandardAction.SAVE_PDF),
                actions.menuItem(StandardAction.SAVE_HTML),
                actions.menuItem(StandardAction.EXPORT_MARKDOWN),
                actions.menuItem(StandardAction.EXPORT_JSON),
                actions.menuItem(StandardAction.EXPORT_CSV),
                // the script depends on choices made on the Export step, so the menu takes the user there
                item("Install _script...", null, () -> vm.goTo(Step.EXPORT)),
                actions.menuItem(StandardAction.SAVE_PROBE),
                actions.menuItem(StandardAction.COPY_SUMMARY));
        Menu file = new Menu("_File", null,
                actions.menuItem(StandardAction.NEW_ASSESSMENT),
                actions.menuItem(StandardAction.OPEN),
                openRecent,
                actions.menuItem(StandardAction.IMPORT_PROBE),
                new SeparatorMenuItem(),
                actions.menuItem(StandardAction.SAVE),
                actions.menuItem(StandardAction.SAVE_AS),
                export,
                actions.menuItem(StandardAction.PRINT),
                new SeparatorMenuItem(),
                actions.menuItem(StandardAction.QUIT));
        file.setId("fileMenu");

        Menu go = new Menu("_Go");
        go.getItems().addAll(item("_Back", null, vm::back), item("_Next", null, vm::next), new SeparatorMenuItem());
        for (Step step : Step.values()) {
            go.getItems().add(item((step.ordinal() + 1) + " " + step.title(), "Shortcut+" + (step.ordinal() + 1), () -> vm.goTo(step)));
        }
        CheckMenuItem legacy = new CheckMenuItem("Show _legacy modes");
        legacy.selectedProperty().bindBidirectional(showLegacy);
        CheckMenuItem darkTheme = new CheckMenuItem("_Dark theme");
        darkTheme.selectedProperty().bindBidirectional(dark);
        Menu view = new Menu("_View", null, darkTheme, legacy);
        Menu tools = new Menu("_Tools", null,
                actions.menuItem(StandardAction.TROUBLESHOOT),
                actions.menuItem(StandardAction.PLAN_FLEET));
        tools.setId("toolsMenu");
        // where Windows PowerShell is, as the Start step's Assess this computer; asked again each time the menu opens
        MenuItem checkSetup = actions.menuItem(StandardAction.CHECK_SETUP);
        checkSetup.setId("checkSetupItem");
        tools.getItems().add(checkSetup);
        Runnable offerCheck = () -> checkSetup.setVisible(SetupCheckViewModel.offered());
        tools.setOnShowing(e -> offerCheck.run());
        offerCheck.run();
        bar.getMenus().addAll(file, go, view, tools);
        bar.setId("menuBar");
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setMnemonicParsing(true);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    MenuBar bar() {
        return bar;
    }

    /** Alt+Left / Alt+Right move between steps from anywhere in the window. */
    static void installShortcuts(Scene scene, WizardViewModel vm) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN), vm::back);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN), vm::next);
    }
}
