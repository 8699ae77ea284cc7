package dev.dockwise.report;

import dev.dockwise.engine.facts.Source;
import dev.dockwise.engine.matrix.MatrixRow;
import dev.dockwise.engine.model.ImageVersion;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.report.ReportModel.Comparison;
import dev.dockwise.report.ReportModel.HostPart;
import dev.dockwise.report.ReportModel.Matrix;
import dev.dockwise.report.ReportModel.ModePart;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One part of the report. {@link ReportModel#sections()} lists them in the order every rendering
 * shows them, and {@link ReportModel#walk(ReportRenderer)} hands each to the renderer's method for
 * its kind, so PDF, HTML and the printed pages differ in how they draw a part, never in which parts
 * there are or in what order.
 */
public sealed interface ReportSection {
    /** The wide tables want a landscape page where there are pages. */
    default boolean wide() {
        return false;
    }

    void renderWith(ReportRenderer renderer);

    /** The title and when, with what and from which facts the report was made. */
    record Title(String title, String provenance) implements ReportSection {
        @Override
        public void renderWith(ReportRenderer renderer) {
            renderer.title(this);
        }
    }

    /** The host's facts, the assumptions made for what is unknown, and what must run. */
    record Host(HostPart host) implements ReportSection {
        @Override
        public void renderWith(ReportRenderer renderer) {
            renderer.host(this);
        }
    }

    /** The recommended mode, the best one after changes, and the install plan. */
    record Verdict(
            Optional<ModePart> recommended,
            Optional<ModePart> bestAfterChanges,
            Optional<ReportModel.Plan> plan)
            implements ReportSection {
        @Override
        public void renderWith(ReportRenderer renderer) {
            renderer.verdict(this);
        }
    }

    /** Which Windows Server images run on this host: its row of the compatibility table. */
    record HostImages(MatrixRow row, Optional<ImageVersion> needed) implements ReportSection {
        @Override
        public void renderWith(ReportRenderer renderer) {
            renderer.hostImages(this);
        }
    }

    /**
     * Every mode's verdict for this host, best first; {@code inVerdict} the modes the verdict
     * already showed.
     */
    record EveryMode(List<ModePart> modes, Set<Mode> inVerdict) implements ReportSection {
        public EveryMode {
            modes = List.copyOf(modes);
            inVerdict = Set.copyOf(inVerdict);
        }

        /** The modes the verdict did not show, in this section's order. */
        public List<ModePart> notInVerdict() {
            return modes.stream().filter(m -> !inVerdict.contains(m.mode())).toList();
        }

        @Override
        public void renderWith(ReportRenderer renderer) {
            renderer.everyMode(this);
        }
    }

    /** The modes side by side; {@code forHost} when columns are marked for a host. */
    record ComparisonTable(Comparison comparison, boolean forHost) implements ReportSection {
        @Override
        public boolean wide() {
            return true;
        }

        @Override
        public void renderWith(ReportRenderer renderer) {
            renderer.comparison(this);
        }
    }

    /** Microsoft's compatibility table, the host's row marked, and its rules. */
    record CompatibilityTable(
            Matrix matrix, Optional<MatrixRow> hostRow, Optional<ImageVersion> needed)
            implements ReportSection {
        @Override
        public boolean wide() {
            return true;
        }

        @Override
        public void renderWith(ReportRenderer renderer) {
            renderer.compatibility(this);
        }
    }

    /** Where the facts come from. */
    record Sources(List<Source> sources) implements ReportSection {
        @Override
        public void renderWith(ReportRenderer renderer) {
            renderer.sources(this);
        }
    }
}
