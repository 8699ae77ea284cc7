package dev.dockwise.ui.shell;

import dev.dockwise.ui.actions.ActionFactory;
import dev.dockwise.ui.actions.StandardAction;
import dev.dockwise.ui.setupcheck.SetupCheckViewModel;
import dev.dockwise.ui.wizard.Step;
import dev.dockwise.ui.wizard.WizardSession;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

/**
 * The menu bar with mnemonics and the usual shortcuts (Alt+Left/Right between steps, Ctrl+1..7 to a
 * step), each shown beside its item.
 */
final class MainMenu {
    private final MenuBar bar = new MenuBar();

    MainMenu(
            ActionFactory actions,
            WizardSession vm,
            Consumer<Step> showStep,
            ObservableBooleanValue wizardShown,
            ObservableList<Path> recent,
            BooleanProperty showLegacy,
            BooleanProperty dark) {
        Menu openRecent = new Menu("Open _Recent");
        Runnable fillRecent =
                () -> {
                    openRecent.getItems().clear();
                    for (Path p : recent) {
                        MenuItem item =
                                new MenuItem(
                                        p.getFileName()
                                                + "  ("
                                                + p.toAbsolutePath().getParent()
                                                + ")");
                        item.setMnemonicParsing(false);
                        item.setOnAction(e -> actions.registry().openFile(p));
                        openRecent.getItems().add(item);
                    }
                    openRecent.setDisable(recent.isEmpty());
                };
        recent.addListener((ListChangeListener<Path>) c -> fillRecent.run());
        fillRecent.run();

        Menu export =
                new Menu(
                        "_Export",
                        null,
                        actions.menuItem(StandardAction.SAVE_PDF),
                        actions.menuItem(StandardAction.SAVE_HTML),
                        actions.menuItem(StandardAction.EXPORT_MARKDOWN),
                        actions.menuItem(StandardAction.EXPORT_JSON),
                        actions.menuItem(StandardAction.EXPORT_CSV),
                        // the script depends on choices made on the Export step, so the menu takes
                        // the user there
                        item("Install _script...", null, () -> showStep.accept(Step.EXPORT)),
                        actions.menuItem(StandardAction.SAVE_PROBE),
                        actions.menuItem(StandardAction.COPY_SUMMARY));
        Menu file =
                new Menu(
                        "_File",
                        null,
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

        Menu go =
                new Menu(
                        "_Go",
                        null,
                        actions.menuItem(StandardAction.BACK),
                        actions.menuItem(StandardAction.NEXT),
                        actions.menuItem(StandardAction.SKIP_TO_SCRIPT),
                        new SeparatorMenuItem());
        go.setId("goMenu");
        // each step from anywhere, the tool pages included (it brings the wizard back); the current
        // one is checked
        ToggleGroup steps = new ToggleGroup();
        for (Step step : Step.values()) {
            RadioMenuItem item = new RadioMenuItem((step.ordinal() + 1) + " " + step.title());
            item.setMnemonicParsing(false);
            item.setToggleGroup(steps);
            item.setId("go-" + step.name().toLowerCase());
            item.setAccelerator(KeyCombination.keyCombination("Shortcut+" + (step.ordinal() + 1)));
            item.setOnAction(e -> showStep.accept(step));
            Runnable mark = () -> item.setSelected(wizardShown.get() && vm.getStep() == step);
            vm.stepProperty().addListener(o -> mark.run());
            wizardShown.addListener(o -> mark.run());
            mark.run();
            go.getItems().add(item);
        }
        CheckMenuItem legacy = new CheckMenuItem("Show _legacy modes");
        legacy.selectedProperty().bindBidirectional(showLegacy);
        CheckMenuItem darkTheme = new CheckMenuItem("_Dark theme");
        darkTheme.selectedProperty().bindBidirectional(dark);
        Menu view = new Menu("_View", null, darkTheme, legacy);
        Menu tools =
                new Menu(
                        "_Tools",
                        null,
                        actions.menuItem(StandardAction.TROUBLESHOOT),
                        actions.menuItem(StandardAction.PLAN_FLEET));
        tools.setId("toolsMenu");
        // where Windows PowerShell is, as the Start step's Assess this computer; asked again each
        // time the menu opens
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
}
