package dev.dockwise.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.List;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;

/**
 * The PDF being written: its pages (portrait for text, landscape for the wide tables), its footer
 * and metadata, and the headings and lists the sections share.
 */
final class PdfPages {
    private final Document doc;
    private final Rectangle portrait;
    private final PdfFonts fonts;
    private boolean begun;

    /** Opens the document on the first, portrait, page. */
    PdfPages(ReportModel m, PdfReport.Paper paper, OutputStream out, PdfFonts fonts) {
        this.fonts = fonts;
        portrait = paper == PdfReport.Paper.LETTER ? PageSize.LETTER : PageSize.A4;
        doc = new Document(portrait, 40, 40, 50, 50);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        writer.setPageEvent(new PdfFooter(m.title(), fonts));
        doc.addTitle(m.title());
        doc.addSubject(
                "Ways to run containers on Windows"
                        + m.host().map(h -> " for " + h.name()).orElse(""));
        doc.addKeywords("Docker, Windows, containers, WSL 2, Hyper-V, Dockwise");
        doc.addCreator("Dockwise " + m.version());
        doc.addAuthor("Dockwise");
        doc.open();
    }

    /** OpenPDF's checked exception, carried out of the renderer's methods to the writer. */
    static final class LayoutFailed extends RuntimeException {
        LayoutFailed(DocumentException cause) {
            super(cause);
        }
    }

    /** Adding to the document, which OpenPDF may refuse with a checked exception. */
    interface Layout {
        void run() throws DocumentException;
    }

    static void laidOut(Layout layout) {
        try {
            layout.run();
        } catch (DocumentException e) {
            throw new LayoutFailed(e);
        }
    }

    /**
     * The wide tables on landscape pages, the rest on portrait ones; the title page is already
     * open.
     */
    void orientation(boolean wide) {
        boolean first = !begun;
        begun = true;
        if (first && !wide) {
            return;
        }
        doc.setPageSize(wide ? portrait.rotate() : portrait);
        doc.newPage();
    }

    void newPage() {
        doc.newPage();
    }

    void add(Element element) throws DocumentException {
        doc.add(element);
    }

    void close() {
        doc.close();
    }

    void heading(String text) throws DocumentException {
        Paragraph p = new Paragraph(text, fonts.h2);
        p.setSpacingBefore(12);
        p.setSpacingAfter(4);
        doc.add(p);
    }

    void bullets(java.util.List<String> items) throws DocumentException {
        if (items.isEmpty()) {
            return;
        }
        List list = new List(List.UNORDERED);
        list.setListSymbol(new Chunk("- ", fonts.body));
        items.forEach(i -> list.add(new ListItem(i, fonts.body)));
        doc.add(list);
    }
}
