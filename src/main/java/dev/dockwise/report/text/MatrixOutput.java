package dev.dockwise.report.text;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dockwise.engine.facts.CompatibilityData.Rule;
import dev.dockwise.engine.facts.IsolationKind;
import dev.dockwise.engine.facts.Knowledge;
import dev.dockwise.engine.matrix.MatrixCell;
import dev.dockwise.engine.matrix.MatrixRow;
import dev.dockwise.engine.model.HostKind;
import dev.dockwise.engine.model.ImageVersion;
import java.util.List;

/** {@code dockwise matrix} in text and JSON (dockwise.matrix/v1). */
public final class MatrixOutput {
    public static final String SCHEMA = "dockwise.matrix/v1";
    private final Knowledge knowledge;

    public MatrixOutput(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    public String hostJson(int build, HostKind kind, MatrixRow row) {
        ObjectNode root = Json.object();
        root.put("schema", SCHEMA);
        root.put("knowledgeAsOf", knowledge.meta().asOf().toString());
        root.put("hostBuild", build);
        root.put("hostKind", kind.id());
        root.put("host", row.name());
        cells(root.putArray("cells"), row.cells());
        return Json.write(root);
    }

    public String wholeJson(List<MatrixRow> rows) {
        ObjectNode root = Json.object();
        root.put("schema", SCHEMA);
        root.put("knowledgeAsOf", knowledge.meta().asOf().toString());
        root.putNull("hostBuild");
        ArrayNode hosts = root.putArray("hosts");
        for (MatrixRow row : rows) {
            ObjectNode h = hosts.addObject();
            h.put("id", row.id());
            h.put("name", row.name());
            h.put("kind", row.kind().id());
            h.put("source", row.source());
            cells(h.putArray("cells"), row.cells());
        }
        ArrayNode rules = root.putArray("rules");
        for (Rule rule : knowledge.compatibility().rules()) {
            rules.add(rule.text());
        }
        return Json.write(root);
    }

    public String hostText(int build, MatrixRow row) {
        StringBuilder out =
                new StringBuilder(
                        "Windows container compatibility for "
                                + row.name()
                                + " (knowledge as of "
                                + knowledge.meta().asOf()
                                + ")\n\n");
        out.append(String.format("%-10s %-9s %-9s %s%n", "Image", "Process", "Hyper-V", "Notes"));
        for (ImageVersion image : ImageVersion.values()) {
            MatrixCell process = find(row, image, IsolationKind.PROCESS);
            MatrixCell hyperv = find(row, image, IsolationKind.HYPERV);
            String note =
                    process.note().equals(hyperv.note())
                            ? process.note()
                            : "process: " + process.note() + " Hyper-V: " + hyperv.note();
            out.append(
                    Wrap.lines(
                            String.format(
                                    "%-10s %-9s %-9s ",
                                    image.id(),
                                    Levels.word(process.support()),
                                    Levels.word(hyperv.support())),
                            " ".repeat(31),
                            note));
        }
        if (!row.fromCurrentTable()) {
            out.append('\n')
                    .append(Wrap.lines("", "", knowledge.compatibility().fallback().text()));
        }
        return out.append("\nyes* = supported with caveats (see notes)\n").toString();
    }

    public String wholeText(List<MatrixRow> rows) {
        StringBuilder out =
                new StringBuilder(
                        "Windows container compatibility: process / Hyper-V isolation (knowledge as"
                                + " of "
                                + knowledge.meta().asOf()
                                + ")\n\n");
        int width = rows.stream().mapToInt(r -> r.name().length()).max().orElse(20);
        out.append(String.format("%-" + width + "s", "Host"));
        for (ImageVersion image : ImageVersion.values()) {
            out.append(String.format("  %-11s", image.id()));
        }
        out.append('\n');
        for (MatrixRow row : rows) {
            out.append(String.format("%-" + width + "s", row.name()));
            for (ImageVersion image : ImageVersion.values()) {
                out.append(
                        String.format(
                                "  %-11s",
                                Levels.word(find(row, image, IsolationKind.PROCESS).support())
                                        + " / "
                                        + Levels.word(
                                                find(row, image, IsolationKind.HYPERV).support())));
            }
            out.append('\n');
        }
        out.append("\nyes* = supported with caveats.\n\nRules:\n");
        knowledge
                .compatibility()
                .rules()
                .forEach(r -> out.append(Wrap.lines("  - ", "    ", r.text())));
        return out.toString();
    }

    private static void cells(ArrayNode array, List<MatrixCell> cells) {
        for (MatrixCell cell : cells) {
            ObjectNode c = array.addObject();
            c.put("image", cell.image().id());
            c.put("isolation", cell.isolation().id());
            c.put("support", cell.support().id());
            c.put("note", cell.note());
        }
    }

    private static MatrixCell find(MatrixRow row, ImageVersion image, IsolationKind isolation) {
        return row.cells().stream()
                .filter(c -> c.image() == image && c.isolation() == isolation)
                .findFirst()
                .orElseThrow();
    }
}
