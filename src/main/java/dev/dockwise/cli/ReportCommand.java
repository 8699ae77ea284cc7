package dev.dockwise.cli;

import dev.dockwise.engine.Advisor;
import dev.dockwise.engine.model.Profile;
import dev.dockwise.files.ShownName;
import dev.dockwise.knowledge.KnowledgeBase;
import dev.dockwise.report.HtmlReport;
import dev.dockwise.report.PdfReport;
import dev.dockwise.report.ReportBuilder;
import dev.dockwise.report.ReportModel;
import dev.dockwise.report.ReportPrinting;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dockwise report}: the comparison report as PDF or HTML, or printed. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        sortOptions = false,
        resourceBundle = "dev.dockwise.cli.ReportHelp",
        description = {
            "Write the comparison report for a profile (or, without --profile, the comparison and"
                    + " the matrix alone)",
            "as PDF or HTML (by the --out file's extension), or print it."
        })
public final class ReportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
            names = "--profile",
            paramLabel = "FILE",
            description = "The host profile; without it the report compares the modes only.")
    Path profile;

    @Mixin OutputFile output;

    @Option(
            names = "--print",
            description = "Print the report (PDF through the system's print service).")
    boolean print;

    @Option(
            names = "--printer",
            paramLabel = "NAME",
            description = "Printer to use with --print (default: the system default).")
    String printer;

    @Option(
            names = "--paper",
            paramLabel = "SIZE",
            defaultValue = "a4",
            description = "a4 (default) or letter.")
    String paper;

    @Override
    public Integer call() {
        if (output.file() == null && !print) {
            throw new BadInputException(
                    "say where the report goes: --out FILE.pdf, --out FILE.html or --print");
        }
        if (printer != null && !print) {
            throw new BadInputException("--printer goes with --print");
        }
        PdfReport.Paper size =
                switch (paper.toLowerCase(Locale.ROOT)) {
                    case "a4" -> PdfReport.Paper.A4;
                    case "letter" -> PdfReport.Paper.LETTER;
                    default ->
                            throw new BadInputException(
                                    "--paper: expected a4 or letter, got \"" + paper + "\"");
                };
        Optional<Profile> p = Optional.ofNullable(profile).map(ProfileArgument::read);
        ReportModel model =
                new ReportBuilder(new Advisor(KnowledgeBase.bundled()), Version.number())
                        .build(p, LocalDate.now());
        if (output.file() != null) {
            String name = output.file().getFileName().toString().toLowerCase(Locale.ROOT);
            byte[] bytes;
            if (name.endsWith(".pdf")) {
                bytes = pdf(model, size);
            } else if (name.endsWith(".html") || name.endsWith(".htm")) {
                bytes = HtmlReport.render(model).getBytes(StandardCharsets.UTF_8);
            } else {
                throw new BadInputException(
                        "--out: the file name must end in .pdf or .html (got "
                                + ShownName.of(output.file().getFileName())
                                + ")");
            }
            output.write(bytes);
            spec.commandLine()
                    .getErr()
                    .println(
                            "Wrote "
                                    + ShownName.of(output.file())
                                    + " ("
                                    + bytes.length / 1024
                                    + " KB)");
        }
        if (print) {
            try {
                String used = ReportPrinting.printPdf(pdf(model, size), model.title(), printer);
                spec.commandLine().getErr().println("Sent \"" + model.title() + "\" to " + used);
            } catch (ReportPrinting.NoPrinterException e) {
                throw new BadInputException(e.getMessage());
            }
        }
        return ExitCodes.OK;
    }

    private static byte[] pdf(ReportModel model, PdfReport.Paper size) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PdfReport.write(model, size, bytes);
        return bytes.toByteArray();
    }
}
