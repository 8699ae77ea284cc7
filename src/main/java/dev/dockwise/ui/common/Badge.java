package dev.dockwise.ui.common;

import dev.dockwise.engine.model.Status;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import org.kordamp.ikonli.Ikon;

/**
 * A small pill with a symbol and a word; its state is a pseudo-class, so CSS adds colour on top.
 */
public final class Badge extends Label {
    public Badge(Ikon icon, String text, String state) {
        super(text, Icons.of(icon));
        getStyleClass().add(StyleClasses.BADGE);
        pseudoClassStateChanged(PseudoClass.getPseudoClass(state), true);
        setMinWidth(USE_PREF_SIZE);
    }

    public static Badge of(Status status) {
        return new Badge(Icons.status(status), Icons.statusWord(status), status.id());
    }
}
