package dev.dockwise.ui.steps;

import dev.dockwise.engine.facts.Knowledge;
import dev.dockwise.ui.actions.ActionFactory;
import dev.dockwise.ui.actions.StandardAction;
import dev.dockwise.ui.common.Icons;
import dev.dockwise.ui.common.StepPage;
import dev.dockwise.ui.common.StyleClasses;
import dev.dockwise.ui.wizard.ExportViewModel;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Step 7: save the assessment and share the result. */
public final class ExportStepView extends StepPage {
    public ExportStepView(ActionFactory actions, ExportViewModel scripts, Knowledge knowledge) {
        super(
                "Export",
                "Save the assessment, get the install script for this host, and share the"
                        + " recommendation and the comparison.");
        VBox assessment =
                group(
                        "Assessment",
                        actions.button(
                                StandardAction.SAVE_AS,
                                "Save ass_essment...",
                                Icons.of(Material2MZ.SAVE),
                                "exportSave"));
        VBox report =
                group(
                        "Comparison report",
                        actions.button(
                                StandardAction.PRINT,
                                "P_rint...",
                                Icons.of(Material2MZ.PRINT),
                                "printReport"),
                        actions.button(
                                StandardAction.SAVE_PDF,
                                "Save P_DF...",
                                Icons.of(Material2MZ.PICTURE_AS_PDF),
                                "savePdf"),
                        actions.button(
                                StandardAction.SAVE_HTML,
                                "Save _HTML...",
                                Icons.of(Material2AL.LANGUAGE),
                                "saveHtml"));
        VBox results =
                group(
                        "Recommendation and comparison",
                        actions.button(
                                StandardAction.EXPORT_MARKDOWN,
                                "Recommendation as Mar_kdown...",
                                Icons.of(Material2AL.DESCRIPTION),
                                "exportMarkdown"),
                        actions.button(
                                StandardAction.EXPORT_JSON,
                                "Recommendation as _JSON...",
                                Icons.of(Material2AL.CODE),
                                "exportJson"),
                        actions.button(
                                StandardAction.EXPORT_CSV,
                                "Comparison tab_le as CSV...",
                                Icons.of(Material2MZ.TABLE_CHART),
                                "exportCsv"),
                        actions.button(
                                StandardAction.COPY_SUMMARY,
                                "Copy s_ummary",
                                Icons.of(Material2AL.CONTENT_COPY),
                                "copySummary"));
        VBox probe =
                group(
                        "Host probe",
                        actions.button(
                                StandardAction.SAVE_PROBE,
                                "Save pr_obe script...",
                                Icons.of(Material2AL.FIND_IN_PAGE),
                                "saveProbe"));
        Label probeText =
                new Label(
                        "Run the probe on another Windows host (no elevation needed): it writes"
                            + " HOSTNAME.dockwise.json, which File > Import probe results reads.");
        probeText.setWrapText(true);
        probeText.getStyleClass().add(StyleClasses.MUTED);
        probe.getChildren().add(1, probeText);
        add(
                new ScriptPanel(scripts, knowledge, actions.registry()),
                report,
                probe,
                assessment,
                results);
    }

    private static VBox group(String title, Button... buttons) {
        Label heading = new Label(title);
        heading.getStyleClass().add(StyleClasses.SECTION_TITLE);
        FlowPane row = new FlowPane(10, 10, buttons);
        VBox box = new VBox(10, heading, row);
        box.getStyleClass().add(StyleClasses.CARD);
        return box;
    }
}
