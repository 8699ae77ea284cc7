package dev.dockwise.ui.shell;

import dev.dockwise.engine.facts.KnowledgeMeta;
import dev.dockwise.ui.common.Icons;
import java.time.LocalDate;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The status bar's "Knowledge as of" date. Advice is only as current as its facts, so facts older
 * than {@link KnowledgeMeta#FRESH_MONTHS} months turn it into a visible warning with the reason.
 */
final class KnowledgeDateLabel {
    private KnowledgeDateLabel() {}

    static Label of(KnowledgeMeta meta, LocalDate today) {
        Label label = new Label("Knowledge as of " + meta.asOf());
        label.setId("knowledgeDate");
        if (meta.staleOn(today)) {
            label.setText(
                    "Knowledge as of "
                            + meta.asOf()
                            + ": over "
                            + KnowledgeMeta.FRESH_MONTHS
                            + " months old");
            label.setGraphic(Icons.of(Material2MZ.WARNING));
            label.getStyleClass().add("dw-warning");
            label.setTooltip(new Tooltip(meta.staleWarning()));
            label.setAccessibleHelp(meta.staleWarning());
        }
        return label;
    }
}
