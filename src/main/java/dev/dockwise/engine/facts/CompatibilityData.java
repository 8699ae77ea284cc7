package dev.dockwise.engine.facts;

import dev.dockwise.engine.model.HostKind;
import dev.dockwise.engine.model.ImageVersion;
import java.util.List;

/** Microsoft's Windows container version compatibility table, row by row, plus its rules. */
public record CompatibilityData(List<Rule> rules, Fallback fallback, List<HostRow> hosts) {

    public CompatibilityData {
        rules = List.copyOf(rules);
        hosts = List.copyOf(hosts);
    }

    /** A sentence of the compatibility doc that explains the table. */
    public record Rule(String id, String text, String source) {}

    /** Microsoft's historic rule, applied to hosts the current table no longer lists. */
    public record Fallback(String text, int minClientBuild, int minServerBuild, String source) {}

    /** One host row: which family of Windows it covers and its cells. */
    public record HostRow(
            String id, String family, String name, HostKind kind, String source, List<Cell> cells) {

        public HostRow {
            cells = List.copyOf(cells);
        }
    }

    /** One image x isolation cell; below {@code minHostBuild} (if set) the cell does not hold. */
    public record Cell(
            ImageVersion image,
            IsolationKind isolation,
            Support support,
            String note,
            Integer minHostBuild) {}
}
