package dev.dockwise.report;

import static dev.dockwise.report.PdfPages.laidOut;

import com.lowagie.text.List;
import com.lowagie.text.ListItem;
import com.lowagie.text.Paragraph;
import dev.dockwise.engine.matrix.MatrixRow;
import dev.dockwise.report.ReportModel.HostPart;
import dev.dockwise.report.ReportModel.ModePart;
import java.io.OutputStream;
import java.util.Optional;

/**
 * The report as PDF (OpenPDF): selectable text in an embedded font ({@link PdfFonts}), tables whose
 * header rows repeat on every page and whose rows never split ({@link PdfTables}), page numbers
 * ({@link PdfFooter}), document metadata, A4 or Letter ({@link PdfPages}). This class draws each
 * section from those parts.
 */
public final class PdfReport implements ReportRenderer {
    /** Paper sizes offered. */
    public enum Paper {
        A4,
        LETTER
    }

    private final PdfFonts fonts = new PdfFonts();
    private final PdfTables tables = new PdfTables(fonts);
    private final PdfModeBox modes = new PdfModeBox(fonts);
    private final PdfPages doc;

    private PdfReport(ReportModel model, Paper paper, OutputStream out) {
        doc = new PdfPages(model, paper, out, fonts);
    }

    public static void write(ReportModel model, Paper paper, OutputStream out) {
        try {
            PdfReport pdf = new PdfReport(model, paper, out);
            model.walk(pdf);
            pdf.doc.close();
        } catch (PdfPages.LayoutFailed e) {
            throw new IllegalStateException(
                    "PDF layout failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    @Override
    public void orientation(boolean wide) {
        doc.orientation(wide);
    }

    @Override
    public void title(ReportSection.Title t) {
        laidOut(
                () -> {
                    doc.add(new Paragraph(t.title(), fonts.h1));
                    doc.add(new Paragraph(t.provenance(), fonts.muted));
                });
    }

    @Override
    public void host(ReportSection.Host section) {
        HostPart h = section.host();
        laidOut(
                () -> {
                    doc.heading("The host: " + h.name());
                    tables.facts(
                            doc,
                            "Host facts (unknown values are reasoned about with the assumptions"
                                    + " below)",
                            h.facts());
                    if (!h.assumptions().isEmpty()) {
                        doc.add(new Paragraph("Assumptions", fonts.h3));
                        doc.bullets(h.assumptions());
                    }
                    tables.facts(doc, "What must run", h.needs());
                });
    }

    @Override
    public void verdict(ReportSection.Verdict v) {
        laidOut(
                () -> {
                    doc.newPage();
                    doc.heading("Recommendation");
                    if (v.recommended().isPresent()) {
                        doc.add(modes.of(v.recommended().get(), "Recommended"));
                    } else {
                        doc.add(
                                new Paragraph(
                                        "Nothing works on this host as it is.", fonts.strong));
                    }
                    if (v.bestAfterChanges().isPresent()) {
                        doc.add(modes.of(v.bestAfterChanges().get(), "Best after changes"));
                    }
                    if (v.plan().isPresent()) {
                        ReportModel.Plan plan = v.plan().get();
                        doc.add(new Paragraph("Install plan: " + plan.title(), fonts.h3));
                        List steps = new List(List.ORDERED);
                        plan.steps().forEach(s -> steps.add(new ListItem(s, fonts.body)));
                        doc.add(steps);
                        doc.bullets(plan.notes());
                    }
                });
    }

    @Override
    public void hostImages(ReportSection.HostImages images) {
        laidOut(
                () -> {
                    doc.add(new Paragraph(" ", fonts.body));
                    tables.matrix(
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
    public void everyMode(ReportSection.EveryMode everyMode) {
        laidOut(
                () -> {
                    doc.heading("Every mode");
                    for (ModePart m : everyMode.modes()) {
                        doc.add(modes.of(m, null));
                    }
                });
    }

    @Override
    public void comparison(ReportSection.ComparisonTable comparison) {
        laidOut(() -> tables.comparison(doc, comparison));
    }

    @Override
    public void compatibility(ReportSection.CompatibilityTable compatibility) {
        laidOut(
                () -> {
                    doc.newPage();
                    doc.heading("Windows container compatibility");
                    tables.matrix(
                            doc,
                            "Microsoft's table: host x image version (process / Hyper-V isolation)",
                            compatibility.matrix().rows(),
                            compatibility.hostRow().map(MatrixRow::id),
                            compatibility.needed());
                    doc.bullets(compatibility.matrix().rules());
                });
    }

    @Override
    public void sources(ReportSection.Sources sources) {
        laidOut(() -> tables.sources(doc, sources));
    }
}
