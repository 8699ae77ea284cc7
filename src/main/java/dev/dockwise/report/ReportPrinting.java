package dev.dockwise.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.print.Doc;
import javax.print.DocFlavor;
import javax.print.DocPrintJob;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.SimpleDoc;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.standard.JobName;

/**
 * Prints a finished PDF through the system's print services (CUPS on Linux and macOS, the spooler
 * on Windows), for the command line where no print dialog can be shown.
 */
public final class ReportPrinting {
    private ReportPrinting() {}

    /** No printer, or not the one asked for; the message lists what there is. */
    public static final class NoPrinterException extends Exception {
        public NoPrinterException(String message) {
            super(message);
        }
    }

    /** Sends the PDF to the named printer (or the default one); returns the printer's name. */
    public static String printPdf(byte[] pdf, String title, String printerName)
            throws NoPrinterException {
        return printPdf(pdf, title, printerName, 1);
    }

    /** As above, this many copies. */
    public static String printPdf(byte[] pdf, String title, String printerName, int copies)
            throws NoPrinterException {
        DocFlavor flavor = DocFlavor.BYTE_ARRAY.PDF;
        PrintService[] services = PrintServiceLookup.lookupPrintServices(null, null);
        if (services.length == 0) {
            throw new NoPrinterException(
                    "no printer is installed; save the report as PDF (--out report.pdf) and print"
                            + " it from there");
        }
        PrintService service =
                Optional.ofNullable(printerName)
                        .map(
                                name ->
                                        Arrays.stream(services)
                                                .filter(s -> s.getName().equalsIgnoreCase(name))
                                                .findFirst()
                                                .orElse(null))
                        .orElseGet(PrintServiceLookup::lookupDefaultPrintService);
        if (service == null) {
            String known =
                    Arrays.stream(services)
                            .map(PrintService::getName)
                            .collect(Collectors.joining(", "));
            throw new NoPrinterException(
                    printerName == null
                            ? "there is no default printer; name one with --printer (" + known + ")"
                            : "no printer named \"" + printerName + "\"; printers: " + known);
        }
        if (!service.isDocFlavorSupported(flavor)) {
            flavor = DocFlavor.BYTE_ARRAY.AUTOSENSE;
        }
        HashPrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
        attributes.add(new JobName(title, Locale.ENGLISH));
        attributes.add(new javax.print.attribute.standard.Copies(Math.max(1, copies)));
        DocPrintJob job = service.createPrintJob();
        Doc doc = new SimpleDoc(pdf, flavor, null);
        try {
            job.print(doc, attributes);
        } catch (PrintException e) {
            throw new NoPrinterException(
                    "printing on " + service.getName() + " failed: " + e.getMessage());
        }
        return service.getName();
    }
}
