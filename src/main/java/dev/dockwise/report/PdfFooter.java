package dev.dockwise.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * "Title - page N of M" at the foot of every page; M is written into a template once the last page
 * is known.
 */
final class PdfFooter extends PdfPageEventHelper {
    private final String title;
    private final PdfFonts fonts;
    private PdfTemplate total;

    PdfFooter(String title, PdfFonts fonts) {
        this.title = title;
        this.fonts = fonts;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(40, 12);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte cb = writer.getDirectContent();
        Rectangle page = document.getPageSize();
        ColumnText.showTextAligned(
                cb,
                Element.ALIGN_LEFT,
                new Phrase(title, fonts.small),
                document.left(),
                page.getBottom() + 25,
                0);
        String label = "Page " + writer.getPageNumber() + " of ";
        float width = fonts.regular.getWidthPoint(label, 7.5f);
        float x = document.right() - width - 14;
        ColumnText.showTextAligned(
                cb,
                Element.ALIGN_LEFT,
                new Phrase(label, fonts.small),
                x,
                page.getBottom() + 25,
                0);
        cb.addTemplate(total, x + width, page.getBottom() + 25);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        total.beginText();
        total.setFontAndSize(fonts.regular, 7.5f);
        total.setTextMatrix(0, 0);
        // the writer has already moved past the last page
        total.showText(String.valueOf(writer.getPageNumber() - 1));
        total.endText();
    }
}
