package dev.dockwise.ui.print;

import dev.dockwise.engine.facts.Knowledge;
import dev.dockwise.engine.facts.ModeCatalog.Feature;
import dev.dockwise.engine.facts.Source;
import dev.dockwise.engine.matrix.MatrixRow;
import dev.dockwise.engine.result.ModeAssessment;
import dev.dockwise.engine.result.Recommendation;
import dev.dockwise.report.ReportModel;
import dev.dockwise.report.ReportModel.Fact;
import dev.dockwise.ui.common.StyleClasses;
import dev.dockwise.ui.common.WrappedText;
import dev.dockwise.ui.compare.ComparisonTableView;
import dev.dockwise.ui.matrix.CompatibilityMatrixView;
import dev.dockwise.ui.common.ModeCard;
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
 * the wizard's own comparison table and compatibility matrix on landscape pages, split between
 * rows with their header row on every page, scaled to the page width. Every page has its footer
 * and is drawn in the light print style, whatever the screen's theme.
 */
public final class ReportPages {
    /** Room for the footer line under the body (its height and the gap above it). */
    private static final double FOOTER = 40;
    private static final double BLOCK_GAP = 8;
    /** The widths the comparison table and the matrix are laid out at before scaling to the page, as on screen. */
    private static final double COMPARISON_WIDTH = 1040;
    private static final double MATRIX_WIDTH = 940;
    private static final double SOURCE_TAG_WIDTH = 50;
    private final ReportModel model;
    private final Optional<Recommendation> recommendation;
    private final Knowledge knowledge;
    private final PagePlan plan;
    /** The portrait text width, which text blocks are laid out at. */
    private final double width;

    public ReportPages(ReportModel model, Optional<Recommendation> recommendation, Knowledge knowledge, PagePlan plan) {
        this.model = model;
        this.recommendation = recommendation;
        this.knowledge = knowledge;
        this.plan = plan;
        this.width = plan.portraitWidth();
    }

    /** Every page, in order, each of its orientation's printable size. */
    public List<ReportPage> pages() {
        List<List<Node>> portrait = pack(textBlocks());
        List<List<Node>> wide = new ArrayList<>(split(this::comparisonPart, knowledge.modes().features().size(), "Mode comparison"));
        wide.addAll(split(this::matrixPart, model.matrix().rows().size(), "Windows container compatibility"));
        List<Node> sources = new ArrayList<>(List.of(heading("Sources")));
        sources.addAll(sources());
        List<List<Node>> end = pack(sources);
        int total = portrait.size() + wide.size() + end.size();
        List<ReportPage> result = new ArrayList<>();
        for (List<Node> content : portrait) {
            result.add(page(content, result.size() + 1, total, false));
        }
        for (List<Node> content : wide) {
            result.add(page(content, result.size() + 1, total, true));
        }
        for (List<Node> content : end) {
            result.add(page(content, result.size() + 1, total, false));
        }
        return result;
    }

    private List<Node> textBlocks() {
        List<Node> blocks = new ArrayList<>();
        Label title = new WrappedText(model.title());
        title.setPrefWidth(width);
        title.getStyleClass().add(StyleClasses.STEP_TITLE);
        blocks.add(title);
        blocks.add(muted(model.provenance()));
        model.host().ifPresent(h -> {
            blocks.add(heading("The host: " + h.name()));
            blocks.add(facts(h.facts()));
            if (!h.assumptions().isEmpty()) {
                blocks.add(heading("Assumptions"));
                h.assumptions().forEach(a -> blocks.add(text("- " + a)));
            }
            blocks.add(heading("What must run"));
            blocks.add(facts(h.needs()));
            blocks.add(heading("Recommendation"));
            Recommendation r = recommendation.orElseThrow();
            r.recommended().ifPresentOrElse(m -> blocks.add(card(r.option(m), "Recommended")),
                    () -> blocks.add(text("Nothing works on this host as it is.")));
            r.bestAfterChanges().ifPresent(m -> blocks.add(card(r.option(m), "Best after changes")));
            h.plan().ifPresent(p -> {
                blocks.add(heading("Install plan: " + p.title()));
                for (int i = 0; i < p.steps().size(); i++) {
                    blocks.add(text((i + 1) + ". " + p.steps().get(i)));
                }
            });
            blocks.add(heading("Every mode"));
            for (ModeAssessment o : r.options()) {
                if (r.recommended().filter(m -> m == o.mode()).isEmpty() && r.bestAfterChanges().filter(m -> m == o.mode()).isEmpty()) {
                    blocks.add(card(o, null));
                }
            }
        });
        return blocks;
    }

