package dev.dockwise.ui.common;

import java.util.Arrays;
import java.util.Collection;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * How wide texts are in the app's fonts, for controls that must be at least that wide (a column
 * never narrower than its longest word, a step list wide enough for its labels in bold). Sizes are
 * app.css's: 13 px text, 12 px small text.
 */
public final class TextWidths {
    public static final double TEXT_SIZE = 13;
    public static final double SMALL_SIZE = 12;

    private TextWidths() {}

    public static Font regular(double size) {
        return Font.font(Font.getDefault().getFamily(), size);
    }

    public static Font bold(double size) {
        return Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, size);
    }

    /** The widest of these texts, each on one line, rounded up to a whole pixel. */
    public static double widest(Collection<String> texts, Font font) {
        Text probe = new Text();
        probe.setFont(font);
        double widest = 0;
        for (String text : texts) {
            probe.setText(text);
            widest = Math.max(widest, probe.getLayoutBounds().getWidth());
        }
        return Math.ceil(widest);
    }

    /** The widest single word in these texts. */
    public static double widestWord(Collection<String> texts, Font font) {
        return widest(texts.stream().flatMap(t -> Arrays.stream(t.split("\\s+"))).toList(), font);
    }
}
