package dev.dockwise.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.engine.facts.Knowledge;
import dev.dockwise.engine.facts.KnowledgeMeta;
import dev.dockwise.knowledge.KnowledgeBase;
import java.time.LocalDate;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;

/**
 * Facts older than six months turn the status bar's knowledge date into a warning that says why.
 */
class StaleKnowledgeTest extends WizardTestBase {

    @Override
    protected Knowledge knowledge() {
        Knowledge k = KnowledgeBase.bundled();
        KnowledgeMeta old =
                new KnowledgeMeta(
                        LocalDate.now().minusMonths(7),
                        k.meta().title(),
                        k.meta().compiledFrom(),
                        k.meta().source());
        return new Knowledge(
                old,
                k.sources(),
                k.releases(),
                k.editions(),
                k.editionIds(),
                k.images(),
                k.compatibility(),
                k.modes(),
                k.licensing(),
                k.virtualization(),
                k.orchestration(),
                k.install(),
                k.errors());
    }

    @Test
    void theStatusBarWarnsThatTheKnowledgeIsOld() {
        Label date = node("#knowledgeDate");
        assertTrue(date.getText().contains("over 6 months old"), date.getText());
        assertTrue(date.getStyleClass().contains("dw-warning"));
        assertTrue(
                date.getTooltip().getText().contains("Look for a newer Dockwise"),
                date.getTooltip().getText());
    }
}
