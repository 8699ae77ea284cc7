package dev.dockwise.ui.shell;

import dev.dockwise.engine.facts.Knowledge;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.engine.result.ModeAssessment;
import dev.dockwise.engine.result.Recommendation;
import dev.dockwise.ui.common.Badge;
import dev.dockwise.ui.common.StyleClasses;
import dev.dockwise.ui.wizard.WizardSession;
import java.util.Optional;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The recommendation as it stands, re-evaluated on every answer. */
public final class LivePanel extends VBox {
    private final WizardSession vm;
    private final Knowledge knowledge;
    private final Label title = new Label("Live recommendation");
    private final Label mode = new Label();
    private final VBox badge = new VBox();
    private final Label detail = new Label();
    private final Label after = new Label();
    private final Label assumptions = new Label();
    private final Hyperlink problems = new Hyperlink();

    public LivePanel(WizardSession vm) {
        super(10);
        this.vm = vm;
        this.knowledge = vm.knowledge();
        getStyleClass().add(StyleClasses.LIVE_PANEL);
        setId("livePanel");
        title.getStyleClass().add(StyleClasses.SECTION_TITLE);
        mode.setId("liveMode");
        mode.getStyleClass().add(StyleClasses.MODE_NAME);
        for (Label l : new Label[] {mode, detail, after, assumptions}) {
            l.setWrapText(true);
            l.setMinHeight(USE_PREF_SIZE);
        }
        detail.getStyleClass().add(StyleClasses.MUTED);
        after.setId("liveAfterChanges");
        assumptions.getStyleClass().add(StyleClasses.MUTED);
        problems.setId("liveProblems");
        problems.setMnemonicParsing(false);
        problems.setWrapText(true);
        problems.setOnAction(e -> vm.getAttention().stream().findFirst().ifPresent(vm::goTo));
        getChildren().addAll(title, mode, badge, detail, after, assumptions, problems);
        vm.recommendationProperty().addListener(o -> refresh());
        vm.getProblems()
                .addListener((javafx.collections.ListChangeListener<Object>) c -> refresh());
        refresh();
        setPrefWidth(280);
        setMinWidth(240);
    }

    /**
     * The recommended mode's name (or that nothing works), for the one-line form a narrow window
     * shows instead of the panel.
     */
    public javafx.beans.property.ReadOnlyStringProperty headlineProperty() {
        return mode.textProperty();
    }

    private void refresh() {
        Recommendation r = vm.getRecommendation();
        Optional<Mode> rec = r.recommended();
        if (rec.isEmpty()) {
            badge.getChildren().clear();
        }
        if (rec.isPresent()) {
            ModeAssessment option = r.option(rec.get());
            mode.setText(knowledge.modes().mode(rec.get()).name());
            if (badge.getChildren().isEmpty()) {
                badge.getChildren()
                        .add(Badge.of(option.status())); // the recommended mode's badge never
                // changes
            }
            detail.setText(option.reasons().isEmpty() ? "" : option.reasons().get(0));
        } else {
            mode.setText("Nothing works as the host is");
            detail.setText("See the recommendation step for what would change that.");
        }
        after.setText(
                r.bestAfterChanges()
                        .map(
                                m ->
                                        "Best after changes: "
                                                + knowledge.modes().mode(m).name()
                                                + " ("
                                                + r.option(m).fixes().size()
                                                + (r.option(m).fixes().size() == 1
                                                        ? " change)"
                                                        : " changes)"))
                        .orElse(""));
        after.setVisible(r.bestAfterChanges().isPresent());
        after.setManaged(r.bestAfterChanges().isPresent());
        int n = r.assumptions().size();
        assumptions.setText(
                n == 0
                        ? "No assumptions: every answer it needed is known."
                        : n
                                + (n == 1 ? " assumption" : " assumptions")
                                + " about unknown answers.");
        int p = vm.getProblems().size();
        problems.setText(
                p == 0
                        ? ""
                        : p
                                + (p == 1 ? " answer needs" : " answers need")
                                + " attention (treated as unknown).");
        problems.setVisible(p > 0);
        problems.setManaged(p > 0);
    }
}
