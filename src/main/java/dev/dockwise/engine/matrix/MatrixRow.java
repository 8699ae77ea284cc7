package dev.dockwise.engine.matrix;

import dev.dockwise.engine.model.HostKind;
import java.util.List;

/**
 * One host of the compatibility matrix with a cell per image version and isolation. {@code
 * fromCurrentTable} is false when the row follows Microsoft's historic rule instead.
 */
public record MatrixRow(
        String id,
        String name,
        HostKind kind,
        boolean fromCurrentTable,
        String source,
        List<MatrixCell> cells) {

    public MatrixRow {
        cells = List.copyOf(cells);
    }
}
