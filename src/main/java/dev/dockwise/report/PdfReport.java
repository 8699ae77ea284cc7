package dev.dockwise.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.List;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import dev.dockwise.engine.facts.IsolationKind;
import dev.dockwise.engine.facts.Source;
import dev.dockwise.engine.matrix.MatrixCell;
import dev.dockwise.engine.matrix.MatrixRow;
import dev.dockwise.engine.model.ImageVersion;
import dev.dockwise.engine.result.Fix;
import dev.dockwise.report.ReportModel.Column;
import dev.dockwise.report.ReportModel.Fact;
import dev.dockwise.report.ReportModel.HostPart;
import dev.dockwise.report.ReportModel.ModePart;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The report as PDF (OpenPDF): selectable text in an embedded font (DejaVu Sans, so every machine
 * renders it alike and non-Latin host names print), tables whose header rows repeat on every page
 * and whose rows never split, page numbers, document metadata, A4 or Letter.
 */
public final class PdfReport implements ReportRenderer {
    /** Paper sizes offered. */
    public enum Paper {
        A4,
        LETTER
    }

    private static final Color LINE = new Color(0xD0, 0xD7, 0xDE);
    private static final Color HEAD = new Color(0xF6, 0xF8, 0xFA);
    private static final Color GOOD = new Color(0xDA, 0xFB, 0xE1);
    private static final Color MINE = new Color(0xDD, 0xF4, 0xFF);
    private static final Color MUTED = new Color(0x59, 0x63, 0x6E);

    private final BaseFont regular;
    private final BaseFont bold;
    private final Font body;
    private final Font small;
    private final Font strong;
    private final Font smallStrong;
    private final Font h1;
    private final Font h2;
    private final Font h3;
    private final Font muted;

    private Document doc;
    private Rectangle portrait;
    private boolean begun;

    private PdfReport() {
        regular = font("DejaVuSans.ttf");
        bold = font("DejaVuSans-Bold.ttf");
        body = new Font(regular, 9.5f);
        small = new Font(regular, 7.5f);
        strong = new Font(bold, 9.5f);
        smallStrong = new Font(bold, 7.5f);
        h1 = new Font(bold, 18);
        h2 = new Font(bold, 13.5f);
        h3 = new Font(bold, 11);
        muted = new Font(regular, 9, Font.NORMAL, MUTED);
    }

    public static void write(ReportModel model, Paper paper, OutputStream out) {
        new PdfReport().document(model, paper, out);
    }