    private Node card(ModeAssessment o, String kicker) {
        return new ModeCard(knowledge.modes().mode(o.mode()), o, kicker);
    }

    /** Greedy packing of blocks into portrait pages by their measured height; a block taller than a page is scaled to fit. */
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
            boolean heading = block.getStyleClass().contains(StyleClasses.SECTION_TITLE) && i + 1 < blocks.size();
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
     * Splits a table between rows: each page takes as many rows as fit, measured with the header row
     * that the control draws on every page.
     */
    private List<List<Node>> split(Function<int[], Node> part, int rows, String title) {
        List<List<Node>> pages = new ArrayList<>();
        double available = plan.landscapeHeight() - FOOTER - PrintStyle.measure(heading(title), plan.landscapeWidth()) - BLOCK_GAP;
        int from = 0;
        while (from < rows) {
            int to = from + 1;
            while (to < rows && PrintStyle.measure(part.apply(new int[] {from, to + 1}), plan.landscapeWidth()) <= available) {
                to++;
            }
            List<Node> page = new ArrayList<>();
            page.add(heading(from == 0 ? title : title + " (continued)"));
            page.add(part.apply(new int[] {from, to}));
            pages.add(page);
            from = to;
        }
        return pages;
    }

    private Node comparisonPart(int[] range) {
        ComparisonTableView table = new ComparisonTableView(knowledge);
        recommendation.ifPresent(table.recommendationProperty()::set);
        List<Feature> features = knowledge.modes().features().subList(range[0], range[1]);
        table.featuresProperty().set(features);
        return scaled(table, Math.max(COMPARISON_WIDTH, table.minimumWidth()));
    }

    private Node matrixPart(int[] range) {
        CompatibilityMatrixView matrix = new CompatibilityMatrixView(knowledge);
        List<MatrixRow> rows = model.matrix().rows().subList(range[0], range[1]);
        matrix.rowsProperty().set(rows);
        model.host().flatMap(ReportModel.HostPart::hostRow).filter(MatrixRow::fromCurrentTable).ifPresent(matrix.hostRowProperty()::set);
        model.host().flatMap(ReportModel.HostPart::neededImage).ifPresent(matrix.neededImageProperty()::set);
        return scaled(matrix, MATRIX_WIDTH);
    }

    /** The control laid out at its natural width, scaled down to the landscape page width. */
    private Node scaled(Region control, double naturalWidth) {
        double pageWidth = plan.landscapeWidth();
        double scale = Math.min(1, pageWidth / naturalWidth);
        control.setPrefWidth(pageWidth / scale);
        control.setMinWidth(pageWidth / scale);
        control.setMaxWidth(pageWidth / scale);
        control.getTransforms().add(new Scale(scale, scale));
        return new Group(control);
    }

    /** One block per source, so that a long list goes on over pages instead of running off one. */
    private List<Node> sources() {
        List<Node> rows = new ArrayList<>();
        for (Source s : model.sources()) {
            Label tag = new Label(s.tag());
            tag.getStyleClass().add(StyleClasses.HEADER);
            tag.setMinWidth(SOURCE_TAG_WIDTH);
            tag.setPrefWidth(SOURCE_TAG_WIDTH);
            WrappedText what = new WrappedText(s.title() + " - " + s.location() + " (" + s.snapshot() + ")");
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
