package dev.dockwise.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.TestEngine;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.report.ReportBuilder;
import dev.dockwise.report.ReportModel;
import dev.dockwise.ui.compare.ComparisonTableView;
import dev.dockwise.ui.print.ReportPages;
import dev.dockwise.ui.wizard.Step;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Printing from the wizard: pages laid out by the app, and the message when there is no printer. */
class PrintTest extends WizardTestBase {

    @Test
    void withoutAPrinterTheUserGetsAMessage() throws Exception {
        Path original = config.resolve("host.dockwise.json");
        Files.writeString(original, TestEngine.baseline());
        interact(() -> window.openFile(original));
        interact(() -> window.setPrinterCheck(() -> false));
        interact(() -> vm().goTo(Step.EXPORT));
        click("#printReport");
        WaitForAsyncUtils.waitForFxEvents();
        String message = textUnder(lookup("#dialog").query());
        assertTrue(message.contains("No printer is installed") && message.contains("PDF"), message);
        clickOn("OK");
    }

    @Test
    void pagesSplitTheComparisonBetweenRowsWithItsHeaderOnEveryPage() {
        ReportModel model = new ReportBuilder(TestEngine.ADVISOR, "test").build(Optional.of(TestEngine.profile(p -> { })), LocalDate.of(2026, 11, 28));
        List<Node>[] pages = new List[1];
        interact(() -> pages[0] = new ReportPages(model, Optional.of(TestEngine.ADVISOR.evaluate(TestEngine.profile(p -> { }))),
                TestEngine.ADVISOR.knowledge(), 523, 770).pages());
        assertTrue(pages[0].size() >= 5, "pages: " + pages[0].size());
        int comparisonPages = 0;
        int rows = 0;
        for (Node page : pages[0]) {
            if (page.lookup("#comparisonTable") != null) {
                comparisonPages++;
                assertTrue(page.lookup("#cmp-header-toolbox") != null && page.lookup("#cmp-header-linux-vm") != null,
                        "the header row is on every comparison page");
                for (var f : TestEngine.ADVISOR.knowledge().modes().features()) {
                    if (page.lookup("#" + ComparisonTableView.cellId(f.id(), Mode.DESKTOP_WSL2)) != null) {
                        rows++;
                    }
                }
            }
        }
        assertTrue(comparisonPages >= 2, "the table is split: " + comparisonPages);
        assertEquals(TestEngine.ADVISOR.knowledge().modes().features().size(), rows, "every row printed once");
        String last = textUnder(pages[0].get(pages[0].size() - 1));
        assertTrue(last.contains("page " + pages[0].size() + " of " + pages[0].size()), last);
    }
}
