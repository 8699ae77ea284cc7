package dev.dockwise.ui.steps;

import dev.dockwise.engine.facts.ModeCatalog.CellLevel;
import dev.dockwise.ui.common.Icons;
import dev.dockwise.ui.common.SourceLinks;
import dev.dockwise.ui.common.StepPage;
import dev.dockwise.ui.common.StyleClasses;
import dev.dockwise.ui.compare.ComparisonTableView;
import dev.dockwise.ui.wizard.WizardSession;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/** Step 5: every mode side by side, for this host. */
public final class CompareStepView extends StepPage {
    private final ComparisonTableView table;

    public CompareStepView(WizardSession vm, BooleanProperty showLegacy) {
        super(
                "Compare",
                "Every mode side by side. The recommended mode is highlighted and modes that can't"
                        + " run on this host are dimmed. Hover over a cell for details and its"
                        + " source.");
        table = new ComparisonTableView(vm.knowledge());
        table.recommendationProperty().bind(vm.recommendationProperty());
        table.showLegacyProperty().bind(showLegacy);
        CheckBox legacy =
                new dev.dockwise.ui.common.MnemonicCheckBox(
                        "Show _legacy modes (Docker Toolbox, LCOW)");
        legacy.setId("legacyToggle");
        legacy.setWrapText(true);
        legacy.selectedProperty().bindBidirectional(showLegacy);
        HBox legend = new HBox(16);
        legend.getStyleClass().add(StyleClasses.LEGEND);
        for (CellLevel level : CellLevel.values()) {
            legend.getChildren()
                    .add(new Label(Icons.levelWord(level), Icons.of(Icons.level(level))));
        }
        // every cell names its source in its tooltip; the sources on the web are linked under the
        // table
        SourceLinks sources = new SourceLinks("the comparison", table.sources());
        sources.setId("compareSources");
        add(legacy, table, legend, sources);

        table.stickHeadersTo(this);
        keepInViewBeside(table);
        // a window narrower than the table shows the recommended column, not whatever the first
        // columns are
        sceneProperty().addListener((obs, old, now) -> revealRecommendedLater());
        vm.recommendationProperty().addListener(o -> revealRecommendedLater());
        viewportBoundsProperty()
                .addListener(
                        (obs, old, now) -> {
                            if (old.getWidth() != now.getWidth()) {
                                revealRecommendedLater();
                            }
                        });
    }

    private void revealRecommendedLater() {
        if (getScene() != null) {
            javafx.application.Platform.runLater(this::revealRecommended);
        }
    }

    /**
     * Scrolls sideways, if the table is wider than the page, so that the recommended column is in
     * view beside the feature column.
     */
    void revealRecommended() {
        javafx.scene.Node header = table.recommendedHeader().orElse(null);
        if (header == null || getContent() == null) {
            return;
        }
        layout();
        double contentWidth = getContent().getLayoutBounds().getWidth();
        double viewport = getViewportBounds().getWidth();
        if (contentWidth <= viewport) {
            return;
        }
        javafx.geometry.Bounds column =
                getContent().sceneToLocal(header.localToScene(header.getLayoutBounds()));
        double frozen = table.featureColumnWidth();
        double offset =
                (getHvalue() - getHmin()) / (getHmax() - getHmin()) * (contentWidth - viewport);
        double left = column.getMinX() - header.getTranslateX();
        double right = left + column.getWidth();
        if (left - frozen < offset || right > offset + viewport) {
            double target = Math.max(0, Math.min(contentWidth - viewport, right - viewport + 8));
            target = Math.min(target, Math.max(0, left - frozen - 8));
            setHvalue(getHmin() + target / (contentWidth - viewport) * (getHmax() - getHmin()));
        }
    }

    public ComparisonTableView table() {
        return table;
    }
}
