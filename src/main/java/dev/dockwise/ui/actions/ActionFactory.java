package dev.dockwise.ui.actions;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;

/** Menu items and buttons for actions: their text, mnemonic and shortcut come from the action. */
public final class ActionFactory {
    private final ActionRegistry registry;

    public ActionFactory(ActionRegistry registry) {
        this.registry = registry;
    }

    public MenuItem menuItem(StandardAction action) {
        MenuItem item = new MenuItem(action.text());
        item.setMnemonicParsing(true);
        action.accelerator().map(KeyCombination::keyCombination).ifPresent(item::setAccelerator);
        item.setOnAction(e -> registry.execute(action));
        item.disableProperty().bind(registry.enabledProperty(action).not());
        return item;
    }

    /**
     * A button for the action with the words its page needs (the Export step says "Save PDF..."
     * where the menu says "Report as PDF..."), enabled when the action acts, its shortcut in its
     * tooltip.
     */
    public Button button(StandardAction action, String text, Node graphic, String id) {
        Button button = new Button(text, graphic);
        button.setMnemonicParsing(true);
        button.setId(id);
        button.setOnAction(e -> registry.execute(action));
        button.disableProperty().bind(registry.enabledProperty(action).not());
        action.accelerator()
                .map(KeyCombination::keyCombination)
                .ifPresent(
                        keys ->
                                button.setTooltip(
                                        new Tooltip(
                                                action.text().replace("_", "")
                                                        + " ("
                                                        + keys.getDisplayText()
                                                        + ")")));
        return button;
    }

    public ActionRegistry registry() {
        return registry;
    }
}
