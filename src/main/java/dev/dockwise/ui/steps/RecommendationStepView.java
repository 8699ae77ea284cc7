package dev.dockwise.ui.steps;

import dev.dockwise.engine.facts.Knowledge;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.engine.result.ModeAssessment;
import dev.dockwise.engine.result.Recommendation;
import dev.dockwise.ui.common.Bullets;
import dev.dockwise.ui.common.ModeCard;
import dev.dockwise.ui.common.StepPage;
import dev.dockwise.ui.common.StyleClasses;
import dev.dockwise.ui.wizard.WizardSession;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * Step 4: the recommended mode, the best one after changes, and why every other mode is worse or
 * impossible.
 */
public final class RecommendationStepView extends StepPage {
    private final Knowledge knowledge;
    private final VBox cards = new VBox(14);

    public RecommendationStepView(WizardSession vm) {
        super(
                "Recommendation",
                "The best way to run containers on this host as it is, what would make a better one"
                        + " possible, and why each other mode is worse or impossible.");
        this.knowledge = vm.knowledge();
        add(cards);
        vm.recommendationProperty().addListener((obs, old, now) -> show(now));
        show(vm.getRecommendation());
    }

    private void show(Recommendation r) {
        cards.getChildren().clear();
        Optional<Mode> recommended = r.recommended();
        if (recommended.isPresent()) {
            cards.getChildren().add(card(recommended.get(), r, "Recommended"));
        } else {
            Label none =
                    new Label(
                            "Nothing works on this host as it is. "
                                    + (r.bestAfterChanges().isPresent()
                                            ? "The changes below make the best option possible."
                                            : "See below why each mode is impossible and what would"
                                                    + " change that."));
            none.setWrapText(true);
            none.setId("noRecommendation");
            none.getStyleClass().addAll(StyleClasses.CARD, "dw-nothing");
            cards.getChildren().add(none);
        }
        r.bestAfterChanges()
                .ifPresent(m -> cards.getChildren().add(card(m, r, "Best after changes")));
        if (!r.assumptions().isEmpty()) {
            Label title = new Label("What Dockwise assumed");
            title.getStyleClass().add(StyleClasses.SECTION_TITLE);
            VBox box =
                    new VBox(
                            6,
                            title,
                            new Bullets(
                                    Material2AL.HELP_OUTLINE, "dw-assumption", r.assumptions()));
            box.getStyleClass().add(StyleClasses.CARD);
            box.setId("assumptions");
            cards.getChildren().add(box);
        }
        Label others = new Label("Every other mode");
        others.getStyleClass().add(StyleClasses.SECTION_TITLE);
        cards.getChildren().add(others);
        for (ModeAssessment option : r.options()) {
            if (r.recommended().filter(m -> m == option.mode()).isEmpty()
                    && r.bestAfterChanges().filter(m -> m == option.mode()).isEmpty()) {
                cards.getChildren().add(card(option.mode(), r, null));
            }
        }
    }

    /** A mode's card, with links to the sources of what the knowledge says about the mode. */
    private ModeCard card(Mode mode, Recommendation r, String heading) {
        var info = knowledge.modes().mode(mode);
        return new ModeCard(info, r.option(mode), heading, knowledge.sourcesOf(info));
    }
}
