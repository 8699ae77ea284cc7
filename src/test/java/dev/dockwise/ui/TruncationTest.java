package dev.dockwise.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.TestEngine;
import dev.dockwise.TestProfile;
import dev.dockwise.report.ReportBuilder;
import dev.dockwise.report.ReportModel;
import dev.dockwise.ui.print.PagePlan;
import dev.dockwise.ui.print.ReportPage;
import dev.dockwise.ui.print.ReportPages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;

/**
 * Words shown whole where they were cut: the printed pages (matrix cells "Cave...", the score
 * "fi...", its badge "..."), the fleet page's Source and Status columns.
 */
class TruncationTest extends WizardTestBase {

    @Test
    void thePrintedPagesShowEveryWordWhole() {
        for (PagePlan plan : List.of(PagePlan.a4(), new PagePlan(468, 648, 648, 468))) {
            ReportModel model =
                    new ReportBuilder(TestEngine.ADVISOR, "test")
                            .build(
                                    Optional.of(TestProfile.baseline().profile()),
                                    LocalDate.of(2026, 11, 28));
            List<String> cut = new ArrayList<>();
            interact(
                    () -> {
                        List<ReportPage> pages = new ReportPages(model, plan).pages();
                        for (int i = 0; i < pages.size(); i++) {
                            int page = i + 1;
                            Shown.cutShort(pages.get(i).node())
                                    .forEach(c -> cut.add("page " + page + ": " + c));
                        }
                    });
            assertTrue(cut.isEmpty(), plan + ":\n" + String.join("\n", cut));
        }
    }

    @Test
    void theFleetTableShowsItsSourcesAndStatusesWhole() throws Exception {
        Path fleet = Files.createDirectories(config.resolve("fleet"));
        Files.writeString(
                fleet.resolve("finance-laptop-0042.dockwise.json"), TestEngine.baseline());
        Files.writeString(
                fleet.resolve("build-agent-windows-2019.dockwise.json"),
                TestEngine.baseline().replace("\"edition\":\"pro\"", "\"edition\":\"home\""));
        Files.writeString(
                fleet.resolve("reception-desk.json"),
                TestEngine.baseline().replace("\"memoryGb\":16", "\"memoryGb\":-2"));
        pickedFiles.add(fleet);
        click("#fleetButton");
        Await.until("the fleet planned", () -> window.fleetPlanned());
        TableView<?> table = node("#fleetTable");
        interact(
                () -> {
                    table.getScene().getRoot().applyCss();
                    table.getScene().getRoot().layout();
                });
        List<String> cut = new ArrayList<>();
        interact(
                () ->
                        table.lookupAll(".table-cell")
                                .forEach(
                                        cell -> {
                                            if (cell
                                                            instanceof
                                                            javafx.scene.control.TableCell<?, ?> c
                                                    && c.getTableColumn() != null
                                                    && !"Details"
                                                            .equals(c.getTableColumn().getText())
                                                    && Shown.isCut(c)) {
                                                cut.add(
                                                        c.getTableColumn().getText()
                                                                + ": "
                                                                + c.getText()
                                                                + " shown as "
                                                                + Shown.text(c));
                                            }
                                        }));
        assertTrue(cut.isEmpty(), String.join("\n", cut));
    }
}
