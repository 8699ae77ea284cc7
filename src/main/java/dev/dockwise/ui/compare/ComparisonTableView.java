package dev.dockwise.ui.compare;

import dev.dockwise.engine.compare.ComparisonTable;
import dev.dockwise.engine.facts.Knowledge;
import dev.dockwise.engine.facts.ModeCatalog.SupportStatus;
import dev.dockwise.engine.facts.Source;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.engine.model.Status;
import dev.dockwise.engine.result.Recommendation;
import dev.dockwise.ui.common.Badge;
import dev.dockwise.ui.common.Icons;
import dev.dockwise.ui.common.StyleClasses;
import dev.dockwise.ui.compare.ComparisonRows.FeatureRow;
import dev.dockwise.ui.compare.ComparisonRows.ModeColumn;
import dev.dockwise.ui.compare.ComparisonRows.RowCell;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The mode comparison table drawn as a grid: modes as columns, features as rows, each cell a badge
 * with a symbol, a word and a short text (never colour alone); the recommended column is
 * highlighted, modes impossible on this host are dimmed, legacy modes can be hidden. Reused by
 * printing, which draws a report's columns and rows instead of the knowledge's.
 */
public final class ComparisonTableView extends GridPane {
    private static final PseudoClass RECOMMENDED = PseudoClass.getPseudoClass("recommended");
    private static final PseudoClass BLOCKED = PseudoClass.getPseudoClass("blocked");

    /** The knowledge's table on screen; absent when the columns and rows are given. */
    private final Optional<ComparisonTable> table;

    private final ComparisonRows given;
    private final ObjectProperty<Recommendation> recommendation =
            new SimpleObjectProperty<>(this, "recommendation");
    private final BooleanProperty showLegacy = new SimpleBooleanProperty(this, "showLegacy", true);
    private ScrollPane scroller;
    private double minimumWidth;
    private Label corner;

    /** Every mode and feature of the knowledge, marked by the recommendation when there is one. */
    public ComparisonTableView(Knowledge knowledge) {
        this(Optional.of(new ComparisonTable(knowledge)), new ComparisonRows(List.of(), List.of()));
    }

    /**
     * The columns and rows given, as a report has them (the recommendation is already in the
     * columns): printing draws a page's share of the rows.
     */
    public ComparisonTableView(ComparisonRows given) {
        this(Optional.empty(), given);
    }

    private ComparisonTableView(Optional<ComparisonTable> table, ComparisonRows given) {
        this.table = table;
        this.given = given;
        getStyleClass().addAll(StyleClasses.COMPARISON);
        setId("comparisonTable");
        recommendation.addListener(o -> rebuild());
        showLegacy.addListener(o -> rebuild());
        rebuild();
    }

    /** The sources the table's cells cite (none for given rows, whose report lists them). */
    public List<Source> sources() {
        return table.map(ComparisonTable::sources).orElse(List.of());
    }

    public ObjectProperty<Recommendation> recommendationProperty() {
        return recommendation;
    }

    public BooleanProperty showLegacyProperty() {
        return showLegacy;
    }

    /** The drawn cell for a feature and mode, if that mode is shown. */
    public Optional<Node> cellNode(String featureId, Mode mode) {
        return Optional.ofNullable(lookup("#" + cellId(featureId, mode)));
    }

    public static String cellId(String featureId, Mode mode) {
        return "cmp-" + featureId + "-" + mode.id();
    }

    /**
     * Keeps the header row and the feature column in view while the page around the table scrolls:
     * they move with the scroll offset, over the cells, as a spreadsheet's frozen panes do.
     */
    public void stickHeadersTo(ScrollPane page) {
        scroller = page;
        InvalidationListener place = o -> placeHeaders();
        page.vvalueProperty().addListener(place);
        page.hvalueProperty().addListener(place);
        page.viewportBoundsProperty().addListener(place);
        layoutBoundsProperty().addListener(place);
    }

