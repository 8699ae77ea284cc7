package dev.dockwise.ui.steps;

import dev.dockwise.ui.wizard.Step;
import dev.dockwise.ui.common.StepPage;
import dev.dockwise.ui.common.Icons;
import dev.dockwise.ui.common.StyleClasses;
import dev.dockwise.engine.facts.Knowledge;
import dev.dockwise.ui.wizard.AppActions;
import dev.dockwise.ui.wizard.ExportViewModel;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Step 7: save the assessment and share the result. */
public final class ExportStepView extends StepPage {
    public ExportStepView(AppActions actions, ExportViewModel scripts, Knowledge knowledge) {
        super("Export", "Save the assessment, get the install script for this host, and share the recommendation and the comparison.");
        VBox assessment = group("Assessment",
                button("_Save assessment...", Material2MZ.SAVE, "exportSave", actions::saveAs));
        VBox report = group("Comparison report",
                button("P_rint...", Material2MZ.PRINT, "printReport", actions::print),
                button("Save _PDF...", Material2MZ.PICTURE_AS_PDF, "savePdf", actions::savePdf),
                button("Save _HTML...", Material2AL.LANGUAGE, "saveHtml", actions::saveHtml));
        VBox results = group("Recommendation and comparison",
                button("Recommendation as _Markdown...", Material2AL.DESCRIPTION, "exportMarkdown", actions::exportMarkdown),
                button("Recommendation as _JSON...", Material2AL.CODE, "exportJson", actions::exportJson),
                button("Comparison table as _CSV...", Material2MZ.TABLE_CHART, "exportCsv", actions::exportComparisonCsv),
                button("Copy s_ummary", Material2AL.CONTENT_COPY, "copySummary", actions::copySummary));
        VBox probe = group("Host probe",
                button("Save _probe script...", Material2AL.FIND_IN_PAGE, "saveProbe", actions::saveProbe));
        Label probeText = new Label("Run the probe on another Windows host (no elevation needed): it writes HOSTNAME.dockwise.json, "
                + "which File > Import probe results reads.");
        probeText.setWrapText(true);
        probeText.getStyleClass().add(StyleClasses.MUTED);
        probe.getChildren().add(1, probeText);
        add(new ScriptPanel(scripts, knowledge, actions), report, probe, assessment, results);
    }

    private static VBox group(String title, Button... buttons) {
        Label heading = new Label(title);
        heading.getStyleClass().add(StyleClasses.SECTION_TITLE);
        FlowPane row = new FlowPane(10, 10, buttons);
        VBox box = new VBox(10, heading, row);
        box.getStyleClass().add(StyleClasses.CARD);
        return box;
    }

    private static Button button(String text, Ikon icon, String id, Runnable action) {
        Button b = new Button(text, Icons.of(icon));
        b.setMnemonicParsing(true);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
