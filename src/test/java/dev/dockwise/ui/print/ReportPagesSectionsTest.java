package dev.dockwise.ui.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.TestEngine;
import dev.dockwise.TestProfile;
import dev.dockwise.engine.model.Profile;
import dev.dockwise.report.ReportBuilder;
import dev.dockwise.report.ReportModel;
import dev.dockwise.report.ReportSection;
import dev.dockwise.ui.common.StyleClasses;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * Every section of the report is drawn on the printed pages as more than its heading: a renderer
 * method that draws nothing compiles, and its part is then silently missing from paper only.
 */
@Tag("ui")
class ReportPagesSectionsTest extends ApplicationTest {
    @Override
    public void start(Stage stage) {}

    @Test
    void aHostsReportDrawsEveryKindOfSection() {
        ReportModel model = model(Optional.of(TestProfile.baseline().profile()));
        Set<Class<?>> kinds = kinds(model);
        assertEquals(
                Set.of(ReportSection.class.getPermittedSubclasses()),
                kinds,
                "the baseline host's report has every kind of section");
        assertEachDrawn(model, kinds);
    }

    @Test
    void aCompareOnlyReportDrawsItsSections() {
        ReportModel model = model(Optional.empty());
        assertEachDrawn(model, kinds(model));
    }

    private static ReportModel model(Optional<Profile> profile) {
        return new ReportBuilder(TestEngine.ADVISOR, "test")
                .build(profile, LocalDate.of(2026, 11, 28));
    }

    private static Set<Class<?>> kinds(ReportModel model) {
        return model.sections().stream()
                .<Class<?>>map(Object::getClass)
                .collect(Collectors.toSet());
    }

    private void assertEachDrawn(ReportModel model, Set<Class<?>> kinds) {
        Map<String, Integer> drawn = new HashMap<>();
        List<ReportPage> pages = new ArrayList<>();
        interact(() -> pages.addAll(new ReportPages(model, PagePlan.a4()).pages()));
        for (ReportPage page : pages) {
            count(page.node(), drawn);
        }
        for (Class<?> kind : kinds) {
            assertTrue(
                    drawn.getOrDefault(kind.getSimpleName(), 0) > 0,
                    kind.getSimpleName() + " is drawn as nothing but its heading: " + drawn);
        }
    }

    /** Blocks other than headings, by the section each draws. */
    private static void count(Node node, Map<String, Integer> drawn) {
        if (node.getProperties().get(ReportPages.SECTION) instanceof Class<?> section
                && !node.getStyleClass().contains(StyleClasses.SECTION_TITLE)) {
            drawn.merge(section.getSimpleName(), 1, Integer::sum);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> count(child, drawn));
        }
    }
}
