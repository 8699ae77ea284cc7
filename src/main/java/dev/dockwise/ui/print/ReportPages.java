package dev.dockwise.ui.print;

import dev.dockwise.engine.facts.Knowledge;
import dev.dockwise.engine.facts.ModeCatalog.Feature;
import dev.dockwise.engine.facts.Source;
import dev.dockwise.engine.matrix.MatrixRow;
import dev.dockwise.engine.model.ImageVersion;
import dev.dockwise.engine.result.ModeAssessment;
import dev.dockwise.engine.result.Recommendation;
import dev.dockwise.report.ReportModel;
import dev.dockwise.report.ReportModel.Fact;
import dev.dockwise.report.ReportRenderer;
import dev.dockwise.report.ReportSection;
import dev.dockwise.ui.common.ModeCard;
import dev.dockwise.ui.common.StyleClasses;
import dev.dockwise.ui.common.WrappedText;
import dev.dockwise.ui.compare.ComparisonTableView;
import dev.dockwise.ui.matrix.CompatibilityMatrixView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.transform.Scale;

/**
 * Lays the report out on pages as the PDF does: text on portrait pages, packed by measured height;
 * the wizard's own comparison table and compatibility matrix on landscape pages, split between rows
 * with their header row on every page, scaled to the page width. Every page has its footer and is
 * drawn in the light print style, whatever the screen's theme.
 */
public final class ReportPages implements ReportRenderer {
    /** Room for the footer line under the body (its height and the gap above it). */
    private static final double FOOTER = 40;

    private static final double BLOCK_GAP = 8;

    /**
     * The widths the comparison table and the matrix are laid out at before scaling to the page, as
     * on screen.
     */
    private static final double COMPARISON_WIDTH = 1040;

    private static final double MATRIX_WIDTH = 940;
    private static final double SOURCE_TAG_WIDTH = 50;
    private final ReportModel model;
    private final Optional<Recommendation> recommendation;
    private final Knowledge knowledge;
    private final PagePlan plan;

    /** The portrait text width, which text blocks are laid out at. */
    private final double width;

    private final List<Sheet> sheets = new ArrayList<>();
    private final List<Node> pending = new ArrayList<>();

    public ReportPages(
            ReportModel model,
            Optional<Recommendation> recommendation,
            Knowledge knowledge,
            PagePlan plan) {
        this.model = model;
        this.recommendation = recommendation;
        this.knowledge = knowledge;
        this.plan = plan;
        this.width = plan.portraitWidth();
    }

    /** Every page, in order, each of its orientation's printable size. */
    public List<ReportPage> pages() {
        sheets.clear();
        pending.clear();
        model.walk(this);
        packPending();
        List<ReportPage> result = new ArrayList<>();
        for (Sheet sheet : sheets) {
            result.add(page(sheet.content(), result.size() + 1, sheets.size(), sheet.landscape()));
        }
        return result;
    }

    /** One page's blocks before it gets its footer. */
    private record Sheet(List<Node> content, boolean landscape) {}

    /**
     * Text blocks wait here until the wide tables (or the end) come, then are packed onto portrait
     * pages.
     */
    private void packPending() {
        if (!pending.isEmpty()) {
            pack(new ArrayList<>(pending))
                    .forEach(content -> sheets.add(new Sheet(content, false)));
            pending.clear();
        }
    }

    @Override
    public void orientation(boolean wide) {
        if (wide) {
            packPending();
        }
    }

    @Override
    public void title(ReportSection.Title t) {
        Label title = new WrappedText(t.title());
        title.setPrefWidth(width);
        title.getStyleClass().add(StyleClasses.STEP_TITLE);
        pending.add(title);
        pending.add(muted(t.provenance()));
    }

    @Override
    public void host(ReportSection.Host section) {
        ReportModel.HostPart h = section.host();
        pending.add(heading("The host: " + h.name()));
        pending.add(facts(h.facts()));
        if (!h.assumptions().isEmpty()) {
            pending.add(heading("Assumptions"));
            h.assumptions().forEach(a -> pending.add(text("- " + a)));
        }
        pending.add(heading("What must run"));
        pending.add(facts(h.needs()));
    }

    /** The wizard's own mode cards, so paper shows what the screen showed. */
    @Override
    public void verdict(ReportSection.Verdict v) {
        pending.add(heading("Recommendation"));
        Recommendation r = recommendation.orElseThrow();
        r.recommended()
                .ifPresentOrElse(
                        m -> pending.add(card(r.option(m), "Recommended")),
                        () -> pending.add(text("Nothing works on this host as it is.")));
        r.bestAfterChanges().ifPresent(m -> pending.add(card(r.option(m), "Best after changes")));
        v.plan()
                .ifPresent(
                        p -> {
                            pending.add(heading("Install plan: " + p.title()));
                            for (int i = 0; i < p.steps().size(); i++) {
                                pending.add(text((i + 1) + ". " + p.steps().get(i)));
                            }
                            p.notes().forEach(n -> pending.add(muted(n)));
                        });
    }

