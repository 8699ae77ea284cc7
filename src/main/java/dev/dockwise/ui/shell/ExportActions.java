package dev.dockwise.ui.shell;

import dev.dockwise.files.AtomicFiles;
import dev.dockwise.report.HtmlReport;
import dev.dockwise.report.PdfReport;
import dev.dockwise.report.ReportModel;
import dev.dockwise.scripts.GeneratedScript;
import dev.dockwise.scripts.ProbeScript;
import dev.dockwise.ui.common.Dialogs;
import dev.dockwise.ui.common.FilePicker;
import dev.dockwise.ui.print.PrintPreview;
import dev.dockwise.ui.print.ReportPages;
import dev.dockwise.ui.wizard.ReportsViewModel;
import dev.dockwise.ui.wizard.WizardViewModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
final class ExportActions {
    private final Window owner;
    private final WizardViewModel vm;
    private final ReportsViewModel reports;
    private final FilePicker files;
    private final Consumer<String> status;
    private Supplier<List<Printer>> printers = () -> List.copyOf(Printer.getAllPrinters());

    ExportActions(Window owner, WizardViewModel vm, FilePicker files, Consumer<String> status) {
        this.owner = owner;
        this.vm = vm;
        this.reports = new ReportsViewModel(vm);
        this.files = files;
        this.status = status;
    }

    void exportMarkdown() {
        export("Export recommendation", ".md", "Markdown", "*.md", reports::markdown);
    }

    void exportJson() {
        export("Export recommendation", ".recommendation.json", "JSON", "*.json", reports::json);
    }

    void exportComparisonCsv() {
        export("Export comparison", "-comparison.csv", "CSV", "*.csv", reports::comparisonCsv);
    }

    void saveScript(GeneratedScript script) {
        save("Save install script", script.fileName(), "PowerShell scripts", "*.ps1", script::bytes,
                "run it elevated on the host (add -WhatIf for a dry run).");
    }

    void saveProbe() {
        save("Save probe script", ProbeScript.FILE_NAME, "PowerShell scripts", "*.ps1", ProbeScript::bytes,
                "run it on the host, then import the .dockwise.json it writes.");
    }

    /** Print preview of the report, with a choice of printer, and Save as PDF (the way out when there is no printer). */
    PrintPreview print() {
        ReportModel model = reports.report();
        var result = Optional.of(vm.getRecommendation());
        PrintPreview preview = new PrintPreview(owner, plan -> new ReportPages(model, result, reports.knowledge(), plan).pages(),
                printers.get(), this::savePdf);
        preview.show();
        return preview;
    }

    void savePdf() {
        save("Save report as PDF", vm.suggestedFileName("-report.pdf"), "PDF documents", "*.pdf", () -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            PdfReport.write(reports.report(), PdfReport.Paper.A4, bytes);
            return bytes.toByteArray();
        }, "");
    }

    void saveHtml() {
        export("Save report as HTML", "-report.html", "HTML", "*.html", () -> HtmlReport.render(reports.report()));
    }

    void copySummary() {
        ClipboardContent content = new ClipboardContent();
        content.putString(reports.summaryText());
        Clipboard.getSystemClipboard().setContent(content);
        status.accept("Summary copied to the clipboard.");
    }

    void setPrinters(Supplier<List<Printer>> installed) {
        this.printers = installed;
    }

    private void export(String title, String suffix, String kind, String pattern, Supplier<String> content) {
        save(title, vm.suggestedFileName(suffix), kind + " files", pattern, () -> content.get().getBytes(StandardCharsets.UTF_8), "");
    }

    private void save(String title, String name, String kind, String pattern, Supplier<byte[]> content, String next) {
        files.save(title, name, kind, pattern).ifPresent(file -> {
            try {
                AtomicFiles.write(file, content.get());
                status.accept("Saved " + file + (next.isEmpty() ? "" : ": " + next));
            } catch (IOException e) {
                Dialogs.error(owner, "Could not save " + file.getFileName(), "Writing " + file + " failed: " + IoMessages.reason(e));
            }
        });
    }
}
