package dev.dockwise.ui.print;

import dev.dockwise.engine.facts.Knowledge;
import dev.dockwise.engine.facts.ModeCatalog.Feature;
import dev.dockwise.engine.facts.Source;
import dev.dockwise.engine.matrix.MatrixRow;
import dev.dockwise.engine.result.ModeAssessment;
import dev.dockwise.engine.result.Recommendation;
import dev.dockwise.report.ReportModel;
import dev.dockwise.report.ReportModel.Fact;
import dev.dockwise.ui.common.Resources;
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
 * Lays the report out on pages of a given printable size: text blocks packed by measured height,
 * the wizard's own comparison table and compatibility matrix split between rows, with their header
 * row on every page, scaled to the page width.
 */
public final class ReportPages {
    private final ReportModel model;
    private final Optional<Recommendation> recommendation;
    private final Knowledge knowledge;
    private final double width;
    private final double height;

    public ReportPages(ReportModel model, Optional<Recommendation> recommendation, Knowledge knowledge, double width, double height) {
        this.model = model;
        this.recommendation = recommendation;
        this.knowledge = knowledge;
        this.width = width;
        this.height = height;
    }

    /** Every page, in order; each is a node of the printable size. */
    public List<Node> pages() {
        List<Node> blocks = new ArrayList<>(textBlocks());
        List<List<Node>> pages = pack(blocks);
        pages.addAll(split(this::comparisonPart, knowledge.modes().features().size(), "Mode comparison"));
        pages.addAll(split(this::matrixPart, model.matrix().rows().size(), "Windows container compatibility"));
        pages.addAll(pack(List.of(heading("Sources"), sources())));
        List<Node> result = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            result.add(page(pages.get(i), i + 1, pages.size()));
        }
        return result;
    }

    private List<Node> textBlocks() {
        List<Node> blocks = new ArrayList<>();
        Label title = new WrappedText(model.title());
        title.setPrefWidth(width);
        title.getStyleClass().add(StyleClasses.STEP_TITLE);
        blocks.add(title);
        blocks.add(muted("Made on " + model.date() + " with Dockwise " + model.version() + ". Knowledge as of " + model.knowledgeAsOf() + "."));
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

    /** Greedy packing of blocks into pages by their measured height. */
    private List<List<Node>> pack(List<Node> blocks) {
        List<List<Node>> pages = new ArrayList<>();
        List<Node> current = new ArrayList<>();
        double used = 0;
        double available = height - 40;
        for (int i = 0; i < blocks.size(); i++) {
            Node block = blocks.get(i);
            double h = measure(block, width);
            // a heading goes to the next page with the block it introduces
            boolean heading = block.getStyleClass().contains(StyleClasses.SECTION_TITLE) && i + 1 < blocks.size();
            double needed = heading ? h + 8 + measure(blocks.get(i + 1), width) : h;
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
        int from = 0;
        while (from < rows) {
            int to = from + 1;
            while (to < rows && measure(part.apply(new int[] {from, to + 1}), width) + 60 <= height - 40) {
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
        return scaled(table, 1040);
    }

    private Node matrixPart(int[] range) {
        CompatibilityMatrixView matrix = new CompatibilityMatrixView(knowledge);
        List<MatrixRow> rows = model.matrix().rows().subList(range[0], range[1]);
        matrix.rowsProperty().set(rows);
        model.host().flatMap(ReportModel.HostPart::hostRow).filter(MatrixRow::fromCurrentTable).ifPresent(matrix.hostRowProperty()::set);
        model.host().flatMap(ReportModel.HostPart::neededImage).ifPresent(matrix.neededImageProperty()::set);
        return scaled(matrix, 940);
    }

    /** The control laid out at its natural width, scaled down to the page width. */
    private Node scaled(Region control, double naturalWidth) {
        double scale = Math.min(1, width / naturalWidth);
        control.setPrefWidth(width / scale);
        control.setMinWidth(width / scale);
        control.setMaxWidth(width / scale);
        control.getTransforms().add(new Scale(scale, scale));
        return new Group(control);
    }

    private Node sources() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(3);
        int r = 0;
        for (Source s : model.sources()) {
            Label tag = new Label(s.tag());
            tag.getStyleClass().add(StyleClasses.HEADER);
            WrappedText what = new WrappedText(s.title() + " - " + s.location() + " (" + s.snapshot() + ")");
            what.setPrefWidth(width - 60);
            grid.addRow(r++, tag, what);
        }
        return grid;
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

    private Node page(List<Node> content, int number, int total) {
        VBox body = new VBox(8);
        body.getChildren().addAll(content);
        Label footer = new Label(model.title() + "  -  page " + number + " of " + total);
        footer.getStyleClass().add(StyleClasses.MUTED);
        VBox page = new VBox(10, body, footer);
        VBox.setVgrow(body, javafx.scene.layout.Priority.ALWAYS);
        page.setPadding(Insets.EMPTY);
        page.setPrefSize(width, height);
        page.setMinSize(width, height);
        page.setMaxSize(width, height);
        page.getStyleClass().addAll("dockwise", "dw-print-page");
        page.getStylesheets().add(Resources.external("/dev/dockwise/ui/app.css"));
        page.setId("print-page-" + number);
        return page;
    }

    /** Height of a node laid out at this width, with the app's CSS applied. */
    static double measure(Node node, double width) {
        VBox holder = new VBox(node);
        holder.setPrefWidth(width);
        holder.setMaxWidth(width);
        holder.getStyleClass().add("dockwise");
        Scene scene = new Scene(new Group(holder));
        scene.getStylesheets().add(Resources.external("/dev/dockwise/ui/app.css"));
        holder.applyCss();
        holder.layout();
        double h = node instanceof Group g ? g.getBoundsInParent().getHeight() : ((Region) node).prefHeight(width);
        holder.getChildren().clear();
        return h;
    }
}