    @Override
    public void hostImages(ReportSection.HostImages images) {
        pending.add(heading("Windows images on this host"));
        CompatibilityMatrixView matrix =
                matrixView(List.of(images.row()), Optional.of(images.row()), images.needed());
        matrix.setId("hostImagesMatrix");
        pending.add(scaled(matrix, Math.max(MATRIX_WIDTH, matrix.minimumWidth()), width));
    }

    /** The modes the verdict did not already show as cards. */
    @Override
    public void everyMode(ReportSection.EveryMode modes) {
        pending.add(heading("Every mode"));
        Recommendation r = recommendation.orElseThrow();
        for (ModeAssessment o : r.options()) {
            if (r.recommended().filter(m -> m == o.mode()).isEmpty()
                    && r.bestAfterChanges().filter(m -> m == o.mode()).isEmpty()) {
                pending.add(card(o, null));
            }
        }
    }

    @Override
    public void comparison(ReportSection.ComparisonTable comparison) {
        split(this::comparisonPart, knowledge.modes().features().size(), "Mode comparison")
                .forEach(content -> sheets.add(new Sheet(content, true)));
    }

    /**
     * The table on landscape pages; its rules, which are text, go on the portrait pages after it.
     */
    @Override
    public void compatibility(ReportSection.CompatibilityTable compatibility) {
        List<MatrixRow> rows = compatibility.matrix().rows();
        split(
                        range -> {
                            CompatibilityMatrixView part =
                                    matrixView(
                                            rows.subList(range[0], range[1]),
                                            compatibility.hostRow(),
                                            compatibility.needed());
                            return scaled(
                                    part,
                                    Math.max(MATRIX_WIDTH, part.minimumWidth()),
                                    plan.landscapeWidth());
                        },
                        rows.size(),
                        "Windows container compatibility")
                .forEach(content -> sheets.add(new Sheet(content, true)));
        if (!compatibility.matrix().rules().isEmpty()) {
            pending.add(heading("Reading the compatibility table"));
            compatibility.matrix().rules().forEach(rule -> pending.add(text("- " + rule)));
        }
    }

    @Override
    public void sources(ReportSection.Sources section) {
        pending.add(heading("Sources"));
        pending.addAll(sources(section.sources()));
    }

    private Node card(ModeAssessment o, String kicker) {
        return new ModeCard(knowledge.modes().mode(o.mode()), o, kicker);
    }

    /**
     * Greedy packing of blocks into portrait pages by their measured height; a block taller than a
     * page is scaled to fit.
     */
    private List<List<Node>> pack(List<Node> blocks) {
        List<List<Node>> pages = new ArrayList<>();
        List<Node> current = new ArrayList<>();
        double used = 0;
        double available = plan.portraitHeight() - FOOTER;
        for (int i = 0; i < blocks.size(); i++) {
            Node block = blocks.get(i);
            double h = PrintStyle.measure(block, width);
            if (h > available) {
                double scale = available / h;
                block.getTransforms().add(new Scale(scale, scale));
                block = new Group(block);
                blocks.set(i, block);
                h = available;
            }
            // a heading goes to the next page with the block it introduces
            boolean heading =
                    block.getStyleClass().contains(StyleClasses.SECTION_TITLE)
                            && i + 1 < blocks.size();
            double needed = heading ? h + 8 + PrintStyle.measure(blocks.get(i + 1), width) : h;
            if (!current.isEmpty() && used + needed > available) {
                pages.add(current);
                current = new ArrayList<>();
                used = 0;
            }
            current.add(block);
            used += h + 8;
        }
        if (!current.isEmpty()) {
            pages.add(current);
        }
        return pages;
    }

    /**
     * Splits a table between rows: each page takes as many rows as fit, measured with the header
     * row that the control draws on every page.
     */
    private List<List<Node>> split(Function<int[], Node> part, int rows, String title) {
        double available =
                plan.landscapeHeight()
                        - FOOTER
                        - PrintStyle.measure(heading(title), plan.landscapeWidth())
                        - BLOCK_GAP;
        List<int[]> ranges = new ArrayList<>();
        int from = 0;
        while (from < rows) {
            int to = from + 1;
            while (to < rows
                    && PrintStyle.measure(
                                    part.apply(new int[] {from, to + 1}), plan.landscapeWidth())
                            <= available) {
                to++;
            }
            ranges.add(new int[] {from, to});
            from = to;
        }
        ranges =
                balanced(
                        ranges,
                        rows,
                        range ->
                                PrintStyle.measure(part.apply(range), plan.landscapeWidth())
                                        <= available);
        List<List<Node>> pages = new ArrayList<>();
        for (int[] range : ranges) {
            List<Node> page = new ArrayList<>();
            page.add(heading(range[0] == 0 ? title : title + " (continued)"));
            page.add(part.apply(range));
            pages.add(page);
        }
        return pages;
    }

