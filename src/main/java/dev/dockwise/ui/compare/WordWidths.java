package dev.dockwise.ui.compare;

import java.util.List;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * How wide a table column must be for its longest word, in the fonts app.css gives headers (13 px bold)
 * and cell texts (12 px), plus the cells' padding. A label narrower than a word breaks the word in
 * two; a column at least this wide wraps between words only.
 */
final class WordWidths {
    /** Left and right padding of header and body cells (app.css: 8 px each) and a little air. */
    private static final double PADDING = 20;
    /** app.css: 13 px text, 12 px cell texts. */
    private static final double TEXT_SIZE = 13;
    private static final double CELL_TEXT_SIZE = 12;
    /** A badge's symbol (16), the gap after it (4), its padding (6 + 8) and border (2). */
    private static final double BADGE_CHROME = 36;

    private WordWidths() {
    }

    static double header(List<String> texts) {
        return longest(texts, Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, TEXT_SIZE)) + PADDING;
    }

    /** A badge (app.css: 12 px, bold when it states a status) with its symbol, padding and border, in a header cell. */
    static double badge(String text) {
        return longest(List.of(text), Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, CELL_TEXT_SIZE)) + BADGE_CHROME + PADDING;
    }

    static double cellText(List<String> texts) {
        return longest(texts, Font.font(Font.getDefault().getFamily(), CELL_TEXT_SIZE)) + PADDING;
    }

    private static double longest(List<String> texts, Font font) {
        Text probe = new Text();
        probe.setFont(font);
        double widest = 0;
        for (String text : texts) {
            for (String word : text.split("\\s+")) {
                probe.setText(word);
                widest = Math.max(widest, probe.getLayoutBounds().getWidth());
            }
        }
        return Math.ceil(widest);
    }
}
