package dev.dockwise.ui.export;

import dev.dockwise.files.AtomicFiles;
import dev.dockwise.files.IoMessages;
import dev.dockwise.report.HtmlReport;
import dev.dockwise.report.PdfReport;
import dev.dockwise.report.ReportModel;
import dev.dockwise.report.ReportPrinting;
import dev.dockwise.scripts.GeneratedScript;
import dev.dockwise.scripts.probe.ProbeScript;
import dev.dockwise.ui.actions.ActionRegistry;
import dev.dockwise.ui.actions.StandardAction;
import dev.dockwise.ui.common.Dialogs;
import dev.dockwise.ui.common.FilePicker;
import dev.dockwise.ui.print.PrintPreview;
import dev.dockwise.ui.print.ReportPages;
import dev.dockwise.ui.print.VectorPrintJob;
import dev.dockwise.ui.wizard.ExportViewModel;
import dev.dockwise.ui.wizard.FinishViewModel;
import dev.dockwise.ui.wizard.FinishViewModel.Kind;
import dev.dockwise.ui.wizard.ReportsViewModel;
import dev.dockwise.ui.wizard.WizardSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.print.Printer;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;

/**
 * Everything that leaves the wizard as a file, on paper or on the clipboard: the recommendation
 * (Markdown, JSON, text), the comparison (CSV), the report (PDF, HTML, print), the install script
 * and the probe. Each asks where, writes atomically and says where it went or why it could not.
 */
public final class ExportActions {
    private final Window owner;
    private final WizardSession vm;
    private final ReportsViewModel reports;
    private final FilePicker files;
    private final Consumer<String> status;
    private final FinishViewModel finish;
    private final Supplier<List<Printer>> printers;
    private final VectorPrintJob.Sender sender = ExportActions::sendToPrintService;

    public ExportActions(
            Window owner,
            WizardSession vm,
            FilePicker files,
            Consumer<String> status,
            FinishViewModel finish,
            Supplier<List<Printer>> printers) {
        this.finish = finish;
        this.printers = printers;
        this.owner = owner;
        this.vm = vm;
        this.reports = new ReportsViewModel(vm);
        this.files = files;
        this.status = status;
    }

    /** What leaves the wizard; the script saved is the one the Export step shows. */
    public void registerIn(ActionRegistry actions, ExportViewModel scripts) {
        actions.register(StandardAction.EXPORT_MARKDOWN, this::exportMarkdown);
        actions.register(StandardAction.EXPORT_JSON, this::exportJson);
        actions.register(StandardAction.EXPORT_CSV, this::exportComparisonCsv);
        actions.register(StandardAction.COPY_SUMMARY, this::copySummary);
        actions.register(StandardAction.SAVE_SCRIPT, () -> saveScript(scripts.getScript()));
        actions.register(StandardAction.SAVE_PROBE, this::saveProbe);
        actions.register(StandardAction.PRINT, this::print);
        actions.register(StandardAction.SAVE_PDF, this::savePdf);
        actions.register(StandardAction.SAVE_HTML, this::saveHtml);
    }

    void exportMarkdown() {
        export("Export recommendation", ".md", "Markdown", "*.md", reports::markdown)
                .ifPresent(f -> finish.saved(Kind.REPORT, "Recommendation saved as Markdown", f));
    }

    void exportJson() {
        export("Export recommendation", ".recommendation.json", "JSON", "*.json", reports::json)
                .ifPresent(f -> finish.saved(Kind.OTHER, "Recommendation saved as JSON", f));
    }

    void exportComparisonCsv() {
        export("Export comparison", "-comparison.csv", "CSV", "*.csv", reports::comparisonCsv)
                .ifPresent(f -> finish.saved(Kind.OTHER, "Comparison saved as CSV", f));
    }

