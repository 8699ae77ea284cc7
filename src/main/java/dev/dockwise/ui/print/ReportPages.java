package dev.dockwise.ui.print;

import dev.dockwise.engine.facts.ModeCatalog.SupportStatus;
import dev.dockwise.engine.facts.Source;
import dev.dockwise.engine.matrix.MatrixRow;
import dev.dockwise.engine.model.Identified;
import dev.dockwise.engine.model.ImageVersion;
import dev.dockwise.report.ReportModel;
import dev.dockwise.report.ReportModel.Comparison;
import dev.dockwise.report.ReportModel.Fact;
import dev.dockwise.report.ReportModel.ModePart;
import dev.dockwise.report.ReportRenderer;
import dev.dockwise.report.ReportSection;
import dev.dockwise.ui.common.ModeCard;
import dev.dockwise.ui.common.StyleClasses;
import dev.dockwise.ui.common.WrappedText;
import dev.dockwise.ui.compare.ComparisonRows;
import dev.dockwise.ui.compare.ComparisonRows.FeatureRow;
import dev.dockwise.ui.compare.ComparisonRows.ModeColumn;
import dev.dockwise.ui.compare.ComparisonRows.RowCell;
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
 * drawn in the light print style, whatever the screen's theme. Everything drawn comes from the
 * report's sections, as in the PDF and the HTML; each block records the section it draws under
 * {@link #SECTION}.
 */
public final class ReportPages implements ReportRenderer {
    /** The key in a block's properties of the section it draws. */
    public static final String SECTION = "dockwise.report.section";

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
    private final PagePlan plan;

    /** The portrait text width, which text blocks are laid out at. */
    private final double width;

    private final List<Sheet> sheets = new ArrayList<>();
    private final List<Node> pending = new ArrayList<>();

    public ReportPages(ReportModel model, PagePlan plan) {
        this.model = model;
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
        block(t, title);
        block(t, muted(t.provenance()));
    }

    @Override
    public void host(ReportSection.Host section) {
        ReportModel.HostPart h = section.host();
        block(section, heading("The host: " + h.name()));
        block(section, facts(h.facts()));
        if (!h.assumptions().isEmpty()) {
            block(section, heading("Assumptions"));
            h.assumptions().forEach(a -> block(section, text("- " + a)));
        }
        block(section, heading("What must run"));
        block(section, facts(h.needs()));
    }

    /** The wizard's own mode cards, so paper shows what the screen showed. */
    @Override
    public void verdict(ReportSection.Verdict v) {
        block(v, heading("Recommendation"));
        v.recommended()
                .ifPresentOrElse(
                        m -> block(v, card(m, "Recommended")),
                        () -> block(v, text("Nothing works on this host as it is.")));
        v.bestAfterChanges().ifPresent(m -> block(v, card(m, "Best after changes")));
        v.plan()
                .ifPresent(
                        p -> {
                            block(v, heading("Install plan: " + p.title()));
                            for (int i = 0; i < p.steps().size(); i++) {
                                block(v, text((i + 1) + ". " + p.steps().get(i)));
                            }
                            p.notes().forEach(n -> block(v, muted(n)));
                        });
    }

    @Override
    public void hostImages(ReportSection.HostImages images) {
        block(images, heading("Windows images on this host"));
        CompatibilityMatrixView matrix =
                matrixView(List.of(images.row()), Optional.of(images.row()), images.needed());
        matrix.setId("hostImagesMatrix");
        block(images, scaled(matrix, Math.max(MATRIX_WIDTH, matrix.minimumWidth()), width));
    }

    /** The modes the verdict did not already show as cards. */
    @Override
    public void everyMode(ReportSection.EveryMode modes) {
        block(modes, heading("Every mode"));
        modes.notInVerdict().forEach(m -> block(modes, card(m, null)));
    }

    @Override
    public void comparison(ReportSection.ComparisonTable comparison) {
        List<ModeColumn> columns = columns(comparison.comparison());
        List<FeatureRow> rows = rows(comparison.comparison());
        landscape(
                comparison,
                split(
                        range -> comparisonPart(columns, rows.subList(range[0], range[1])),
                        rows.size(),
                        "Mode comparison"));
    }

    /**
     * The table on landscape pages; its rules, which are text, go on the portrait pages after it.
     */
    @Override
    public void compatibility(ReportSection.CompatibilityTable compatibility) {
        List<MatrixRow> rows = compatibility.matrix().rows();
        landscape(
                compatibility,
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
                        "Windows container compatibility"));
        if (!compatibility.matrix().rules().isEmpty()) {
            block(compatibility, heading("Reading the compatibility table"));
            compatibility.matrix().rules().forEach(rule -> block(compatibility, text("- " + rule)));
        }
    }

    @Override
    public void sources(ReportSection.Sources section) {
        block(section, heading("Sources"));
        sources(section.sources()).forEach(row -> block(section, row));
    }

    /** A block of a portrait page, waiting to be packed. */
    private void block(ReportSection section, Node node) {
        node.getProperties().put(SECTION, section.getClass());
        pending.add(node);
    }

    /** Landscape pages of a wide table, each block marked with its section. */
    private void landscape(ReportSection section, List<List<Node>> pages) {
        for (List<Node> content : pages) {
            content.forEach(node -> node.getProperties().put(SECTION, section.getClass()));
            sheets.add(new Sheet(content, true));
        }
    }

    private static Node card(ModePart mode, String kicker) {
        return new ModeCard(mode.name(), mode.summary(), mode.assessment(), kicker);
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

    private Node comparisonPart(List<ModeColumn> columns, List<FeatureRow> rows) {
        ComparisonTableView table = new ComparisonTableView(new ComparisonRows(columns, rows));
        return scaled(
                table, Math.max(COMPARISON_WIDTH, table.minimumWidth()), plan.landscapeWidth());
    }

    /** The report's columns as the wizard's table draws them; paper has no tooltips. */
    private static List<ModeColumn> columns(Comparison comparison) {
        return comparison.columns().stream()
                .map(
                        c ->
                                new ModeColumn(
                                        c.mode(),
                                        c.name(),
                                        Identified.parse(SupportStatus.class, c.support())
                                                .orElseThrow(),
                                        c.recommended(),
                                        c.blocked(),
                                        null))
                .toList();
    }

    private static List<FeatureRow> rows(Comparison comparison) {
        return comparison.rows().stream()
                .map(
                        r ->
                                new FeatureRow(
                                        r.featureId(),
                                        r.feature(),
                                        r.cells().stream()
                                                .map(c -> new RowCell(c.level(), c.text(), null))
                                                .toList()))
                .toList();
    }

    /** The wizard's own matrix control, the host's row marked where it is in the current table. */
    private CompatibilityMatrixView matrixView(
            List<MatrixRow> rows, Optional<MatrixRow> hostRow, Optional<ImageVersion> needed) {
        CompatibilityMatrixView matrix = new CompatibilityMatrixView(rows);
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
