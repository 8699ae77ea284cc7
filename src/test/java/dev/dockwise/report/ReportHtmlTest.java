package dev.dockwise.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.TestProfile;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The HTML parsed with jsoup: semantic tables, no external references, readable without colour. */
class ReportHtmlTest {
    private final String html =
            HtmlReport.render(ReportFixtures.model(Optional.of(ReportFixtures.cyrillicServer())));
    private final Document doc = Jsoup.parse(html);

    @Test
    void everySectionHasATableWithCaptionAndHeaderCells() {
        for (String id :
                new String[] {"host", "modes", "host-matrix", "comparison", "matrix", "sources"}) {
            Element section = doc.getElementById(id);
            assertTrue(section != null, "section " + id);
            assertTrue(!section.select("table").isEmpty(), "a table in " + id);
            for (Element table : section.select("table")) {
                assertEquals(1, table.select("caption").size(), "caption in " + id);
                assertFalse(
                        table.select("thead th[scope=col]").isEmpty(), "column headers in " + id);
            }
        }
        assertEquals(15, doc.select("#comparison tbody tr").size());
        assertEquals(9, doc.select("#comparison thead th").size());
    }

    @Test
    void aReportMadeWithFactsOverSixMonthsOldSaysSo() {
        assertFalse(
                doc.select("header .meta").text().contains("more than 6 months"),
                "fresh facts: no warning");
        ReportModel later =
                ReportFixtures.BUILDER.build(Optional.empty(), ReportFixtures.DATE.plusMonths(7));
        String meta = Jsoup.parse(HtmlReport.render(later)).select("header .meta").text();
        assertTrue(
                meta.contains("Knowledge as of") && meta.contains("more than 6 months ago"), meta);
    }

    @Test
    void itIsSelfContained() {
        assertTrue(doc.select("script, link, img, iframe, object, embed").isEmpty());
        assertTrue(doc.select("[src], [href]").isEmpty(), doc.select("[src], [href]").toString());
        String css = doc.select("style").html();
        assertFalse(css.contains("url(") || css.contains("@import"));
        assertTrue(css.contains("@media print"));
    }

    @Test
    void meaningNeverRestsOnColour() {
        assertTrue(doc.select("#comparison th.recommended").text().contains("Recommended"));
        assertTrue(
                doc.select("#comparison td").stream()
                        .allMatch(td -> td.text().matches("(Yes|Partly|No|Info): .*")));
        assertTrue(
                doc.select("#matrix td").stream()
                        .allMatch(
                                td ->
                                        td.text().contains("Process:")
                                                && td.text().contains("Hyper-V:")));
        assertTrue(doc.title().contains("сервер-01"));
        assertTrue(
                doc.text()
                        .contains(
                                "Knowledge as of "
                                        + dev.dockwise.TestEngine.ADVISOR
                                                .knowledge()
                                                .meta()
                                                .asOf()));
    }

    @Test
    void userTextIsEscaped() {
        ReportModel model =
                ReportFixtures.model(
                        Optional.of(
                                TestProfile.baseline()
                                        .name("<script>alert(1)</script>")
                                        .profile()));
        Document d = Jsoup.parse(HtmlReport.render(model));
        assertTrue(d.select("script").isEmpty());
        assertTrue(d.title().contains("<script>"));
    }
}
