package dev.dockwise.report.text;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dockwise.engine.compare.ComparisonTable;
import dev.dockwise.engine.facts.ModeCatalog.ComparisonCell;
import dev.dockwise.engine.facts.ModeCatalog.Feature;
import dev.dockwise.engine.facts.ModeCatalog.ModeInfo;
import java.time.LocalDate;

/** {@code dockwise compare} in text, JSON, Markdown and CSV. */
public final class ComparisonOutput {
    public static final String SCHEMA = "dockwise.comparison/v1";
    private final ComparisonTable table;
    private final LocalDate asOf;

    public ComparisonOutput(ComparisonTable table, LocalDate asOf) {
        this.table = table;
        this.asOf = asOf;
    }

    /** Features one after another with a line per mode: a 8-column table doesn't fit a terminal. */
    public String text() {
        StringBuilder out = new StringBuilder("Mode comparison (knowledge as of " + asOf + ")\n");
        int width = table.modes().stream().mapToInt(m -> m.id().id().length()).max().orElse(10);
        for (Feature feature : table.features()) {
            out.append('\n').append(feature.name()).append('\n');
            for (ModeInfo mode : table.modes()) {
                ComparisonCell cell = table.cell(feature, mode.id());
                String first =
                        String.format(
                                "  %-" + width + "s %s ",
                                mode.id().id(),
                                Levels.mark(cell.level()));
                out.append(Wrap.lines(first, " ".repeat(first.length()), cell.text()));
            }
        }
        out.append("\n[+] good  [~] partly / with limits  [-] no  [i] information\nModes: ");
        table.modes()
                .forEach(
                        m ->
                                out.append('\n')
                                        .append("  ")
                                        .append(m.id().id())
                                        .append(": ")
                                        .append(m.name())
                                        .append(" (")
                                        .append(m.support().status().id())
                                        .append(')'));
        return out.append('\n').toString();
    }

    public String json() {
        ObjectNode root = Json.object();
        root.put("schema", SCHEMA);
        root.put("knowledgeAsOf", asOf.toString());
        ArrayNode modes = root.putArray("modes");
        for (ModeInfo mode : table.modes()) {
            ObjectNode m = modes.addObject();
            m.put("id", mode.id().id());
            m.put("name", mode.name());
            m.put("summary", mode.summary());
            m.put("support", mode.support().status().id());
            m.put("supportNote", mode.support().note());
        }
        ArrayNode features = root.putArray("features");
        for (Feature feature : table.features()) {
            ObjectNode f = features.addObject();
            f.put("id", feature.id());
            f.put("name", feature.name());
            ObjectNode cells = f.putObject("cells");
            for (ModeInfo mode : table.modes()) {
                ComparisonCell cell = table.cell(feature, mode.id());
                ObjectNode c = cells.putObject(mode.id().id());
                c.put("level", cell.level().id());
                c.put("text", cell.text());
                c.put("detail", cell.detail());
                c.put("source", cell.source());
            }
        }
        return Json.write(root);
    }

    public String markdown() {
        StringBuilder out =
                new StringBuilder(
                        "# Mode comparison\n\nKnowledge as of " + asOf + ".\n\n| Feature |");
        table.modes()
                .forEach(
                        m ->
                                out.append(' ')
                                        .append(Markdown.escape(m.name()))
                                        .append(" (`")
                                        .append(m.id().id())
                                        .append("`) |"));
        out.append("\n|---|").append("---|".repeat(table.modes().size())).append('\n');
        for (Feature feature : table.features()) {
            out.append("| **").append(Markdown.escape(feature.name())).append("** |");
            for (ModeInfo mode : table.modes()) {
                ComparisonCell cell = table.cell(feature, mode.id());
                out.append(' ')
                        .append(Levels.word(cell.level()))
                        .append(": ")
                        .append(Markdown.escape(cell.text()))
                        .append(" |");
            }
            out.append('\n');
        }
        return out.toString();
    }

    public String csv() {
        StringBuilder out = new StringBuilder("Feature");
        table.modes()
                .forEach(
                        m ->
                                out.append(',')
                                        .append(Csv.field(m.name() + " (" + m.id().id() + ")")));
        out.append("\r\n");
        for (Feature feature : table.features()) {
            out.append(Csv.field(feature.name()));
            for (ModeInfo mode : table.modes()) {
                ComparisonCell cell = table.cell(feature, mode.id());
                out.append(',').append(Csv.field(Levels.word(cell.level()) + ": " + cell.text()));
            }
            out.append("\r\n");
        }
        return out.toString();
    }
}
