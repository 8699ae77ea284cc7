package dev.dockwise.ui.common;

import dev.dockwise.engine.facts.Source;
import java.util.List;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;

/**
 * "Learn more:" and a link to each source on the web that the facts shown come from; opened in the
 * browser.
 */
public final class SourceLinks extends FlowPane {
    public SourceLinks(String about, List<Source> sources) {
        super(8, 2);
        Label learn = new Label("Learn more:");
        learn.getStyleClass().add(StyleClasses.MUTED);
        getChildren().add(learn);
        for (Source source : sources) {
            source.webAddress()
                    .ifPresent(
                            address -> {
                                Hyperlink link = new Hyperlink(source.title());
                                link.setMnemonicParsing(false);
                                link.setTooltip(
                                        new Tooltip(address + " (" + source.snapshot() + ")"));
                                link.setAccessibleText(
                                        "Learn more about " + about + ": " + source.title());
                                link.setOnAction(e -> Browser.open(address));
                                getChildren().add(link);
                            });
        }
        setVisible(getChildren().size() > 1);
        setManaged(isVisible());
    }
}