    private void placeHeaders() {
        if (scroller == null
                || scroller.getContent() == null
                || getScene() == null
                || corner == null) {
            return;
        }
        Bounds viewport = scroller.getViewportBounds();
        Bounds content = scroller.getContent().getLayoutBounds();
        double top =
                Math.max(0, content.getHeight() - viewport.getHeight())
                        * fraction(scroller.getVvalue(), scroller.getVmin(), scroller.getVmax());
        double left =
                Math.max(0, content.getWidth() - viewport.getWidth())
                        * fraction(scroller.getHvalue(), scroller.getHmin(), scroller.getHmax());
        Point2D origin = scroller.getContent().sceneToLocal(localToScene(0, 0));
        double dy =
                clamp(
                        top - origin.getY(),
                        getHeight() - corner.getHeight() - getPadding().getBottom());
        double dx =
                clamp(
                        left - origin.getX(),
                        getWidth() - corner.getWidth() - getPadding().getRight());
        for (Node child : getChildren()) {
            boolean headerRow = GridPane.getRowIndex(child) == 0;
            boolean featureColumn = GridPane.getColumnIndex(child) == 0;
            child.setTranslateY(headerRow ? dy : 0);
            child.setTranslateX(featureColumn ? dx : 0);
            child.setViewOrder(
                    headerRow && featureColumn ? -2 : headerRow || featureColumn ? -1 : 0);
        }
    }

    private static double fraction(double value, double min, double max) {
        return max > min ? (value - min) / (max - min) : 0;
    }

    private static double clamp(double offset, double limit) {
        return Math.max(0, Math.min(offset, Math.max(0, limit)));
    }

