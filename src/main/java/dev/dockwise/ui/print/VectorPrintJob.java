package dev.dockwise.ui.print;

import dev.dockwise.report.PdfReport;
import dev.dockwise.report.ReportModel;
import java.io.ByteArrayOutputStream;

/**
 * What goes to the printer: the report's PDF pages as the PDF renderer lays them out, so text stays
 * text on paper (the printed nodes came out as pictures), named after the report and its host
 * instead of "JavaFX Print Job".
 */
public record VectorPrintJob(String name, byte[] pdf, String printer, int copies) {

    /** Sends a job to a printer by name; the system's print services do it, tests record it. */
    @FunctionalInterface
    public interface Sender {
        /**
         * The printer's name as it took the job; throws when no printer by that name takes PDF
         * jobs.
         */
        String send(VectorPrintJob job) throws Exception;
    }

    public VectorPrintJob {
        copies = Math.max(1, copies);
    }

    /** The report laid out by the PDF renderer on this paper, for this printer. */
    public static VectorPrintJob of(
            ReportModel report, PdfReport.Paper paper, String printer, int copies) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PdfReport.write(report, paper, bytes);
        return new VectorPrintJob(report.title(), bytes.toByteArray(), printer, copies);
    }

    /** A4 unless the printer's paper is Letter (the two papers the PDF renderer lays out). */
    public static PdfReport.Paper paperOf(String paperName) {
        String name = paperName == null ? "" : paperName.toLowerCase(java.util.Locale.ROOT);
        return name.contains("letter") ? PdfReport.Paper.LETTER : PdfReport.Paper.A4;
    }
}
