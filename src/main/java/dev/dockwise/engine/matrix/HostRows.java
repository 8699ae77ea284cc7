package dev.dockwise.engine.matrix;

import dev.dockwise.engine.facts.IsolationKind;
import dev.dockwise.engine.facts.Support;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.engine.model.Status;
import dev.dockwise.engine.result.ModeAssessment;
import dev.dockwise.engine.result.Recommendation;

/**
 * A host's row of the matrix as that host can use it. Microsoft's table says what runs on a build;
 * the advice on Windows containers for this host says whether the host runs them at all (edition,
 * architecture, nesting, licence): where it can't, a cell the table calls supported says why not,
 * and where it needs changes first, the cell says so. So no step or report shows "Supported" where
 * the advice on the same host says "Blocked".
 */
public final class HostRows {
    private HostRows() {}

    /**
     * {@code advice}: the advisor's answer for this host when it needs Windows containers, of any
     * image version.
     */
    public static MatrixRow asThisHost(MatrixRow row, Recommendation advice) {
        return new MatrixRow(
                row.id(),
                row.name(),
                row.kind(),
                row.fromCurrentTable(),
                row.source(),
                row.cells().stream()
                        .map(cell -> onThisHost(cell, advice.option(modeOf(cell.isolation()))))
                        .toList());
    }

    public static Mode modeOf(IsolationKind isolation) {
        return isolation == IsolationKind.PROCESS ? Mode.WINDOWS_PROCESS : Mode.WINDOWS_HYPERV;
    }

    private static MatrixCell onThisHost(MatrixCell cell, ModeAssessment mode) {
        if (!cell.support().works()) {
            return cell; // the table's own reason is the more precise one
        }
        if (mode.status() == Status.BLOCKED) {
            return new MatrixCell(
                    cell.image(),
                    cell.isolation(),
                    Support.UNSUPPORTED,
                    "Not on this host: " + mode.blockers().get(0));
        }
        if (mode.status() == Status.NEEDS_CHANGES) {
            return new MatrixCell(
                    cell.image(),
                    cell.isolation(),
                    Support.SUPPORTED_WITH_CAVEATS,
                    cell.note() + " On this host only after: " + mode.fixes().get(0).action());
        }
        return cell;
    }
}
