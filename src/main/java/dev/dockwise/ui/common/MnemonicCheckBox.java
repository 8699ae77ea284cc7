package dev.dockwise.ui.common;

import javafx.event.ActionEvent;
import javafx.scene.control.CheckBox;

/**
 * A check box that its Alt+letter ticks, as on Windows: JavaFX's mnemonic only sends the box an
 * action event, which a check box ignores (it ticks in {@link #fire()}), so Alt+L did nothing.
 */
public final class MnemonicCheckBox extends CheckBox {
    private boolean firing;

    public MnemonicCheckBox(String text) {
        super(text);
        setMnemonicParsing(true);
        addEventFilter(
                ActionEvent.ACTION,
                e -> {
                    if (!firing) {
                        e.consume();
                        requestFocus();
                        fire();
                    }
                });
    }

    @Override
    public void fire() {
        firing = true;
        try {
            super.fire();
        } finally {
            firing = false;
        }
    }
}
