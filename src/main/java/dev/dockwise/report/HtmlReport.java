package dev.dockwise.report;

import dev.dockwise.engine.facts.IsolationKind;
import dev.dockwise.engine.facts.Source;
import dev.dockwise.engine.matrix.MatrixCell;
import dev.dockwise.engine.matrix.MatrixRow;
import dev.dockwise.engine.model.ImageVersion;
import dev.dockwise.engine.result.Fix;
import dev.dockwise.report.ReportModel.Column;
import dev.dockwise.report.ReportModel.Fact;
import dev.dockwise.report.ReportModel.HostPart;
import dev.dockwise.report.ReportModel.ModePart;
import java.util.List;
import java.util.Optional;

/**
 * The report as one self-contained HTML file: inline CSS with a print stylesheet, no scripts and no
 * external resources, semantic tables with captions and header cells, words beside every colour.
 */
public final class HtmlReport implements ReportRenderer {
    private final StringBuilder out = new StringBuilder();

    private HtmlReport() {}

    public static String render(ReportModel model) {
        HtmlReport r = new HtmlReport();
        r.out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        r.out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        r.out.append("<meta name=\"generator\" content=\"Dockwise ")
                .append(esc(model.version()))
                .append("\">\n");
        r.out.append("<title>")
                .append(esc(model.title()))
                .append("</title>\n<style>\n")
                .append(CSS)
                .append("</style>\n</head>\n<body>\n");
        model.walk(r);
        r.out.append("</main>\n</body>\n</html>\n");
        return r.out.toString();
    }

    @Override
    public void title(ReportSection.Title t) {
        out.append("<header>\n<h1>")
                .append(esc(t.title()))
                .append("</h1>\n<p class=\"meta\">")
                .append(esc(t.provenance()))
                .append("</p>\n</header>\n<main>\n");
    }

    @Override
    public void host(ReportSection.Host section) {
        HostPart h = section.host();
        section("host", "The host: " + h.name());
        facts(
                "Host facts (unknown values are reasoned about with the assumptions below)",
                h.facts());
        if (!h.assumptions().isEmpty()) {
            out.append("<h3>Assumptions</h3>\n");
            list(h.assumptions());
        }
        facts("What must run", h.needs());
        out.append("</section>\n");
    }

    @Override
    public void verdict(ReportSection.Verdict v) {
        section("recommendation", "Recommendation");
        if (v.recommended().isPresent()) {
            modeBlock(v.recommended().get(), "Recommended");
        } else {
            out.append(
                    "<p class=\"nothing\"><strong>Nothing works on this host as it"
                            + " is.</strong></p>\n");
        }
        v.bestAfterChanges().ifPresent(m -> modeBlock(m, "Best after changes"));
        v.plan()
                .ifPresent(
                        p -> {
                            out.append("<h3>Install plan: ")
                                    .append(esc(p.title()))
                                    .append("</h3>\n<ol>\n");
                            p.steps()
                                    .forEach(
                                            s ->
                                                    out.append("<li>")
                                                            .append(esc(s))
                                                            .append("</li>\n"));
                            out.append("</ol>\n");
                            if (!p.notes().isEmpty()) {
                                list(p.notes());
                            }
                        });
        out.append("</section>\n");
    }

    @Override
    public void hostImages(ReportSection.HostImages images) {
        MatrixRow row = images.row();
        section("host-matrix", "Windows images on this host");
        matrixTable(
                "Which Windows Server images run on "
                        + row.name()
                        + " (process / Hyper-V isolation)",
                List.of(row),
                Optional.of(row.id()),
                images.needed());
        out.append("</section>\n");
    }

