package dev.dockwise.ui.steps;

import dev.dockwise.engine.facts.Support;
import dev.dockwise.engine.matrix.MatrixRow;
import dev.dockwise.ui.common.Icons;
import dev.dockwise.ui.common.SourceLinks;
import dev.dockwise.ui.common.StepPage;
import dev.dockwise.ui.common.StyleClasses;
import dev.dockwise.ui.matrix.CompatibilityMatrixView;
import dev.dockwise.ui.wizard.CompatibilityStepViewModel;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Step 6: which Windows images run on which hosts, and what runs on this one. */
public final class CompatibilityStepView extends StepPage {
    private final CompatibilityStepViewModel model;
    private final CompatibilityMatrixView view;
    private final VBox forHost = new VBox(8);

    public CompatibilityStepView(CompatibilityStepViewModel model) {
        super(
                "Compatibility",
                "Windows containers only run images whose build the host supports: process"
                    + " isolation needs the same build (Windows 11 also runs Windows Server 2022"
                    + " images), Hyper-V isolation runs older images too.");
        this.model = model;
        view = new CompatibilityMatrixView(model.knowledge());
        forHost.getStyleClass().add(StyleClasses.CARD);
        forHost.setId("forThisHost");
        Label title = new Label("All hosts (Microsoft's current table)");
        title.getStyleClass().add(StyleClasses.SECTION_TITLE);
        SourceLinks sources = new SourceLinks("Windows container compatibility", model.sources());
        sources.setId("compatibilitySources");
        add(forHost, title, view, CompatibilityMatrixView.legend(), sources);
        keepInViewBeside(view);
        model.hostRowProperty().addListener(o -> show());
        model.images()
                .addListener(
                        (javafx.collections.ListChangeListener<
                                        CompatibilityStepViewModel.ImageLine>)
                                c -> show());
        model.linuxProperty().addListener(o -> show());
        show();
    }

    public CompatibilityMatrixView matrixView() {
        return view;
    }

    private void show() {
        MatrixRow row = model.hostRowProperty().get();
        view.hostRowProperty().set(row != null && row.fromCurrentTable() ? row : null);
        view.neededImageProperty().set(model.neededImageProperty().get());
        forHost.getChildren().clear();
        Label title = new Label("This host" + (row == null ? "" : ": " + row.name()));
        title.getStyleClass().add(StyleClasses.SECTION_TITLE);
        forHost.getChildren().add(title);
        if (row == null) {
            Label hint =
                    new Label(
                            "Enter the build number on the \"This host\" step to see which images"
                                    + " run here.");
            hint.getStyleClass().add(StyleClasses.MUTED);
            forHost.getChildren().add(hint);
        } else {
            forHost.getChildren().add(imageGrid());
        }
        Label linux = new Label(model.linuxProperty().get());
        linux.setWrapText(true);
        linux.setId("linuxOnThisHost");
        forHost.getChildren().add(linux);
    }

    /** Base image x isolation for the image version this host runs (or the one needed). */
    private GridPane imageGrid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("dw-host-images");
        grid.setHgap(18);
        grid.setVgap(6);
        grid.addRow(
                0,
                head("Windows base image"),
                head("Image for " + model.shownVersionProperty().get().id()),
                head("Process isolation"),
                head("Hyper-V isolation"));
        int r = 1;
        for (CompatibilityStepViewModel.ImageLine line : model.images()) {
            Label tag = new Label(line.image().orElse("not published"));
            tag.setWrapText(true);
            if (line.image().isEmpty()) {
                tag.getStyleClass().add(StyleClasses.MUTED);
            }
            Label name = new Label(line.name());
            name.setWrapText(true);
            grid.addRow(r++, name, tag, verdict(line.process()), verdict(line.hyperv()));
        }
        return grid;
    }

    private static Label verdict(Support support) {
        Label l =
                support != null
                        ? new Label(Icons.supportWord(support), Icons.of(Icons.support(support)))
                        : new Label("-");
        if (support != null) {
            l.pseudoClassStateChanged(PseudoClass.getPseudoClass(support.id()), true);
        }
        l.setMinWidth(Label.USE_PREF_SIZE);
        l.getStyleClass().add("dw-verdict");
        return l;
    }

    private static Label head(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(StyleClasses.HEADER);
        l.setWrapText(true);
        return l;
    }
}
