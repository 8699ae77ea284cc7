package dev.dockwise.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import dev.dockwise.engine.model.Status;
import dev.dockwise.engine.result.Fix;
import dev.dockwise.report.ReportModel.ModePart;
import java.awt.Color;
import java.util.List;

/**
 * One mode's verdict in the PDF: a box with its name, status and score, then its blockers, the
 * changes to make, its reasons and warnings; kept on one page unless it is long.
 */
final class PdfModeBox {
    private final PdfFonts fonts;

    PdfModeBox(PdfFonts fonts) {
        this.fonts = fonts;
    }

    /** The box, under {@code kicker} ("Recommended: ...") when there is one. */
    PdfPTable of(ModePart m, String kicker) {
        PdfPTable box = new PdfPTable(1);
        box.setWidthPercentage(100);
        box.setSpacingBefore(6);
        box.setKeepTogether(
                m.reasons().size() + m.warnings().size() + m.fixes().size() + m.blockers().size()
                        < 14);
        Phrase title = new Phrase();
        if (kicker != null) {
            title.add(new Chunk(kicker + ": ", fonts.strong));
        }
        title.add(new Chunk(m.name(), fonts.strong));
        title.add(
                new Chunk(
                        "   "
                                + Words.status(m.status())
                                + (m.status() == Status.BLOCKED ? "" : ", score " + m.score()),
                        fonts.body));
        PdfPCell cell = new PdfPCell();
        cell.setBorderColor(PdfCells.LINE);
        cell.setPadding(6);
        cell.setBackgroundColor(m.status() == Status.RECOMMENDED ? PdfCells.GOOD : Color.WHITE);
        cell.addElement(new Paragraph(title));
        items(cell, "Not possible because", m.blockers());
        if (!m.fixes().isEmpty()) {
            cell.addElement(new Paragraph("Changes to make:", fonts.strong));
            for (Fix f : m.fixes()) {
                cell.addElement(
                        new Paragraph(
                                new Chunk(
                                        "- " + f.action() + " (" + f.where().label() + ")",
                                        fonts.body)));
                if (f.hasCommand()) {
                    cell.addElement(new Paragraph("    " + f.command(), fonts.small));
                }
            }
        }
        items(cell, "Reasons", m.reasons());
        items(cell, "Warnings", m.warnings());
        box.addCell(cell);
        return box;
    }

    private void items(PdfPCell cell, String label, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        cell.addElement(new Paragraph(label + ":", fonts.strong));
        for (String item : items) {
            cell.addElement(new Paragraph("- " + item, fonts.body));
        }
    }
}
