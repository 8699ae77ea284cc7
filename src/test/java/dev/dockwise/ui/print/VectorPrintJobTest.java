package dev.dockwise.ui.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.TestEngine;
import dev.dockwise.report.PdfReport;
import dev.dockwise.report.ReportBuilder;
import dev.dockwise.report.ReportModel;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * What the printer gets: the report's own PDF pages, whose text is text, in a job named after the
 * report.
 */
class VectorPrintJobTest {
    private final ReportModel report =
            new ReportBuilder(TestEngine.ADVISOR, "test")
                    .build(
                            Optional.of(dev.dockwise.TestProfile.baseline().profile()),
                            LocalDate.of(2026, 11, 28));

    @Test
    void theJobIsNamedAfterTheReportAndItsTextStaysText() throws Exception {
        VectorPrintJob job = VectorPrintJob.of(report, PdfReport.Paper.A4, "Office printer", 2);
        assertEquals("Dockwise report: test-host", job.name());
        assertEquals("Office printer", job.printer());
        assertEquals(2, job.copies());
        try (PDDocument pdf = Loader.loadPDF(job.pdf())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(
                    text.contains("test-host") && text.contains("Docker Desktop (WSL 2 backend)"),
                    "selectable text: " + text.length());
            assertEquals(595, Math.round(pdf.getPage(0).getMediaBox().getWidth()), "A4");
        }
    }

    @Test
    void letterPaperGetsLetterPages() throws Exception {
        assertEquals(PdfReport.Paper.LETTER, VectorPrintJob.paperOf("Letter"));
        assertEquals(PdfReport.Paper.LETTER, VectorPrintJob.paperOf("NA_LETTER"));
        assertEquals(PdfReport.Paper.A4, VectorPrintJob.paperOf("A4"));
        try (PDDocument pdf =
                Loader.loadPDF(VectorPrintJob.of(report, PdfReport.Paper.LETTER, "p", 1).pdf())) {
            assertEquals(612, Math.round(pdf.getPage(0).getMediaBox().getWidth()), "Letter");
        }
    }
}
