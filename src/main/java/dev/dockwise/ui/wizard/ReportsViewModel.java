package dev.dockwise.ui.wizard;

import dev.dockwise.about.AppInfo;
import dev.dockwise.engine.compare.ComparisonTable;
import dev.dockwise.engine.facts.Knowledge;
import dev.dockwise.engine.facts.KnowledgeMeta;
import dev.dockwise.report.ReportBuilder;
import dev.dockwise.report.ReportModel;
import dev.dockwise.report.text.ComparisonOutput;
import dev.dockwise.report.text.RecommendationJson;
import dev.dockwise.report.text.RecommendationMarkdown;
import dev.dockwise.report.text.RecommendationText;
import java.time.LocalDate;

/**
 * What the wizard exports and prints of the current answers, made by the same renderers as the
 * command line.
 */
public final class ReportsViewModel {
    private final WizardViewModel vm;

    public ReportsViewModel(WizardViewModel vm) {
        this.vm = vm;
    }

    public String markdown() {
        return new RecommendationMarkdown(vm.advisor().knowledge())
                .render(vm.getProfile(), vm.getRecommendation());
    }

    public String json() {
        return RecommendationJson.render(vm.getRecommendation());
    }

    public String summaryText() {
        return new RecommendationText(vm.advisor().knowledge())
                .render(vm.getProfile(), vm.getRecommendation());
    }

    public String comparisonCsv() {
        return new ComparisonOutput(
                        new ComparisonTable(vm.advisor().knowledge()),
                        vm.advisor().knowledge().meta().asOf())
                .csv();
    }

    /**
     * The report of the current answers and their one evaluation (PDF, HTML and printing all start
     * from it).
     */
    public ReportModel report() {
        return new ReportBuilder(vm.advisor(), AppInfo.version())
                .build(vm.getProfile(), vm.getRecommendation(), LocalDate.now());
    }

    /** The facts the report's pages name modes, features and sources from. */
    public Knowledge knowledge() {
        return vm.advisor().knowledge();
    }

    public LocalDate knowledgeAsOf() {
        return vm.advisor().knowledge().meta().asOf();
    }

    /** When the facts were compiled, and whether that is too long ago. */
    public KnowledgeMeta knowledgeMeta() {
        return vm.advisor().knowledge().meta();
    }
}