    /**
     * The same number of pages with the rows shared out evenly, when each share still fits: filling
     * each page in turn left one or two rows alone on a last, half-empty page.
     */
    private static List<int[]> balanced(
            List<int[]> filled, int rows, java.util.function.Predicate<int[]> fits) {
        int pages = filled.size();
        if (pages < 2) {
            return filled;
        }
        List<int[]> even = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < pages; i++) {
            int share = rows / pages + (i < rows % pages ? 1 : 0);
            int[] range = {from, from + share};
            if (!fits.test(range)) {
                return filled;
            }
            even.add(range);
            from += share;
        }
        return even;
    }

    private Node comparisonPart(int[] range) {
        ComparisonTableView table = new ComparisonTableView(knowledge);
        recommendation.ifPresent(table.recommendationProperty()::set);
        List<Feature> features = knowledge.modes().features().subList(range[0], range[1]);
        table.featuresProperty().set(features);
        return scaled(
                table, Math.max(COMPARISON_WIDTH, table.minimumWidth()), plan.landscapeWidth());
    }

    /** The wizard's own matrix control, the host's row marked where it is in the current table. */
    private CompatibilityMatrixView matrixView(
            List<MatrixRow> rows, Optional<MatrixRow> hostRow, Optional<ImageVersion> needed) {
        CompatibilityMatrixView matrix = new CompatibilityMatrixView(knowledge);
        matrix.rowsProperty().set(rows);
        hostRow.filter(MatrixRow::fromCurrentTable).ifPresent(matrix.hostRowProperty()::set);
        needed.ifPresent(matrix.neededImageProperty()::set);
        return matrix;
    }

    /** The control laid out at its natural width, scaled down to the page width. */
    private Node scaled(Region control, double naturalWidth, double pageWidth) {
        double scale = Math.min(1, pageWidth / naturalWidth);
        control.setPrefWidth(pageWidth / scale);
        control.setMinWidth(pageWidth / scale);
        control.setMaxWidth(pageWidth / scale);
        control.getTransforms().add(new Scale(scale, scale));
        return new Group(control);
    }

    /** One block per source, so that a long list goes on over pages instead of running off one. */
    private List<Node> sources(List<Source> sources) {
        List<Node> rows = new ArrayList<>();
        for (Source s : sources) {
            Label tag = new Label(s.tag());
            tag.getStyleClass().add(StyleClasses.HEADER);
            tag.setMinWidth(SOURCE_TAG_WIDTH);
            tag.setPrefWidth(SOURCE_TAG_WIDTH);
            WrappedText what =
                    new WrappedText(s.title() + " - " + s.location() + " (" + s.snapshot() + ")");
            what.setPrefWidth(width - SOURCE_TAG_WIDTH - 10);
            GridPane row = new GridPane();
            row.setHgap(10);
            row.addRow(0, tag, what);
            rows.add(row);
        }
        return rows;
    }

    private Node facts(List<Fact> facts) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(2);
        int r = 0;
        for (Fact f : facts) {
            Label value = new Label(f.value());
            if (f.value().equals("unknown")) {
                value.getStyleClass().add(StyleClasses.MUTED);
            }
            grid.addRow(r++, new Label(f.label()), value);
        }
        return grid;
    }

    private Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(StyleClasses.SECTION_TITLE);
        return l;
    }

    private Label text(String text) {
        WrappedText l = new WrappedText(text);
        l.setPrefWidth(width);
        return l;
    }

    private Label muted(String text) {
        Label l = text(text);
        l.getStyleClass().add(StyleClasses.MUTED);
        return l;
    }

    private ReportPage page(List<Node> content, int number, int total, boolean landscape) {
        double pageWidth = landscape ? plan.landscapeWidth() : plan.portraitWidth();
        double pageHeight = landscape ? plan.landscapeHeight() : plan.portraitHeight();
        VBox body = new VBox(BLOCK_GAP);
        body.getChildren().addAll(content);
        Label footer = new Label(model.title() + "  -  page " + number + " of " + total);
        footer.getStyleClass().add(StyleClasses.MUTED);
        VBox page = new VBox(10, body, footer);
        VBox.setVgrow(body, javafx.scene.layout.Priority.ALWAYS);
        page.setPadding(Insets.EMPTY);
        page.setPrefSize(pageWidth, pageHeight);
        page.setMinSize(pageWidth, pageHeight);
        page.setMaxSize(pageWidth, pageHeight);
        page.getStyleClass().addAll("dockwise", "dw-print-page");
        page.setId("print-page-" + number);
        Scene sheet = PrintStyle.scene(page);
        // a scene that is never shown doesn't size its root: the page is laid out at its size here
        page.resizeRelocate(0, 0, pageWidth, pageHeight);
        page.applyCss();
        page.layout();
        return new ReportPage(sheet.getRoot(), landscape);
    }
}
