package dev.dockwise.ui.common;

import dev.dockwise.engine.facts.ModeCatalog.ModeInfo;
import dev.dockwise.engine.result.Fix;
import dev.dockwise.engine.result.ModeAssessment;
import dev.dockwise.ui.common.Badge;
import dev.dockwise.ui.common.Bullets;
import dev.dockwise.ui.common.CommandBox;
import dev.dockwise.ui.common.Icons;
import dev.dockwise.ui.common.StyleClasses;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** One mode's verdict: name, status badge, score, and every blocker, change, reason and warning. */
public final class ModeCard extends VBox {
    public ModeCard(ModeInfo info, ModeAssessment option, String heading) {
        super(8);
        getStyleClass().addAll(StyleClasses.CARD, StyleClasses.MODE_CARD);
        pseudoClassStateChanged(PseudoClass.getPseudoClass(option.status().id()), true);
        setId("mode-" + info.id().id());
        if (heading != null) {
            Label kicker = new Label(heading);
            kicker.getStyleClass().add("dw-kicker");
            getChildren().add(kicker);
        }
        Label name = new Label(info.name());
        name.getStyleClass().add(StyleClasses.MODE_NAME);
        name.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label score = new Label(option.status() == dev.dockwise.engine.model.Status.BLOCKED ? "" : "score " + option.score());
        score.getStyleClass().add(StyleClasses.MUTED);
        HBox top = new HBox(10, name, spacer, score, Badge.of(option.status()));
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label summary = new Label(info.summary() + " (" + info.id().id() + ")");
        summary.getStyleClass().add(StyleClasses.MUTED);
        summary.setWrapText(true);
        getChildren().addAll(top, summary);
        setAccessibleText(info.name() + ": " + Icons.statusWord(option.status()));
        if (!option.blockers().isEmpty()) {
            getChildren().add(new Bullets(Material2AL.BLOCK, "dw-blocker", option.blockers()));
        }
        if (!option.fixes().isEmpty()) {
            Label title = new Label("Changes to make");
            title.getStyleClass().add(StyleClasses.SECTION_TITLE);
            getChildren().add(title);
            for (Fix fix : option.fixes()) {
                getChildren().add(fixView(fix));
            }
        }
        if (!option.reasons().isEmpty()) {
            getChildren().add(new Bullets(Material2AL.CHECK, "dw-reason", option.reasons()));
        }
        if (!option.warnings().isEmpty()) {
            getChildren().add(new Bullets(Material2MZ.WARNING, "dw-warning", option.warnings()));
        }
    }

    static VBox fixView(Fix fix) {
        Label where = new Label(fix.where().label().substring(0, 1).toUpperCase() + fix.where().label().substring(1),
                Icons.of(Material2AL.BUILD));
        where.getStyleClass().add("dw-fix-where");
        Label action = new Label(fix.action());
        action.setWrapText(true);
        action.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(4, where, action);
        box.getStyleClass().add(StyleClasses.FIX);
        if (fix.hasCommand()) {
            box.getChildren().add(new CommandBox(fix.command()));
        }
        return box;
    }
}