    private void rebuild() {
        getChildren().clear();
        getColumnConstraints().clear();
        ComparisonRows drawn =
                table.map(t -> ComparisonRows.of(t, recommendation.get())).orElse(given);
        List<ModeColumn> all = drawn.columns();
        List<FeatureRow> rows = drawn.rows();
        List<Integer> shown = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (showLegacy.get() || all.get(i).support() == SupportStatus.CURRENT) {
                shown.add(i);
            }
        }
        // a column is never narrower than its longest word, so that words wrap whole
        // ("Orchestration", not "Orchestratio/n")
        ColumnConstraints first =
                new ColumnConstraints(
                        Math.max(
                                110,
                                WordWidths.header(rows.stream().map(FeatureRow::name).toList())),
                        140,
                        190);
        getColumnConstraints().add(first);
        minimumWidth = first.getMinWidth();
        for (int i : shown) {
            ModeColumn mode = all.get(i);
            double words =
                    Math.max(
                            WordWidths.header(List.of(mode.name())),
                            WordWidths.cellText(
                                    rows.stream().map(r -> r.cells().get(i).text()).toList()));
            for (HeaderBadge badge : badges(mode)) {
                words = Math.max(words, WordWidths.badge(badge.word()));
            }
            double min = Math.max(92, words);
            minimumWidth += min;
            ColumnConstraints c = new ColumnConstraints(min, Math.max(130, min), Double.MAX_VALUE);
            c.setHgrow(Priority.ALWAYS);
            c.setFillWidth(true);
            getColumnConstraints().add(c);
        }
        // app.css: 2 px between columns and around the grid
        minimumWidth += shown.size() * 2 + 8;
        corner = new Label("Feature");
        corner.getStyleClass().addAll(StyleClasses.HEADER, "dw-corner");
        corner.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        add(corner, 0, 0);
        for (int col = 0; col < shown.size(); col++) {
            add(header(all.get(shown.get(col))), col + 1, 0);
        }
        int row = 1;
        for (FeatureRow feature : rows) {
            Label name = new Label(feature.name());
            name.getStyleClass().addAll(StyleClasses.HEADER, "dw-row-header");
            name.setWrapText(true);
            name.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            add(name, 0, row);
            for (int col = 0; col < shown.size(); col++) {
                int i = shown.get(col);
                add(cell(feature, feature.cells().get(i), all.get(i)), col + 1, row);
            }
            row++;
        }
        placeHeaders();
    }

    /**
     * The narrowest the table can be with every word whole and every badge in full: printing lays
     * it out at least this wide before scaling it to the page.
     */
    public double minimumWidth() {
        return minimumWidth;
    }

    /** The recommended mode's header cell, when one is recommended and shown. */
    public Optional<Node> recommendedHeader() {
        return Optional.ofNullable(recommendation.get())
                .flatMap(Recommendation::recommended)
                .map(mode -> lookup("#cmp-header-" + mode.id()));
    }

    /** The feature column's width, which stays in view while the table scrolls sideways. */
    public double featureColumnWidth() {
        return corner == null ? 0 : corner.getWidth() + getPadding().getLeft();
    }

    /** A badge in a mode's header: its symbol, its word and its style state. */
    private record HeaderBadge(Ikon icon, String word, String state) {}

    /**
     * The badges a mode's header shows (drawn by the header, measured for the column's width):
     * support, then status here.
     */
    private static List<HeaderBadge> badges(ModeColumn mode) {
        List<HeaderBadge> badges = new ArrayList<>();
        if (mode.support() != SupportStatus.CURRENT) {
            badges.add(
                    new HeaderBadge(
                            Material2AL.HISTORY,
                            mode.support() == SupportStatus.LEGACY ? "Legacy" : "Removed",
                            "legacy"));
        }
        if (mode.recommended()) {
            badges.add(
                    new HeaderBadge(
                            Icons.status(Status.RECOMMENDED),
                            "Recommended",
                            Status.RECOMMENDED.id()));
        } else if (mode.blocked()) {
            badges.add(
                    new HeaderBadge(Icons.status(Status.BLOCKED), "Blocked", Status.BLOCKED.id()));
        }
        return badges;
    }

    private Node header(ModeColumn mode) {
        Label name = new Label(mode.name());
        name.setWrapText(true);
        name.getStyleClass().add("dw-mode-header-name");
        VBox box = new VBox(4, name);
        box.getStyleClass().addAll(StyleClasses.HEADER, "dw-mode-header");
        box.setId("cmp-header-" + mode.mode().id());
        for (HeaderBadge badge : badges(mode)) {
            box.getChildren().add(new Badge(badge.icon(), badge.word(), badge.state()));
        }
        mark(box, mode);
        if (mode.note() != null) {
            Tooltip.install(box, new Tooltip(mode.note()));
        }
        box.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        return box;
    }

    private Node cell(FeatureRow feature, RowCell cell, ModeColumn mode) {
        Label word = new Label(Icons.levelWord(cell.level()), Icons.of(Icons.level(cell.level())));
        word.getStyleClass().add("dw-level");
        Label text = new Label(cell.text());
        text.setWrapText(true);
        text.getStyleClass().add("dw-cell-text");
        VBox box = new VBox(2, new HBox(word), text);
        box.setAlignment(Pos.TOP_LEFT);
        box.getStyleClass().add(StyleClasses.CELL);
        box.pseudoClassStateChanged(PseudoClass.getPseudoClass(cell.level().id()), true);
        box.setId(cellId(feature.id(), mode.mode()));
        box.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        box.setAccessibleText(
                mode.name()
                        + ", "
                        + feature.name()
                        + ": "
                        + Icons.levelWord(cell.level())
                        + ", "
                        + cell.text());
        if (cell.note() != null) {
            Tooltip tip = new Tooltip(cell.note());
            tip.setWrapText(true);
            tip.setMaxWidth(420);
            Tooltip.install(box, tip);
        }
        mark(box, mode);
        return box;
    }

    private static void mark(Node node, ModeColumn mode) {
        node.pseudoClassStateChanged(RECOMMENDED, mode.recommended());
        node.pseudoClassStateChanged(BLOCKED, mode.blocked());
    }
}
