package dev.dockwise.ui.matrix;

import dev.dockwise.engine.facts.IsolationKind;
import dev.dockwise.engine.facts.Knowledge;
import dev.dockwise.engine.facts.Support;
import dev.dockwise.engine.matrix.CompatibilityMatrix;
import dev.dockwise.engine.matrix.MatrixCell;
import dev.dockwise.engine.matrix.MatrixRow;
import dev.dockwise.engine.model.ImageVersion;
import dev.dockwise.ui.common.Icons;
import dev.dockwise.ui.common.StyleClasses;
import dev.dockwise.ui.common.TextWidths;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

/**
 * Microsoft's Windows container compatibility matrix drawn as a grid: host releases as rows, image
 * versions as columns, each cell split into process and Hyper-V isolation with a symbol and a word.
 * The user's host row and needed image column are highlighted. Reused by printing.
 */
public final class CompatibilityMatrixView extends GridPane {
    private static final PseudoClass HIGHLIGHT = PseudoClass.getPseudoClass("highlight");
    private final ObjectProperty<MatrixRow> hostRow = new SimpleObjectProperty<>(this, "hostRow");
    private final ObjectProperty<ImageVersion> neededImage =
            new SimpleObjectProperty<>(this, "neededImage");
    private final List<MatrixRow> rows;

    /** The whole current table of the knowledge. */
    public CompatibilityMatrixView(Knowledge knowledge) {
        this(new CompatibilityMatrix(knowledge).whole());
    }

    /** The rows given (printing draws a report's rows, a page's share at a time). */
    public CompatibilityMatrixView(List<MatrixRow> rows) {
        this.rows = List.copyOf(rows);
        getStyleClass().add(StyleClasses.MATRIX);
        setId("compatibilityMatrix");
        hostRow.addListener(o -> rebuild());
        neededImage.addListener(o -> rebuild());
        rebuild();
    }

    /**
     * The user's host evaluated for its exact build; it replaces and highlights the table row of
     * its release family (Windows 11 23H2 shows ltsc2025 as unsupported where the generic Windows
     * 11 row can't).
     */
    public ObjectProperty<MatrixRow> hostRowProperty() {
        return hostRow;
    }

    public ObjectProperty<ImageVersion> neededImageProperty() {
        return neededImage;
    }

    /**
     * The narrowest the matrix can be with every word whole: printing lays it out at least this
     * wide before scaling it.
     */
    public double minimumWidth() {
        int images = ImageVersion.values().length;
        // app.css: 2 px between columns and around the grid
        return 150 + images * (2 * halfWidth() + 1) + (images + 2) * 2;
    }

    public static String cellId(String rowId, ImageVersion image, IsolationKind isolation) {
        return "mx-" + rowId + "-" + image.id() + "-" + isolation.id();
    }

    private void rebuild() {
        getChildren().clear();
        getColumnConstraints().clear();
        getColumnConstraints().add(new ColumnConstraints(150, 190, 240));
        double pairWidth = 2 * halfWidth() + 1;
        for (int i = 0; i < ImageVersion.values().length; i++) {
            // two halves each as wide as its widest word with its symbol: "Caveats" was "Cave..."
            // in print
            ColumnConstraints c =
                    new ColumnConstraints(pairWidth, Math.max(pairWidth, 200), Double.MAX_VALUE);
            c.setHgrow(Priority.ALWAYS);
            getColumnConstraints().add(c);
        }
        Label corner = new Label("Host \\ image");
        corner.getStyleClass().addAll(StyleClasses.HEADER, "dw-corner");
        corner.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        add(corner, 0, 0);
        int col = 1;
        for (ImageVersion image : ImageVersion.values()) {
            Label head = new Label(image.id());
            head.getStyleClass().add(StyleClasses.HEADER);
            head.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            head.pseudoClassStateChanged(HIGHLIGHT, image == neededImage.get());
            add(head, col++, 0);
        }
        int r = 1;
        for (MatrixRow listed : rows) {
            boolean mine = hostRow.get() != null && listed.id().equals(hostRow.get().id());
            MatrixRow row = mine ? hostRow.get() : listed;
            Label name = new Label(mine ? row.name() + " (this host)" : row.name());
            name.setWrapText(true);
            name.getStyleClass().addAll(StyleClasses.HEADER, "dw-row-header");
            name.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            name.pseudoClassStateChanged(HIGHLIGHT, mine);
            add(name, 0, r);
            col = 1;
            for (ImageVersion image : ImageVersion.values()) {
                GridPane pair =
                        halves(
                                find(row, image, IsolationKind.PROCESS, mine),
                                find(row, image, IsolationKind.HYPERV, mine));
                pair.pseudoClassStateChanged(HIGHLIGHT, mine || image == neededImage.get());
                add(pair, col++, r);
            }
            r++;
        }
    }

