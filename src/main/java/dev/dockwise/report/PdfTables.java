package dev.dockwise.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import dev.dockwise.engine.facts.IsolationKind;
import dev.dockwise.engine.facts.Source;
import dev.dockwise.engine.matrix.MatrixCell;
import dev.dockwise.engine.matrix.MatrixRow;
import dev.dockwise.engine.model.ImageVersion;
import dev.dockwise.report.ReportModel.Column;
import dev.dockwise.report.ReportModel.Fact;
import java.util.List;
import java.util.Optional;

/**
 * The PDF's tables: the mode comparison, the compatibility matrix, the sources and the host's
 * facts. Header rows repeat on every page a table spans, and rows never split.
 */
final class PdfTables {
    private final PdfFonts fonts;
    private final PdfCells cells;

    PdfTables(PdfFonts fonts) {
        this.fonts = fonts;
        this.cells = new PdfCells(fonts);
    }

    void comparison(PdfPages pages, ReportSection.ComparisonTable m) throws DocumentException {
        pages.heading("Mode comparison");
        List<Column> columns = m.comparison().columns();
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
        t.addCell(cells.head("Feature"));
        for (Column c : columns) {
            String text =
                    c.name()
                            + (c.recommended() ? "\n[Recommended]" : "")
                            + (c.blocked() ? "\n[Not possible here]" : "")
                            + (c.support().equals("current") ? "" : "\n[" + c.support() + "]");
            PdfPCell cell = cells.head(text);
            if (c.recommended()) {
                cell.setBackgroundColor(PdfCells.GOOD);
            }
            t.addCell(cell);
        }
        for (ReportModel.Row row : m.comparison().rows()) {
            t.addCell(cells.head(row.feature()));
            for (int i = 0; i < row.cells().size(); i++) {
                ReportModel.Cell c = row.cells().get(i);
                Phrase p = new Phrase();
                p.add(new Chunk(Words.level(c.level()) + ": ", fonts.smallStrong));
                p.add(new Chunk(c.text(), fonts.small));
                PdfPCell cell = cells.cell(p);
                Column col = columns.get(i);
                if (col.recommended()) {
                    cell.setBackgroundColor(PdfCells.GOOD);
                } else if (col.blocked()) {
                    cell.setBackgroundColor(PdfCells.HEAD);
                }
                t.addCell(cell);
            }
        }
        pages.add(t);
        pages.add(
                new Paragraph(
                        "Levels: Yes, Partly, No, Info. "
                                + (m.forHost()
                                        ? "[Recommended] marks the recommended mode; [Not possible"
                                                + " here] the modes this host can't run."
                                        : ""),
                        fonts.small));
    }

    /** Host rows by image versions, {@code highlight} the host's row, {@code needed} its image. */
    void matrix(
            PdfPages pages,
            String caption,
            List<MatrixRow> rows,
            Optional<String> highlight,
            Optional<ImageVersion> needed)
            throws DocumentException {
        pages.add(new Paragraph(caption, fonts.h3));
        PdfPTable t = new PdfPTable(ImageVersion.values().length + 1);
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        t.setSplitRows(false);
        t.setSpacingBefore(4);
        t.addCell(cells.head("Host"));
        for (ImageVersion v : ImageVersion.values()) {
            boolean wanted = needed.filter(n -> n == v).isPresent();
            PdfPCell c = cells.head(v.id() + (wanted ? " (needed)" : ""));
            if (wanted) {
                c.setBackgroundColor(PdfCells.MINE);
            }
            t.addCell(c);
        }
        for (MatrixRow row : rows) {
            boolean mine = highlight.filter(h -> h.equals(row.id())).isPresent();
            PdfPCell name =
                    cells.head(row.name() + (mine && rows.size() > 1 ? " (this host)" : ""));
            if (mine) {
                name.setBackgroundColor(PdfCells.MINE);
            }
            t.addCell(name);
            for (ImageVersion v : ImageVersion.values()) {
                PdfPCell cell = cells.cell(verdicts(row, v));
                if (mine) {
                    cell.setBackgroundColor(PdfCells.MINE);
                }
                t.addCell(cell);
            }
        }
        pages.add(t);
    }

    /** One matrix cell: process isolation's verdict over Hyper-V's. */
    private Phrase verdicts(MatrixRow row, ImageVersion v) {
        Phrase p = new Phrase();
        for (IsolationKind k : IsolationKind.values()) {
            MatrixCell c =
                    row.cells().stream()
                            .filter(x -> x.image() == v && x.isolation() == k)
                            .findFirst()
                            .orElseThrow();
            p.add(new Chunk(Words.isolation(k) + ": ", fonts.smallStrong));
            p.add(
                    new Chunk(
                            Words.support(c.support()) + (k == IsolationKind.PROCESS ? "\n" : ""),
                            fonts.small));
        }
        return p;
    }

    void sources(PdfPages pages, ReportSection.Sources m) throws DocumentException {
        pages.heading("Sources");
        pages.add(
                new Paragraph(
                        "Every fact in Dockwise's knowledge base names one of these sources.",
                        fonts.muted));
        PdfPTable t = new PdfPTable(new float[] {0.6f, 3f, 3f, 1.6f});
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        t.setSplitRows(false);
        t.setSpacingBefore(4);
        for (String h : new String[] {"Tag", "Source", "Where", "Snapshot"}) {
            t.addCell(cells.head(h));
        }
        for (Source s : m.sources()) {
            t.addCell(cells.text(s.tag(), fonts.smallStrong));
            t.addCell(cells.text(s.title(), fonts.small));
            t.addCell(cells.text(s.location(), fonts.small));
            t.addCell(cells.text(s.snapshot(), fonts.small));
        }
        pages.add(t);
    }

    void facts(PdfPages pages, String caption, List<Fact> facts) throws DocumentException {
        pages.add(new Paragraph(caption, fonts.h3));
        PdfPTable t = new PdfPTable(new float[] {1f, 2.2f});
        t.setWidthPercentage(80);
        t.setHorizontalAlignment(Element.ALIGN_LEFT);
        t.setHeaderRows(1);
        t.setSplitRows(false);
        t.setSpacingBefore(3);
        t.setSpacingAfter(6);
        t.addCell(cells.head("Fact"));
        t.addCell(cells.head("Value"));
        for (Fact f : facts) {
            t.addCell(cells.text(f.label(), fonts.body));
            t.addCell(
                    cells.text(f.value(), f.value().equals("unknown") ? fonts.muted : fonts.body));
        }
        pages.add(t);
    }
}
