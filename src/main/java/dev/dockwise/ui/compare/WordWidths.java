package dev.dockwise.ui.compare;

import dev.dockwise.ui.common.TextWidths;
import java.util.List;

/**
 * How wide a table column must be for its longest word, in the fonts app.css gives headers (bold)
 * and cell texts (small), plus the cells' padding. A label narrower than a word breaks the word in
 * two; a column at least this wide wraps between words only.
 */
final class WordWidths {
    /** Left and right padding of header and body cells (app.css: 8 px each) and a little air. */
    private static final double PADDING = 20;

    /** A badge's symbol (16), the gap after it (4), its padding (6 + 8) and border (2). */
    private static final double BADGE_CHROME = 36;

    private WordWidths() {}

    static double header(List<String> texts) {
        return TextWidths.widestWord(texts, TextWidths.bold(TextWidths.TEXT_SIZE)) + PADDING;
    }

    /**
     * A badge (app.css: 12 px, bold when it states a status) with its symbol, padding and border,
     * in a header cell.
     */
    static double badge(String text) {
        return TextWidths.widestWord(List.of(text), TextWidths.bold(TextWidths.SMALL_SIZE))
                + BADGE_CHROME
                + PADDING;
    }

    static double cellText(List<String> texts) {
        return TextWidths.widestWord(texts, TextWidths.regular(TextWidths.SMALL_SIZE)) + PADDING;
    }
}
