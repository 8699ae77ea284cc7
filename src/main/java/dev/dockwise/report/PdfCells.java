package dev.dockwise.report;

import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import java.awt.Color;

/** The PDF tables' cells and colours: header cells, text cells, and the marks on rows. */
final class PdfCells {
    static final Color LINE = new Color(0xD0, 0xD7, 0xDE);
    static final Color HEAD = new Color(0xF6, 0xF8, 0xFA);

    /** The recommended mode. */
    static final Color GOOD = new Color(0xDA, 0xFB, 0xE1);

    /** This host's row and the image it needs. */
    static final Color MINE = new Color(0xDD, 0xF4, 0xFF);

    private final PdfFonts fonts;

    PdfCells(PdfFonts fonts) {
        this.fonts = fonts;
    }

    PdfPCell head(String text) {
        PdfPCell c = new PdfPCell(new Phrase(text, fonts.smallStrong));
        c.setBackgroundColor(HEAD);
        c.setBorderColor(LINE);
        c.setPadding(3);
        return c;
    }

    PdfPCell text(String value, Font font) {
        return cell(new Phrase(value, font));
    }

    PdfPCell cell(Phrase phrase) {
        PdfPCell c = new PdfPCell(phrase);
        c.setBorderColor(LINE);
        c.setPadding(3);
        return c;
    }
}
