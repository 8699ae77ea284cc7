package dev.dockwise.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * Prints a report for real through a CUPS queue named PDF (cups-pdf, set up by .ci/print-queue) and
 * checks the PDF that lands in ~/PDF has the report's pages. Without that queue it fails, as a test
 * without what it needs does here (README, Set up).
 */
class RealPrintingTest {

    @Test
    void aReportPrintedThroughCupsPdfLandsWithItsPages() throws Exception {
        PrintService[] services = PrintServiceLookup.lookupPrintServices(null, null);
        boolean queue = Arrays.stream(services).anyMatch(s -> s.getName().equals("PDF"));
        if (!queue) {
            fail(
                    "no print queue named PDF: this test prints through CUPS with cups-pdf, which"
                            + " .ci/print-queue sets up (README, Set up); printers seen: "
                            + Arrays.stream(services)
                                    .map(PrintService::getName)
                                    .collect(Collectors.toList()));
        }
        ReportModel model = ReportFixtures.model(Optional.of(ReportFixtures.cyrillicServer()));
        byte[] pdf = ReportFixtures.pdf(model, PdfReport.Paper.A4);
        int pages;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            pages = doc.getNumberOfPages();
        }
        Path out = Path.of(System.getProperty("user.home"), "PDF");
        Set<Path> before = listing(out);
        String used = ReportPrinting.printPdf(pdf, "dockwise-print-test", "PDF");
        assertEquals("PDF", used);
        Path printed = null;
        for (int i = 0; i < 600 && printed == null; i++) {
            Thread.sleep(100);
            printed =
                    listing(out).stream()
                            .filter(p -> !before.contains(p))
                            .filter(p -> p.toString().endsWith(".pdf"))
                            .max(Comparator.comparing(Path::toString))
                            .orElse(null);
        }
        assertTrue(printed != null, "no PDF appeared in " + out);
        try (PDDocument doc = Loader.loadPDF(whenComplete(printed))) {
            assertEquals(pages, doc.getNumberOfPages(), "printed page count");
        }
    }

    /**
     * cups-pdf creates the file first and writes it as Ghostscript renders: wait for the condition
     * (a trailer at the end, and no growth since the last look), not for a fixed time.
     */
    private static byte[] whenComplete(Path pdf) throws Exception {
        long last = -1;
        for (int i = 0; i < 1200; i++) {
            byte[] bytes = Files.readAllBytes(pdf);
            String tail =
                    new String(
                            bytes,
                            Math.max(0, bytes.length - 64),
                            Math.min(64, bytes.length),
                            java.nio.charset.StandardCharsets.ISO_8859_1);
            if (tail.contains("%%EOF") && bytes.length == last) {
                return bytes;
            }
            last = bytes.length;
            Thread.sleep(100);
        }
        throw new AssertionError(pdf + " was still being written after 2 minutes");
    }

    private static Set<Path> listing(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.collect(Collectors.toSet());
        }
    }
}