    /**
     * Process and Hyper-V side by side in two equal halves, whatever their words: the divider
     * between them lines up from row to row.
     */
    private static GridPane halves(Node process, Node hyperV) {
        GridPane pair = new GridPane();
        for (int i = 0; i < 2; i++) {
            ColumnConstraints half = new ColumnConstraints();
            half.setPercentWidth(50);
            half.setFillWidth(true);
            pair.getColumnConstraints().add(half);
        }
        RowConstraints row = new RowConstraints();
        row.setVgrow(Priority.ALWAYS);
        row.setFillHeight(true);
        pair.getRowConstraints().add(row);
        pair.add(process, 0, 0);
        pair.add(hyperV, 1, 0);
        pair.getStyleClass().add("dw-cell-pair");
        pair.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        return pair;
    }

    private Node find(MatrixRow row, ImageVersion image, IsolationKind isolation, boolean mine) {
        MatrixCell cell =
                row.cells().stream()
                        .filter(c -> c.image() == image && c.isolation() == isolation)
                        .findFirst()
                        .orElseThrow();
        return half(row, cell, isolation);
    }

    private static Node half(MatrixRow row, MatrixCell cell, IsolationKind isolation) {
        Label kind = new Label(isolation == IsolationKind.PROCESS ? "Process" : "Hyper-V");
        kind.getStyleClass().add("dw-isolation");
        Label verdict = new Label(word(cell.support()), Icons.of(Icons.support(cell.support())));
        verdict.getStyleClass().add("dw-level");
        verdict.setMinWidth(Label.USE_PREF_SIZE);
        VBox box = new VBox(1, kind, verdict);
        box.getStyleClass().add(StyleClasses.CELL);
        box.pseudoClassStateChanged(PseudoClass.getPseudoClass(cell.support().id()), true);
        box.setId(cellId(row.id(), cell.image(), isolation));
        box.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        box.setAccessibleText(
                row.name()
                        + ", "
                        + cell.image().id()
                        + ", "
                        + kind.getText()
                        + " isolation: "
                        + Icons.supportWord(cell.support()));
        Tooltip tip = new Tooltip(cell.note());
        tip.setWrapText(true);
        tip.setMaxWidth(380);
        Tooltip.install(box, tip);
        return box;
    }

    /**
     * A half cell's least width: the wider of its isolation word (app.css: 11 px) and its verdict
     * (bold, with a 16 px symbol and a 4 px gap), with the cell's padding (8 px each side) and air.
     */
    private static double halfWidth() {
        List<String> verdicts =
                java.util.Arrays.stream(Support.values())
                        .map(CompatibilityMatrixView::word)
                        .toList();
        double verdict =
                16 + 4 + TextWidths.widest(verdicts, TextWidths.bold(TextWidths.TEXT_SIZE));
        double kind = TextWidths.widest(List.of("Process", "Hyper-V"), TextWidths.regular(11));
        return Math.ceil(Math.max(verdict, kind) + 16 + 6);
    }

    private static String word(Support support) {
        return switch (support) {
            case SUPPORTED -> "Yes";
            case SUPPORTED_WITH_CAVEATS -> "Caveats";
            case UNSUPPORTED -> "No";
        };
    }

    /** The legend: what the symbols mean. */
    public static Node legend() {
        // wraps on a narrow window rather than cutting its words
        javafx.scene.layout.FlowPane legend = new javafx.scene.layout.FlowPane(18, 6);
        legend.getStyleClass().add(StyleClasses.LEGEND);
        for (Support s : Support.values()) {
            Label l =
                    new Label(
                            word(s) + ": " + Icons.supportWord(s).toLowerCase(),
                            Icons.of(Icons.support(s)));
            l.getStyleClass().add("dw-legend-" + s.id());
            l.setMinWidth(Label.USE_PREF_SIZE);
            legend.getChildren().add(l);
        }
        legend.getChildren().add(new Label("Each cell: process isolation | Hyper-V isolation"));
        return legend;
    }
}
