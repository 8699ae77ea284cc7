package dev.dockwise.ui.wizard;

import dev.dockwise.engine.compare.ComparisonTable;
import dev.dockwise.engine.facts.KnowledgeMeta;
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
    private final WizardSession vm;

    public ReportsViewModel(WizardSession vm) {
        this.vm = vm;
    }

    public String markdown() {
        return new RecommendationMarkdown(vm.knowledge())
                .render(vm.getProfile(), vm.getRecommendation());
    }

    public String json() {
        return RecommendationJson.render(vm.getRecommendation());
    }

    public String summaryText() {
        return new RecommendationText(vm.knowledge())
                .render(vm.getProfile(), vm.getRecommendation());
    }

    public String comparisonCsv() {
        return new ComparisonOutput(
                        new ComparisonTable(vm.knowledge()), vm.knowledge().meta().asOf())
                .csv();
    }

    /**
     * The report of the current answers and their one evaluation (PDF, HTML and printing all start
     * from it).
     */
    public ReportModel report() {
        return vm.services()
                .reports()
                .build(vm.getProfile(), vm.getRecommendation(), LocalDate.now());
    }

    public LocalDate knowledgeAsOf() {
        return vm.knowledge().meta().asOf();
    }

    /** When the facts were compiled, and whether that is too long ago. */
    public KnowledgeMeta knowledgeMeta() {
        return vm.knowledge().meta();
    }
}
