package dev.dockwise.report;

import dev.dockwise.engine.facts.KnowledgeMeta;
import dev.dockwise.engine.facts.ModeCatalog.CellLevel;
import dev.dockwise.engine.facts.Source;
import dev.dockwise.engine.matrix.MatrixRow;
import dev.dockwise.engine.model.ImageVersion;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.engine.model.Status;
import dev.dockwise.engine.result.Fix;
import dev.dockwise.engine.result.ModeAssessment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a comparison report shows, in the order it shows it; built once from the engine's
 * result and rendered as PDF, HTML or printed pages, so the three never disagree.
 */
public record ReportModel(
        String title,
        LocalDate date,
        LocalDate knowledgeAsOf,
        String version,
        Optional<HostPart> host,
        Comparison comparison,
        Matrix matrix,
        List<Source> sources) {

    /**
     * When, with what and from which facts the report was made; with a warning when those facts
     * were stale that day.
     */
    public String provenance() {
        String made =
                "Made on "
                        + date
                        + " with Dockwise "
                        + version
                        + ". Knowledge as of "
                        + knowledgeAsOf
                        + ".";
        return KnowledgeMeta.staleOn(knowledgeAsOf, date)
                ? made + " " + KnowledgeMeta.staleWarning(knowledgeAsOf)
                : made;
    }

    /**
     * The report's parts in the order every rendering shows them; the host's parts only with a
     * host.
     */
    public List<ReportSection> sections() {
        List<ReportSection> sections = new ArrayList<>();
        sections.add(new ReportSection.Title(title, provenance()));
        host.ifPresent(
                h -> {
                    sections.add(new ReportSection.Host(h));
                    sections.add(
                            new ReportSection.Verdict(
                                    h.recommended(), h.bestAfterChanges(), h.plan()));
                    h.hostRow()
                            .ifPresent(
                                    row ->
                                            sections.add(
                                                    new ReportSection.HostImages(
                                                            row, h.neededImage())));
                    sections.add(new ReportSection.EveryMode(h.modes(), h.inVerdict()));
                });
        sections.add(new ReportSection.ComparisonTable(comparison, host.isPresent()));
        sections.add(
                new ReportSection.CompatibilityTable(
                        matrix,
                        host.flatMap(HostPart::hostRow),
                        host.flatMap(HostPart::neededImage)));
        sections.add(new ReportSection.Sources(sources));
        return List.copyOf(sections);
    }

    /**
     * Renders the sections in order, telling the renderer when they move between portrait and
     * landscape.
     */
    public void walk(ReportRenderer renderer) {
        Boolean wide = null;
        for (ReportSection section : sections()) {
            if (wide == null || wide != section.wide()) {
                wide = section.wide();
                renderer.orientation(wide);
            }
            section.renderWith(renderer);
        }
    }

    /** The part about one host: absent in a compare-only report. */
    public record HostPart(
            String name,
            List<Fact> facts,
            List<Fact> needs,
            List<String> assumptions,
            Optional<ModePart> recommended,
            Optional<ModePart> bestAfterChanges,
            List<ModePart> modes,
            Optional<Plan> plan,
            Optional<MatrixRow> hostRow,
            Optional<ImageVersion> neededImage) {

        /** The modes the verdict shows: the recommended one and the best after changes. */
        public Set<Mode> inVerdict() {
            Set<Mode> shown = EnumSet.noneOf(Mode.class);
            recommended.ifPresent(m -> shown.add(m.mode()));
            bestAfterChanges.ifPresent(m -> shown.add(m.mode()));
            return shown;
        }
    }

    /** A labelled fact; unknown values read "unknown". */
    public record Fact(String label, String value) {}

    /** One mode's verdict, with the mode's name and one-line summary. */
    public record ModePart(
            Mode mode,
            String name,
            String summary,
            Status status,
            int score,
            List<String> reasons,
            List<String> warnings,
            List<Fix> fixes,
            List<String> blockers) {

        /** The verdict as the engine gave it, which the printed pages' mode cards draw. */
        public ModeAssessment assessment() {
            return new ModeAssessment(mode, status, score, reasons, warnings, fixes, blockers);
        }
    }

    /** The install plan's steps in brief. */
    public record Plan(String title, List<String> steps, List<String> notes) {}

    /** The mode comparison table. */
    public record Comparison(List<Column> columns, List<Row> rows) {}

    /** A mode column, with how it stands on this host (if there is one). */
    public record Column(
            Mode mode, String name, String support, boolean recommended, boolean blocked) {}

    /** A feature row: the feature's id, its name, and a cell per column. */
    public record Row(String featureId, String feature, List<Cell> cells) {}

    /** A comparison cell. */
    public record Cell(CellLevel level, String text) {}

    /** Microsoft's compatibility matrix. */
    public record Matrix(List<MatrixRow> rows, List<String> rules) {}
}
