package dev.dockwise.ui.common;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;

/** A list of wrapped sentences, each behind a symbol that says what kind of sentence it is. */
public final class Bullets extends VBox {
    public Bullets(Ikon icon, String kind, List<String> lines) {
        super(4);
        getStyleClass().addAll(StyleClasses.BULLETS, kind);
        for (String line : lines) {
            Label l = new Label(line, Icons.of(icon));
            l.setWrapText(true);
            l.setMinHeight(USE_PREF_SIZE);
            l.getStyleClass().add(kind + "-line");
            getChildren().add(l);
        }
    }
}
