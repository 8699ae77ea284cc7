package dev.dockwise.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.TestEngine;
import dev.dockwise.TestProfile;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.report.ReportBuilder;
import dev.dockwise.report.ReportModel;
import dev.dockwise.ui.compare.ComparisonTableView;
import dev.dockwise.ui.print.PagePlan;
import dev.dockwise.ui.print.ReportPage;
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

/**
 * Printing from the wizard: pages laid out by the app, and the message when there is no printer.
 */
class PrintTest extends WizardTestBase {
    /** No printer installed, whatever this machine has. */
    @Override
    protected java.util.function.Supplier<List<javafx.print.Printer>> printers() {
        return List::of;
    }

    @Test
    void withoutAPrinterThePreviewOffersSaveAsPdf() throws Exception {
        Path original = config.resolve("host.dockwise.json");
        Files.writeString(original, TestEngine.baseline());
        interact(() -> window.actions().openFile(original));
        interact(() -> vm().goTo(Step.EXPORT));
        click("#printReport");
        WaitForAsyncUtils.waitForFxEvents();
        String message = textUnder(lookup("#noPrinter").query());
        assertTrue(message.contains("No printer is installed") && message.contains("PDF"), message);
        assertTrue(lookup("#printButton").queryButton().isDisabled(), "nothing to print to");
        assertTrue(lookup("#printPreview").query() != null, "the pages are still shown");
        Path pdf = config.resolve("report.pdf");
        pickedFiles.add(pdf);
        Node save = lookup("#previewSavePdf").query();
        assertTrue(
                save.localToScene(save.getBoundsInLocal()).getMaxY() <= save.getScene().getHeight(),
                "the buttons stay in the window");
        clickOn("#previewSavePdf");
        WaitForAsyncUtils.waitForFxEvents();
        byte[] bytes = Files.readAllBytes(pdf);
        assertEquals("%PDF", new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void everyPageHasItsFooterAndItsContentFitsThePage() {
        List<ReportPage> pages = layOut(PagePlan.a4());
        for (int i = 0; i < pages.size(); i++) {
            Node page = pages.get(i).node();
            String text = textUnder(page);
            assertTrue(
                    text.contains("page " + (i + 1) + " of " + pages.size()),
                    "footer on page " + (i + 1));
            javafx.scene.layout.VBox sheet = (javafx.scene.layout.VBox) page;
            Node body = sheet.getChildren().get(0);
            Node footer = sheet.getChildren().get(1);
            double height = sheet.getHeight();
            // the body's content ends above the footer, and the footer on the sheet
            double contentBottom =
                    ((javafx.scene.layout.VBox) body)
                            .getChildren().stream()
                                    .mapToDouble(n -> n.getBoundsInParent().getMaxY())
                                    .max()
                                    .orElse(0);
            assertTrue(
                    contentBottom <= footer.getBoundsInParent().getMinY() + 0.5,
                    "page "
                            + (i + 1)
                            + ": content ends at "
                            + contentBottom
                            + ", footer starts at "
                            + footer.getBoundsInParent().getMinY());
            assertTrue(
                    footer.getBoundsInParent().getMaxY() <= height + 0.5,
                    "page " + (i + 1) + ": footer off the sheet");
        }
    }

    @Test
    void wideTablesPrintOnLandscapePagesAsInThePdf() {
        List<ReportPage> pages = layOut(PagePlan.a4());
        for (ReportPage page : pages) {
            boolean table =
                    page.node().lookup("#comparisonTable") != null
                            || page.node().lookup("#compatibilityMatrix") != null;
            assertEquals(
                    table, page.landscape(), textUnder(page.node()).lines().findFirst().orElse(""));
            javafx.scene.layout.Region sheet = (javafx.scene.layout.Region) page.node();
            assertEquals(page.landscape(), sheet.getWidth() > sheet.getHeight());
        }
        assertTrue(
                pages.get(0).node().lookup("#comparisonTable") == null,
                "the report starts with its text, portrait");
        // the parts the PDF and the HTML have, in their order: the host's images before every mode,
        // the rules after the table
        String all =
                pages.stream()
                        .map(p -> textUnder(p.node()))
                        .collect(java.util.stream.Collectors.joining("\n"));
        assertTrue(
                pages.stream()
                        .anyMatch(
                                p ->
                                        !p.landscape()
                                                && p.node().lookup("#hostImagesMatrix") != null),
                "the host's images, portrait");
        assertTrue(all.indexOf("Windows images on this host") < all.indexOf("Every mode"), all);
        assertTrue(
                all.indexOf("Reading the compatibility table")
                                > all.indexOf("Windows container compatibility")
                        && all.indexOf("Reading the compatibility table") < all.indexOf("Sources"),
                all);
    }

    @Test
    void printedPagesUseTheLightPrintStyleInTheDarkTheme() {
        interact(
                () ->
                        javafx.application.Application.setUserAgentStylesheet(
                                new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet()));
        try {
            List<ReportPage> pages = layOut(PagePlan.a4());
            javafx.scene.control.Label title =
                    (javafx.scene.control.Label) pages.get(0).node().lookup(".dw-step-title");
            javafx.scene.paint.Color text = (javafx.scene.paint.Color) title.getTextFill();
            assertTrue(text.getBrightness() < 0.3, "dark text on paper, was " + text);
            javafx.scene.layout.Region sheet = (javafx.scene.layout.Region) pages.get(0).node();
            assertEquals(
                    javafx.scene.paint.Color.WHITE,
                    sheet.getBackground().getFills().get(0).getFill());
        } finally {
            interact(
                    () ->
                            javafx.application.Application.setUserAgentStylesheet(
                                    new atlantafx.base.theme.PrimerLight()
                                            .getUserAgentStylesheet()));
        }
    }

    private List<ReportPage> layOut(PagePlan plan) {
        ReportModel model =
                new ReportBuilder(TestEngine.ADVISOR, "test")
                        .build(
                                Optional.of(TestProfile.baseline().profile()),
                                LocalDate.of(2026, 11, 28));
        List<List<ReportPage>> pages = new java.util.ArrayList<>(List.of(List.of()));
        interact(() -> pages.set(0, new ReportPages(model, plan).pages()));
        return pages.get(0);
    }

    @Test
    void theWideTablesShareTheirRowsEvenlyWithNoHalfEmptyLastPage() {
        for (PagePlan plan :
                List.of(
                        PagePlan.a4(),
                        new PagePlan(523, 770, 770, 523),
                        new PagePlan(468, 648, 648, 468))) {
            List<ReportPage> pages = layOut(plan);
            List<Integer> comparison = new java.util.ArrayList<>();
            List<Integer> matrix = new java.util.ArrayList<>();
            for (ReportPage page : pages) {
                Node node = page.node();
                if (node.lookup("#comparisonTable") != null) {
                    comparison.add(
                            (int)
                                    node.lookupAll(".dw-row-header").stream()
                                            .filter(
                                                    n ->
                                                            n.getParent() != null
                                                                    && n.getParent().getId() != null
                                                                    && n.getParent()
                                                                            .getId()
                                                                            .equals(
                                                                                    "comparisonTable"))
                                            .count());
                } else if (node.lookup("#compatibilityMatrix") != null) {
                    matrix.add(node.lookupAll("#compatibilityMatrix .dw-row-header").size());
                }
            }
            for (List<Integer> rows : List.of(comparison, matrix)) {
                if (rows.size() > 1) {
                    int most = rows.stream().mapToInt(Integer::intValue).max().orElse(0);
                    int least = rows.stream().mapToInt(Integer::intValue).min().orElse(0);
                    assertTrue(most - least <= 1, plan + ": rows per page " + rows);
                }
            }
        }
    }

    @Test
    void thePreviewShowsItIsBusyUntilItsPagesAreReady() throws Exception {
        openBaseline();
        boolean[] busyAtFirst = new boolean[1];
        javafx.stage.Stage[] preview = new javafx.stage.Stage[1];
        Node[] busy = new Node[1];
        interact(
                () -> {
                    preview[0] = window.printPreview();
                    busy[0] = preview[0].getScene().lookup("#previewBusy");
                    busyAtFirst[0] =
                            busy[0] != null && busy[0].isVisible() && preview[0].isShowing();
                });
        assertTrue(busyAtFirst[0], "the window opens at once with a busy indicator");
        Await.until("the pages laid out", () -> !busy[0].isVisible());
        javafx.scene.control.Pagination pages =
                (javafx.scene.control.Pagination) preview[0].getScene().lookup("#printPreview");
        assertTrue(
                pages.getPageCount() >= 1
                        && pages.getPageCount() != javafx.scene.control.Pagination.INDETERMINATE,
                "pages: " + pages.getPageCount());
        Await.until(
                "a page shown on its sheet",
                () -> preview[0].getScene().lookup("#previewSheet") != null);
        interact(() -> preview[0].close());
    }

    @Test
    void pagesSplitTheComparisonBetweenRowsWithItsHeaderOnEveryPage() {
        List<ReportPage> all = layOut(new PagePlan(523, 770, 770, 523));
        List<List<Node>> pages = List.of(all.stream().map(ReportPage::node).toList());
        assertTrue(pages.get(0).size() >= 5, "pages: " + pages.get(0).size());
        int comparisonPages = 0;
        int rows = 0;
        for (Node page : pages.get(0)) {
            if (page.lookup("#comparisonTable") != null) {
                comparisonPages++;
                assertTrue(
                        page.lookup("#cmp-header-toolbox") != null
                                && page.lookup("#cmp-header-linux-vm") != null,
                        "the header row is on every comparison page");
                for (var f : TestEngine.ADVISOR.knowledge().modes().features()) {
                    if (page.lookup("#" + ComparisonTableView.cellId(f.id(), Mode.DESKTOP_WSL2))
                            != null) {
                        rows++;
                    }
                }
            }
        }
        assertTrue(comparisonPages >= 2, "the table is split: " + comparisonPages);
        assertEquals(
                TestEngine.ADVISOR.knowledge().modes().features().size(),
                rows,
                "every row printed once");
        String last = textUnder(pages.get(0).get(pages.get(0).size() - 1));
        assertTrue(
                last.contains("page " + pages.get(0).size() + " of " + pages.get(0).size()), last);
    }
}
