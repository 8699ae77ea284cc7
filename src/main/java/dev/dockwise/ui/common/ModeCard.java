package dev.dockwise.ui.common;

import dev.dockwise.engine.facts.ModeCatalog.ModeInfo;
import dev.dockwise.engine.facts.Source;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.engine.result.Fix;
import dev.dockwise.engine.result.ModeAssessment;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** One mode's verdict: name, status badge, score, and every blocker, change, reason and warning. */
public final class ModeCard extends VBox {
    public ModeCard(ModeInfo info, ModeAssessment option, String heading) {
        this(info.name(), info.summary(), option, heading);
    }

    /**
     * The card of a mode known by its name and one-line summary (the printed pages have these from
     * the report, not the knowledge).
     */
    public ModeCard(String modeName, String modeSummary, ModeAssessment option, String heading) {
        super(8);
        getStyleClass().addAll(StyleClasses.CARD, StyleClasses.MODE_CARD);
        pseudoClassStateChanged(PseudoClass.getPseudoClass(option.status().id()), true);
        setId("mode-" + option.mode().id());
        if (heading != null) {
            Label kicker = new Label(heading);
            kicker.getStyleClass().add("dw-kicker");
            getChildren().add(kicker);
        }
        Label name = new Label(modeName);
        name.getStyleClass().add(StyleClasses.MODE_NAME);
        name.setWrapText(true);
        name.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(10, name, spacer);
        boolean blocked = option.status() == dev.dockwise.engine.model.Status.BLOCKED;
        if (!blocked) {
            top.getChildren().add(fit(option.mode(), modeName, option.score()));
        }
        top.getChildren().add(Badge.of(option.status()));
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label summary = new Label(modeSummary + " (" + option.mode().id() + ")");
        summary.getStyleClass().add(StyleClasses.MUTED);
        summary.setWrapText(true);
        getChildren().addAll(top, summary);
        setAccessibleText(
                modeName
                        + ": "
                        + Icons.statusWord(option.status())
                        + (blocked ? "" : ", fit " + option.score() + " of 100"));
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

    /**
     * The card with "Learn more" links to the sources its facts come from (none in print, which
     * lists the sources at the end).
     */
    public ModeCard(ModeInfo info, ModeAssessment option, String heading, List<Source> sources) {
        this(info, option, heading);
        SourceLinks links = new SourceLinks(info.name(), sources);
        links.setId("learn-more-" + info.id().id());
        if (links.isVisible()) {
            getChildren().add(links);
        }
    }

    /**
     * The score as what it is: how well the mode fits this host and these needs, out of 100, as a
     * bar with its number, and the meaning in the tooltip.
     */
    private static Node fit(Mode mode, String modeName, int score) {
        ProgressBar bar = new ProgressBar(score / 100.0);
        bar.setPrefWidth(64);
        bar.setFocusTraversable(false);
        bar.setMinWidth(40);
        Label number = new Label("fit " + score + "/100");
        number.getStyleClass().add(StyleClasses.MUTED);
        // the score in full, never "fi..." (the name beside it wraps instead)
        number.setMinWidth(Region.USE_PREF_SIZE);
        HBox fit = new HBox(6, bar, number);
        fit.setMinWidth(Region.USE_PREF_SIZE);
        fit.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        fit.setId("fit-" + mode.id());
        Tooltip.install(
                fit,
                new Tooltip(
                        "How well "
                                + modeName
                                + " fits this host and what must run, out of 100: it rises with"
                                + " what\n"
                                + "the mode does well here (speed, isolation, licence, support) and"
                                + " falls with each change it needs.\n"
                                + "Blocked modes get no score; the recommended mode is the"
                                + " best-fitting one that works as the host is."));
        return fit;
    }

    static VBox fixView(Fix fix) {
        Label where =
                new Label(
                        fix.where().label().substring(0, 1).toUpperCase()
                                + fix.where().label().substring(1),
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