    private void document(ReportModel m, Paper paper, OutputStream out) {
        portrait = paper == Paper.LETTER ? PageSize.LETTER : PageSize.A4;
        doc = new Document(portrait, 40, 40, 50, 50);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setPageEvent(new Footer(m.title()));
            doc.addTitle(m.title());
            doc.addSubject(
                    "Ways to run containers on Windows"
                            + m.host().map(h -> " for " + h.name()).orElse(""));
            doc.addKeywords("Docker, Windows, containers, WSL 2, Hyper-V, Dockwise");
            doc.addCreator("Dockwise " + m.version());
            doc.addAuthor("Dockwise");
            doc.open();
            m.walk(this);
            doc.close();
        } catch (LayoutFailed e) {
            throw new IllegalStateException(
                    "PDF layout failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** OpenPDF's checked exception, carried out of the renderer's methods to {@link #document}. */
    private static final class LayoutFailed extends RuntimeException {
        LayoutFailed(DocumentException cause) {
            super(cause);
        }
    }

    private interface Layout {
        void run() throws DocumentException;
    }

    private static void laidOut(Layout layout) {
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
    @Override
    public void orientation(boolean wide) {
        boolean first = !begun;
        begun = true;
        if (first && !wide) {
            return;
        }
        doc.setPageSize(wide ? portrait.rotate() : portrait);
        doc.newPage();
    }

    @Override
    public void title(ReportSection.Title t) {
        laidOut(
                () -> {
                    doc.add(new Paragraph(t.title(), h1));
                    doc.add(new Paragraph(t.provenance(), muted));
                });
    }

    @Override
    public void host(ReportSection.Host section) {
        HostPart h = section.host();
        laidOut(
                () -> {
                    heading(doc, "The host: " + h.name());
                    facts(
                            doc,
                            "Host facts (unknown values are reasoned about with the assumptions"
                                    + " below)",
                            h.facts());
                    if (!h.assumptions().isEmpty()) {
                        doc.add(new Paragraph("Assumptions", h3));
                        bullets(doc, h.assumptions());
                    }
                    facts(doc, "What must run", h.needs());
                });
    }

    @Override
    public void verdict(ReportSection.Verdict v) {
        laidOut(
                () -> {
                    doc.newPage();
                    heading(doc, "Recommendation");
                    if (v.recommended().isPresent()) {
                        mode(doc, v.recommended().get(), "Recommended");
                    } else {
                        doc.add(new Paragraph("Nothing works on this host as it is.", strong));
                    }
                    if (v.bestAfterChanges().isPresent()) {
                        mode(doc, v.bestAfterChanges().get(), "Best after changes");
                    }
                    if (v.plan().isPresent()) {
                        ReportModel.Plan plan = v.plan().get();
                        doc.add(new Paragraph("Install plan: " + plan.title(), h3));
                        List steps = new List(List.ORDERED);
                        plan.steps().forEach(s -> steps.add(new ListItem(s, body)));
                        doc.add(steps);
                        bullets(doc, plan.notes());
                    }
                });
    }

    @Override
    public void hostImages(ReportSection.HostImages images) {
        laidOut(
                () -> {
                    doc.add(new Paragraph(" ", body));
                    matrix(
                            doc,
                            "Windows images on "
                                    + images.row().name()
                                    + " (process / Hyper-V isolation)",
                            java.util.List.of(images.row()),
                            Optional.of(images.row().id()),
                            images.needed());
                });
    }

    @Override
    public void everyMode(ReportSection.EveryMode modes) {
        laidOut(
                () -> {
                    heading(doc, "Every mode");
                    for (ModePart m : modes.modes()) {
                        mode(doc, m, null);
                    }
                });
    }

    @Override
    public void comparison(ReportSection.ComparisonTable comparison) {
        laidOut(() -> comparison(doc, comparison));
    }

    @Override
    public void compatibility(ReportSection.CompatibilityTable compatibility) {
        laidOut(
                () -> {
                    doc.newPage();
                    heading(doc, "Windows container compatibility");
                    matrix(
                            doc,
                            "Microsoft's table: host x image version (process / Hyper-V isolation)",
                            compatibility.matrix().rows(),
                            compatibility.hostRow().map(MatrixRow::id),
                            compatibility.needed());
                    bullets(doc, compatibility.matrix().rules());
                });
    }

    @Override
    public void sources(ReportSection.Sources sources) {
        laidOut(() -> sources(doc, sources));
    }

    private void mode(Document doc, ModePart m, String kicker) throws DocumentException {
        PdfPTable box = new PdfPTable(1);
        box.setWidthPercentage(100);
        box.setSpacingBefore(6);
        box.setKeepTogether(
                m.reasons().size() + m.warnings().size() + m.fixes().size() + m.blockers().size()
                        < 14);
        Phrase title = new Phrase();
        if (kicker != null) {
            title.add(new Chunk(kicker + ": ", strong));
        }
        title.add(new Chunk(m.name(), strong));
        title.add(
                new Chunk(
                        "   "
                                + Words.status(m.status())
                                + (m.status() == dev.dockwise.engine.model.Status.BLOCKED
                                        ? ""
                                        : ", score " + m.score()),
                        body));
        PdfPCell cell = new PdfPCell();
        cell.setBorderColor(LINE);
        cell.setPadding(6);
        cell.setBackgroundColor(
                m.status() == dev.dockwise.engine.model.Status.RECOMMENDED ? GOOD : Color.WHITE);
        cell.addElement(new Paragraph(title));
        addItems(cell, "Not possible because", m.blockers());
        if (!m.fixes().isEmpty()) {
            cell.addElement(new Paragraph("Changes to make:", strong));
            for (Fix f : m.fixes()) {
                Paragraph p =
                        new Paragraph(
                                new Chunk(
                                        "- " + f.action() + " (" + f.where().label() + ")", body));
                cell.addElement(p);
                if (f.hasCommand()) {
                    cell.addElement(new Paragraph("    " + f.command(), small));
                }
            }
        }
        addItems(cell, "Reasons", m.reasons());
        addItems(cell, "Warnings", m.warnings());
        box.addCell(cell);
        doc.add(box);
    }

    private void addItems(PdfPCell cell, String label, java.util.List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        cell.addElement(new Paragraph(label + ":", strong));
        for (String item : items) {
            cell.addElement(new Paragraph("- " + item, body));
        }
    }

    private void comparison(Document doc, ReportSection.ComparisonTable m)
            throws DocumentException {
        heading(doc, "Mode comparison");
        java.util.List<Column> columns = m.comparison().columns();
        PdfPTable t = new PdfPTable(columns.size() + 1);
        t.setWidthPercentage(100);
        float[] widths = new float[columns.size() + 1];
        widths[0] = 1.1f;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = 1f;
        }
        t.setWidths(widths);
        t.setHeaderRows(1);
        t.setSplitLate(false);
        t.setSplitRows(false);
        t.addCell(head("Feature"));
        for (Column c : columns) {
            String text =
                    c.name()
                            + (c.recommended() ? "\n[Recommended]" : "")
                            + (c.blocked() ? "\n[Not possible here]" : "")
                            + (c.support().equals("current") ? "" : "\n[" + c.support() + "]");
            PdfPCell cell = head(text);
            if (c.recommended()) {
                cell.setBackgroundColor(GOOD);
            }
            t.addCell(cell);
        }
        for (ReportModel.Row row : m.comparison().rows()) {
            t.addCell(head(row.feature()));
            for (int i = 0; i < row.cells().size(); i++) {
                ReportModel.Cell c = row.cells().get(i);
                Phrase p = new Phrase();
                p.add(new Chunk(Words.level(c.level()) + ": ", smallStrong));
                p.add(new Chunk(c.text(), small));
                PdfPCell cell = new PdfPCell(p);
                cell.setBorderColor(LINE);
                cell.setPadding(3);
                Column col = columns.get(i);
                if (col.recommended()) {
                    cell.setBackgroundColor(GOOD);
                } else if (col.blocked()) {
                    cell.setBackgroundColor(HEAD);
                }
                t.addCell(cell);
            }
        }
        doc.add(t);
        doc.add(
                new Paragraph(
                        "Levels: Yes, Partly, No, Info. "
                                + (m.forHost()
                                        ? "[Recommended] marks the recommended mode; [Not possible"
                                                + " here] the modes this host can't run."
                                        : ""),
                        small));
    }

    private void matrix(
            Document doc,
            String caption,
            java.util.List<MatrixRow> rows,
            Optional<String> highlight,
            Optional<ImageVersion> needed)
            throws DocumentException {
        doc.add(new Paragraph(caption, h3));
        PdfPTable t = new PdfPTable(ImageVersion.values().length + 1);
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        t.setSplitRows(false);
        t.setSpacingBefore(4);
        t.addCell(head("Host"));
        for (ImageVersion v : ImageVersion.values()) {
            PdfPCell c = head(v.id() + (needed.filter(n -> n == v).isPresent() ? " (needed)" : ""));
            if (needed.filter(n -> n == v).isPresent()) {
                c.setBackgroundColor(MINE);
            }
            t.addCell(c);
        }
        for (MatrixRow row : rows) {
            boolean mine = highlight.filter(h -> h.equals(row.id())).isPresent();
            PdfPCell name = head(row.name() + (mine && rows.size() > 1 ? " (this host)" : ""));
            if (mine) {
                name.setBackgroundColor(MINE);
            }
            t.addCell(name);
            for (ImageVersion v : ImageVersion.values()) {
                Phrase p = new Phrase();
                for (IsolationKind k : IsolationKind.values()) {
                    MatrixCell c =
                            row.cells().stream()
                                    .filter(x -> x.image() == v && x.isolation() == k)
                                    .findFirst()
                                    .orElseThrow();
                    p.add(new Chunk(Words.isolation(k) + ": ", smallStrong));
                    p.add(
                            new Chunk(
                                    Words.support(c.support())
                                            + (k == IsolationKind.PROCESS ? "\n" : ""),
                                    small));
                }
                PdfPCell cell = new PdfPCell(p);
                cell.setBorderColor(LINE);
                cell.setPadding(3);
                if (mine) {
                    cell.setBackgroundColor(MINE);
                }
                t.addCell(cell);
            }
        }
        doc.add(t);
    }

    private void sources(Document doc, ReportSection.Sources m) throws DocumentException {
        heading(doc, "Sources");
        doc.add(
                new Paragraph(
                        "Every fact in Dockwise's knowledge base names one of these sources.",
                        muted));
        PdfPTable t = new PdfPTable(new float[] {0.6f, 3f, 3f, 1.6f});
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        t.setSplitRows(false);
        t.setSpacingBefore(4);
        for (String h : new String[] {"Tag", "Source", "Where", "Snapshot"}) {
            t.addCell(head(h));
        }
        for (Source s : m.sources()) {
            t.addCell(text(s.tag(), smallStrong));
            t.addCell(text(s.title(), small));
            t.addCell(text(s.location(), small));
            t.addCell(text(s.snapshot(), small));
        }
        doc.add(t);
    }

    private void facts(Document doc, String caption, java.util.List<Fact> facts)
            throws DocumentException {
        doc.add(new Paragraph(caption, h3));
        PdfPTable t = new PdfPTable(new float[] {1f, 2.2f});
        t.setWidthPercentage(80);
        t.setHorizontalAlignment(Element.ALIGN_LEFT);
        t.setHeaderRows(1);
        t.setSplitRows(false);
        t.setSpacingBefore(3);
        t.setSpacingAfter(6);
        t.addCell(head("Fact"));
        t.addCell(head("Value"));
        for (Fact f : facts) {
            t.addCell(text(f.label(), body));
            t.addCell(text(f.value(), f.value().equals("unknown") ? muted : body));
        }
        doc.add(t);
    }

    private void heading(Document doc, String text) throws DocumentException {
        Paragraph p = new Paragraph(text, h2);
        p.setSpacingBefore(12);
        p.setSpacingAfter(4);
        doc.add(p);
    }

    private void bullets(Document doc, java.util.List<String> items) throws DocumentException {
        if (items.isEmpty()) {
            return;
        }
        List list = new List(List.UNORDERED);
        list.setListSymbol(new Chunk("- ", body));
        items.forEach(i -> list.add(new ListItem(i, body)));
        doc.add(list);
    }

    private PdfPCell head(String text) {
        PdfPCell c = new PdfPCell(new Phrase(text, smallStrong));
        c.setBackgroundColor(HEAD);
        c.setBorderColor(LINE);
        c.setPadding(3);
        return c;
    }

    private PdfPCell text(String value, Font font) {
        PdfPCell c = new PdfPCell(new Phrase(value, font));
        c.setBorderColor(LINE);
        c.setPadding(3);
        return c;
    }

    private static BaseFont font(String file) {
        try (InputStream in =
                PdfReport.class.getResourceAsStream("/dev/dockwise/report/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the build: " + file);
            }
            return BaseFont.createFont(
                    file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "Title - page N of M" at the foot of every page. */
    private final class Footer extends PdfPageEventHelper {
        private final String title;
        private PdfTemplate total;

        Footer(String title) {
            this.title = title;
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
                    new Phrase(title, small),
                    document.left(),
                    page.getBottom() + 25,
                    0);
            String label = "Page " + writer.getPageNumber() + " of ";
            float width = regular.getWidthPoint(label, 7.5f);
            float x = document.right() - width - 14;
            ColumnText.showTextAligned(
                    cb, Element.ALIGN_LEFT, new Phrase(label, small), x, page.getBottom() + 25, 0);
            cb.addTemplate(total, x + width, page.getBottom() + 25);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            total.beginText();
            total.setFontAndSize(regular, 7.5f);
            total.setTextMatrix(0, 0);
            total.showText(
                    String.valueOf(
                            writer.getPageNumber()
                                    - 1)); // the writer has already moved past the last page
            total.endText();
        }
    }
}