    void saveScript(GeneratedScript script) {
        save(
                        "Save install script",
                        script.fileName(),
                        "PowerShell scripts",
                        "*.ps1",
                        script::bytes,
                        "run it elevated on the host (add -WhatIf for a dry run).")
                .ifPresent(f -> finish.scriptSaved(script.plan(), f));
    }

    void saveProbe() {
        save(
                        "Save probe script",
                        ProbeScript.FILE_NAME,
                        "PowerShell scripts",
                        "*.ps1",
                        ProbeScript::bytes,
                        "run it on the host, then import the .dockwise.json it writes.")
                .ifPresent(f -> finish.saved(Kind.OTHER, "Probe script saved", f));
    }

    /**
     * Print preview of the report, with a choice of printer, and Save as PDF (the way out when
     * there is no printer).
     */
    PrintPreview print() {
        ReportModel model = reports.report();
        PrintPreview.VectorJobs jobs =
                new PrintPreview.VectorJobs() {
                    @Override
                    public String name() {
                        return model.title();
                    }

                    @Override
                    public VectorPrintJob make(PdfReport.Paper paper, String printer, int copies) {
                        return VectorPrintJob.of(model, paper, printer, copies);
                    }
                };
        PrintPreview preview =
                new PrintPreview(
                        owner,
                        plan -> new ReportPages(model, plan).pages(),
                        printers.get(),
                        this::savePdf,
                        finish::printed,
                        jobs,
                        sender);
        preview.show();
        return preview;
    }

    void savePdf() {
        save(
                        "Save report as PDF",
                        vm.suggestedFileName("-report.pdf"),
                        "PDF documents",
                        "*.pdf",
                        () -> {
                            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                            PdfReport.write(reports.report(), PdfReport.Paper.A4, bytes);
                            return bytes.toByteArray();
                        },
                        "")
                .ifPresent(f -> finish.saved(Kind.REPORT, "Report saved as PDF", f));
    }

    void saveHtml() {
        export(
                        "Save report as HTML",
                        "-report.html",
                        "HTML",
                        "*.html",
                        () -> HtmlReport.render(reports.report()))
                .ifPresent(f -> finish.saved(Kind.REPORT, "Report saved as HTML", f));
    }

    void copySummary() {
        ClipboardContent content = new ClipboardContent();
        content.putString(reports.summaryText());
        Clipboard.getSystemClipboard().setContent(content);
        status.accept("Summary copied to the clipboard.");
    }

    /**
     * The system's print service of that exact name (the one the print dialog chose), or an
     * exception to fall back on.
     */
    private static String sendToPrintService(VectorPrintJob job)
            throws ReportPrinting.NoPrinterException {
        boolean known =
                java.util.Arrays.stream(
                                javax.print.PrintServiceLookup.lookupPrintServices(null, null))
                        .anyMatch(s -> s.getName().equals(job.printer()));
        if (!known) {
            throw new ReportPrinting.NoPrinterException("no print service named " + job.printer());
        }
        return ReportPrinting.printPdf(job.pdf(), job.name(), job.printer(), job.copies());
    }

    private Optional<Path> export(
            String title, String suffix, String kind, String pattern, Supplier<String> content) {
        return save(
                title,
                vm.suggestedFileName(suffix),
                kind + " files",
                pattern,
                () -> content.get().getBytes(StandardCharsets.UTF_8),
                "");
    }

    /** The file written, when the user chose one and it was written whole. */
    private Optional<Path> save(
            String title,
            String name,
            String kind,
            String pattern,
            Supplier<byte[]> content,
            String next) {
        Optional<Path> chosen = files.save(title, name, kind, pattern);
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        Path file = chosen.get();
        try {
            AtomicFiles.writeThroughLinks(file, content.get());
            status.accept("Saved " + file + (next.isEmpty() ? "" : ": " + next));
            return Optional.of(file);
        } catch (IOException e) {
            Dialogs.error(
                    owner,
                    "Could not save " + file.getFileName(),
                    "Writing " + file + " failed: " + IoMessages.reason(e));
            return Optional.empty();
        }
    }
}
