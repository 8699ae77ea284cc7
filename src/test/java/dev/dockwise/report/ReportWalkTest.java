package dev.dockwise.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** One walk of the report's sections, which every rendering follows. */
class ReportWalkTest {
    /** What a renderer is asked to render, and when the page turns, in order. */
    private static List<String> walk(ReportModel model) {
        List<String> calls = new ArrayList<>();
        ReportRenderer recorder =
                (ReportRenderer)
                        Proxy.newProxyInstance(
                                ReportWalkTest.class.getClassLoader(),
                                new Class<?>[] {ReportRenderer.class},
                                (proxy, method, args) -> {
                                    calls.add(
                                            method.getName().equals("orientation")
                                                    ? ((Boolean) args[0] ? "landscape" : "portrait")
                                                    : method.getName());
                                    return null;
                                });
        model.walk(recorder);
        return calls;
    }

    @Test
    void aHostsReportWalksItsPartsInOrderTurningThePageForTheWideTables() {
        assertEquals(
                List.of(
                        "portrait",
                        "title",
                        "host",
                        "verdict",
                        "hostImages",
                        "everyMode",
                        "landscape",
                        "comparison",
                        "compatibility",
                        "portrait",
                        "sources"),
                walk(ReportFixtures.model(Optional.of(ReportFixtures.cyrillicServer()))));
    }

    @Test
    void aHostsReportHasEveryKindOfSection() {
        // a section type made but never placed in ReportModel.sections() compiles, renders and is
        // never shown
        List<Class<?>> placed =
                ReportFixtures.model(Optional.of(ReportFixtures.cyrillicServer()))
                        .sections()
                        .stream()
                        .<Class<?>>map(Object::getClass)
                        .toList();
        for (Class<?> kind : ReportSection.class.getPermittedSubclasses()) {
            assertTrue(
                    placed.contains(kind),
                    kind.getSimpleName() + " is never placed in ReportModel.sections()");
        }
    }

    @Test
    void aCompareOnlyReportHasNoHostParts() {
        assertEquals(
                List.of(
                        "portrait",
                        "title",
                        "landscape",
                        "comparison",
                        "compatibility",
                        "portrait",
                        "sources"),
                walk(ReportFixtures.model(Optional.empty())));
    }

    @Test
    void theHtmlAndThePdfShowThePartsInTheWalksOrder() throws Exception {
        ReportModel model = ReportFixtures.model(Optional.of(ReportFixtures.cyrillicServer()));
        List<String> headings =
                List.of(
                        "The host: ",
                        "Recommendation",
                        "Windows images on ",
                        "Every mode",
                        "Mode comparison",
                        "Windows container compatibility",
                        "Sources");
        String html = HtmlReport.render(model);
        List<String> h2 = new ArrayList<>();
        Matcher m = Pattern.compile("<h2>([^<]*)</h2>").matcher(html);
        while (m.find()) {
            h2.add(m.group(1));
        }
        assertEquals(
                List.of(
                        "The host: сервер-01",
                        "Recommendation",
                        "Windows images on this host",
                        "Every mode",
                        "Mode comparison",
                        "Windows container compatibility",
                        "Sources"),
                h2);
        String pdf;
        try (org.apache.pdfbox.pdmodel.PDDocument doc =
                org.apache.pdfbox.Loader.loadPDF(ReportFixtures.pdf(model, PdfReport.Paper.A4))) {
            pdf = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
        int last = -1;
        for (String heading : headings) {
            int at = pdf.indexOf(heading, last + 1);
            assertTrue(at > last, heading + " after the part before it in the PDF");
            last = at;
        }
    }
}