    @Override
    public void everyMode(ReportSection.EveryMode modes) {
        section("modes", "Every mode");
        out.append(
                        "<table class=\"modes\">\n"
                                + "<caption>Every mode for this host, best first</caption>\n"
                                + "<thead><tr>")
                .append(
                        "<th scope=\"col\">Mode</th><th scope=\"col\">Status</th><th"
                            + " scope=\"col\">Score</th><th scope=\"col\">Why</th></tr></thead>\n"
                            + "<tbody>\n");
        for (ModePart m : modes.modes()) {
            out.append("<tr class=\"")
                    .append(m.status().id())
                    .append("\"><th scope=\"row\">")
                    .append(esc(m.name()))
                    .append("</th><td>")
                    .append(Words.status(m.status()))
                    .append("</td><td>")
                    .append(m.score())
                    .append("</td><td>");
            why(m);
            out.append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private void modeBlock(ModePart m, String heading) {
        out.append("<div class=\"mode ")
                .append(m.status().id())
                .append("\">\n<h3>")
                .append(esc(heading))
                .append(": ")
                .append(esc(m.name()))
                .append(" <span class=\"status\">(")
                .append(Words.status(m.status()))
                .append(", score ")
                .append(m.score())
                .append(")</span></h3>\n");
        why(m);
        out.append("</div>\n");
    }

    private void why(ModePart m) {
        labelled("Not possible because", m.blockers());
        if (!m.fixes().isEmpty()) {
            out.append("<p><strong>Changes to make:</strong></p>\n<ul class=\"fixes\">\n");
            for (Fix f : m.fixes()) {
                out.append("<li>")
                        .append(esc(f.action()))
                        .append(" <em>(")
                        .append(esc(f.where().label()))
                        .append(")</em>");
                if (f.hasCommand()) {
                    out.append("<br><code>").append(esc(f.command())).append("</code>");
                }
                out.append("</li>\n");
            }
            out.append("</ul>\n");
        }
        labelled("Reasons", m.reasons());
        labelled("Warnings", m.warnings());
    }

    private void labelled(String label, List<String> items) {
        if (!items.isEmpty()) {
            out.append("<p><strong>").append(esc(label)).append(":</strong></p>\n");
            list(items);
        }
    }

    @Override
    public void comparison(ReportSection.ComparisonTable m) {
        section("comparison", "Mode comparison");
        out.append("<table class=\"comparison\">\n<caption>Every mode side by side");
        if (m.forHost()) {
            out.append(" (marked: the recommended mode, and modes not possible on this host)");
        }
        out.append("</caption>\n<thead><tr><th scope=\"col\">Feature</th>");
        for (Column c : m.comparison().columns()) {
            out.append("<th scope=\"col\"")
                    .append(columnClass(c))
                    .append(">")
                    .append(esc(c.name()));
            if (c.recommended()) {
                out.append("<br><span class=\"tag\">Recommended</span>");
            }
            if (c.blocked()) {
                out.append("<br><span class=\"tag\">Not possible here</span>");
            }
            if (!c.support().equals("current")) {
                out.append("<br><span class=\"tag\">").append(esc(c.support())).append("</span>");
            }
            out.append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (ReportModel.Row row : m.comparison().rows()) {
            out.append("<tr><th scope=\"row\">").append(esc(row.feature())).append("</th>");
            for (int i = 0; i < row.cells().size(); i++) {
                ReportModel.Cell cell = row.cells().get(i);
                out.append("<td class=\"")
                        .append(cell.level().id())
                        .append(
                                columnClass(m.comparison().columns().get(i)).isEmpty()
                                        ? ""
                                        : " " + columnClassName(m.comparison().columns().get(i)))
                        .append("\"><strong>")
                        .append(Words.level(cell.level()))
                        .append(":</strong> ")
                        .append(esc(cell.text()))
                        .append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private static String columnClass(Column c) {
        String name = columnClassName(c);
        return name.isEmpty() ? "" : " class=\"" + name + "\"";
    }

    private static String columnClassName(Column c) {
        return c.recommended() ? "recommended" : c.blocked() ? "blocked" : "";
    }

    @Override
    public void compatibility(ReportSection.CompatibilityTable m) {
        section("matrix", "Windows container compatibility");
        matrixTable(
                "Microsoft's compatibility table: host x image version, process / Hyper-V"
                        + " isolation",
                m.matrix().rows(),
                m.hostRow().map(MatrixRow::id),
                m.needed());
        list(m.matrix().rules());
        out.append("</section>\n");
    }

    private void matrixTable(
            String caption,
            List<MatrixRow> rows,
            Optional<String> highlight,
            Optional<ImageVersion> needed) {
        out.append("<table class=\"matrix\">\n<caption>")
                .append(esc(caption))
                .append("</caption>\n<thead><tr><th scope=\"col\">Host</th>");
        for (ImageVersion v : ImageVersion.values()) {
            out.append("<th scope=\"col\"")
                    .append(needed.filter(n -> n == v).isPresent() ? " class=\"needed\"" : "")
                    .append(">")
                    .append(v.id())
                    .append(needed.filter(n -> n == v).isPresent() ? " (needed)" : "")
                    .append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (MatrixRow row : rows) {
            boolean mine = highlight.filter(h -> h.equals(row.id())).isPresent();
            out.append("<tr")
                    .append(mine ? " class=\"mine\"" : "")
                    .append("><th scope=\"row\">")
                    .append(esc(row.name()))
                    .append(mine && rows.size() > 1 ? " (this host)" : "")
                    .append("</th>");
            for (ImageVersion v : ImageVersion.values()) {
                out.append("<td>");
                for (IsolationKind k : IsolationKind.values()) {
                    MatrixCell c =
                            row.cells().stream()
                                    .filter(x -> x.image() == v && x.isolation() == k)
                                    .findFirst()
                                    .orElseThrow();
                    out.append("<span class=\"")
                            .append(c.support().id())
                            .append("\" title=\"")
                            .append(esc(c.note()))
                            .append("\">")
                            .append(Words.isolation(k))
                            .append(": ")
                            .append(Words.support(c.support()))
                            .append("</span>");
                    if (k == IsolationKind.PROCESS) {
                        out.append("<br>");
                    }
                }
                out.append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    @Override
    public void sources(ReportSection.Sources section) {
        List<Source> sources = section.sources();
        section("sources", "Sources");
        out.append(
                        "<table class=\"sources\">\n"
                            + "<caption>Where the facts come from (each fact in the knowledge base"
                            + " names one)</caption>\n")
                .append(
                        "<thead><tr><th scope=\"col\">Tag</th><th scope=\"col\">Source</th><th"
                                + " scope=\"col\">Where</th><th"
                                + " scope=\"col\">Snapshot</th></tr></thead>\n"
                                + "<tbody>\n");
        for (Source s : sources) {
            out.append("<tr><th scope=\"row\">")
                    .append(esc(s.tag()))
                    .append("</th><td>")
                    .append(esc(s.title()))
                    .append("</td><td>")
                    .append(esc(s.location()))
                    .append("</td><td>")
                    .append(esc(s.snapshot()))
                    .append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private void facts(String caption, List<Fact> facts) {
        out.append("<table class=\"facts\">\n<caption>")
                .append(esc(caption))
                .append("</caption>\n")
                .append(
                        "<thead><tr><th scope=\"col\">Fact</th><th"
                                + " scope=\"col\">Value</th></tr></thead>\n"
                                + "<tbody>\n");
        for (Fact f : facts) {
            out.append("<tr")
                    .append(f.value().equals("unknown") ? " class=\"unknown\"" : "")
                    .append("><th scope=\"row\">")
                    .append(esc(f.label()))
                    .append("</th><td>")
                    .append(esc(f.value()))
                    .append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private void section(String id, String title) {
        out.append("<section id=\"")
                .append(id)
                .append("\">\n<h2>")
                .append(esc(title))
                .append("</h2>\n");
    }

    private void list(List<String> items) {
        out.append("<ul>\n");
        items.forEach(i -> out.append("<li>").append(esc(i)).append("</li>\n"));
        out.append("</ul>\n");
    }

    public static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** The page look every Dockwise HTML file shares (the report, the fleet summary). */
    public static final String BASE_CSS =
            """
            body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: #1f2328; margin: 2em auto; max-width: 78em; line-height: 1.4; }
            h2 { border-bottom: 2px solid #d0d7de; padding-bottom: 0.2em; margin-top: 2em; }
            .meta { color: #59636e; }
            table { border-collapse: collapse; width: 100%; margin: 0.8em 0; font-size: 0.9em; }
            th, td { border: 1px solid #d0d7de; padding: 0.35em 0.5em; vertical-align: top; text-align: left; }
            thead th { background: #f6f8fa; }
            code { font-family: "DejaVu Sans Mono", Consolas, monospace; background: #f6f8fa; padding: 0.1em 0.3em; }
            """;

    private static final String CSS =
            BASE_CSS
                    + """
                    h1 { font-size: 1.7em; margin-bottom: 0.2em; }
                    caption { text-align: left; font-weight: bold; padding: 0.3em 0; }
                    tr.unknown td { color: #59636e; font-style: italic; }
                    .recommended { background: #dafbe1; }
                    th.recommended { border-bottom: 3px solid #1a7f37; }
                    .blocked { color: #6e7781; }
                    .tag { font-size: 0.8em; font-weight: normal; border: 1px solid currentColor; border-radius: 0.6em; padding: 0 0.4em; }
                    td.yes strong { color: #1a7f37; } td.partial strong { color: #9a6700; } td.no strong { color: #cf222e; } td.info strong { color: #0969da; }
                    span.supported { color: #1a7f37; } span.supported-with-caveats { color: #9a6700; } span.unsupported { color: #cf222e; }
                    tr.mine th, tr.mine td { background: #ddf4ff; } th.needed { background: #ddf4ff; }
                    .mode { border: 1px solid #d0d7de; border-radius: 6px; padding: 0.2em 1em; margin: 0.8em 0; }
                    .mode.recommended { border: 2px solid #1a7f37; } .mode.needs-changes { border: 2px solid #9a6700; }
                    @media print {
                      body { margin: 0; max-width: none; font-size: 10pt; color: #000; }
                      h2 { page-break-after: avoid; break-after: avoid; }
                      table { page-break-inside: auto; }
                      tr, .mode { page-break-inside: avoid; break-inside: avoid; }
                      thead { display: table-header-group; }
                      section#comparison, section#matrix { page-break-before: always; break-before: page; }
                      a { color: #000; text-decoration: none; }
                    }
                    """;
}
