package dev.dockwise.ui.compare;

import dev.dockwise.engine.compare.ComparisonTable;
import dev.dockwise.engine.facts.ModeCatalog.CellLevel;
import dev.dockwise.engine.facts.ModeCatalog.ComparisonCell;
import dev.dockwise.engine.facts.ModeCatalog.Feature;
import dev.dockwise.engine.facts.ModeCatalog.ModeInfo;
import dev.dockwise.engine.facts.ModeCatalog.SupportStatus;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.engine.model.Status;
import dev.dockwise.engine.result.Recommendation;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@link ComparisonTableView} draws, as values: on screen the knowledge's modes and features
 * marked by the recommendation, in print a report's columns and rows.
 */
public record ComparisonRows(List<ModeColumn> columns, List<FeatureRow> rows) {
    public ComparisonRows {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /**
     * A mode's column; {@code note} (its tooltip) is null where nobody can point at it, as on
     * paper.
     */
    public record ModeColumn(
            Mode mode,
            String name,
            SupportStatus support,
            boolean recommended,
            boolean blocked,
            String note) {}

    /** A feature's row: a cell per column, in the columns' order. */
    public record FeatureRow(String id, String name, List<RowCell> cells) {}

    /** A cell; {@code note} (its tooltip) is null where nobody can point at it. */
    public record RowCell(CellLevel level, String text, String note) {}

    /** The knowledge's every mode and feature, marked by {@code recommendation} (may be null). */
    static ComparisonRows of(ComparisonTable table, Recommendation recommendation) {
        List<ModeColumn> columns = new ArrayList<>();
        for (ModeInfo m : table.modes()) {
            Status status = recommendation == null ? null : recommendation.option(m.id()).status();
            columns.add(
                    new ModeColumn(
                            m.id(),
                            m.name(),
                            m.support().status(),
                            status == Status.RECOMMENDED,
                            status == Status.BLOCKED,
                            m.summary() + "\n" + m.support().note()));
        }
        List<FeatureRow> rows = new ArrayList<>();
        for (Feature f : table.features()) {
            List<RowCell> cells = new ArrayList<>();
            for (ModeInfo m : table.modes()) {
                ComparisonCell cell = table.cell(f, m.id());
                cells.add(
                        new RowCell(
                                cell.level(),
                                cell.text(),
                                (cell.detail() == null ? cell.text() : cell.detail())
                                        + "\nSource: "
                                        + cell.source()));
            }
            rows.add(new FeatureRow(f.id(), f.name(), cells));
        }
        return new ComparisonRows(columns, rows);
    }
}
