package dev.dockwise.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.TestEngine;
import dev.dockwise.engine.facts.ModeCatalog.ModeInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF read back with PDFBox: searchable text, every mode, the host, headers on every page. */
class ReportPdfTest {

    private static List<String> pages(PDDocument doc) throws Exception {
        List<String> pages = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        for (int i = 1; i <= doc.getNumberOfPages(); i++) {
            stripper.setStartPage(i);
            stripper.setEndPage(i);
            pages.add(stripper.getText(doc));
        }
        return pages;
    }

    @Test
    void theTextIsSelectableAndComplete() throws Exception {
        byte[] pdf =
                ReportFixtures.pdf(
                        ReportFixtures.model(Optional.of(ReportFixtures.cyrillicServer())),
                        PdfReport.Paper.A4);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String all = String.join("\n", pages(doc));
            for (ModeInfo mode : TestEngine.ADVISOR.knowledge().modes().modes()) {
                assertTrue(
                        all.replace("\n", " ").contains(mode.name().replace("\n", " "))
                                || all.contains(mode.name().split(" ")[0]),
                        "mode missing: " + mode.name());
            }
            assertTrue(all.contains("сервер-01"), "the Cyrillic host name is in the text");
            assertTrue(
                    all.contains("Recommended: Windows containers (process isolation)"),
                    all.substring(0, 400));
            assertTrue(
                    all.contains(
                            "Knowledge as of "
                                    + dev.dockwise.TestEngine.ADVISOR.knowledge().meta().asOf()));
            assertTrue(all.contains("Install plan"));
            assertTrue(all.contains("Sources"));
            int n = doc.getNumberOfPages();
            assertTrue(n >= 5 && n <= 20, "plausible page count: " + n);
            assertTrue(pages(doc).get(0).contains("Page 1 of " + n), pages(doc).get(0));
            assertEquals("Dockwise report: сервер-01", doc.getDocumentInformation().getTitle());
            assertTrue(doc.getDocumentInformation().getCreator().startsWith("Dockwise"));
            assertEquals(PDRectangle.A4.getWidth(), doc.getPage(0).getMediaBox().getWidth(), 1);
        }
    }

    @Test
    void theComparisonHeaderRepeatsOnEveryPageItSpans() throws Exception {
        byte[] pdf =
                ReportFixtures.pdf(
                        ReportFixtures.model(Optional.of(ReportFixtures.cyrillicServer())),
                        PdfReport.Paper.A4);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> pages = pages(doc);
            int start = -1;
            int end = -1;
            for (int i = 0; i < pages.size(); i++) {
                if (pages.get(i).contains("Mode comparison")) {
                    start = i;
                }
                if (start >= 0
                        && end < 0
                        && pages.get(i).contains("Windows container compatibility")) {
                    end = i;
                }
            }
            assertTrue(start >= 0 && end > start, "comparison pages found: " + start + ".." + end);
            assertTrue(
                    end - start >= 2,
                    "the comparison spans more than one page here: " + start + ".." + end);
            for (int i = start; i < end; i++) {
                String page = pages.get(i);
                assertTrue(
                        page.contains("Feature")
                                && page.contains("Docker Toolbox")
                                && page.contains("Docker Engine in"),
                        "header row missing on page " + (i + 1));
            }
        }
    }

    @Test
    void letterPaperAndACompareOnlyReport() throws Exception {
        byte[] pdf =
                ReportFixtures.pdf(ReportFixtures.model(Optional.empty()), PdfReport.Paper.LETTER);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(
                    PDRectangle.LETTER.getWidth(),
                    doc.getPage(doc.getNumberOfPages() - 1).getMediaBox().getWidth(),
                    1);
            String all = String.join("\n", pages(doc));
            assertFalse(all.contains("The host:"));
            assertTrue(
                    all.contains("Mode comparison")
                            && all.contains("Windows container compatibility"));
        }
    }
}
