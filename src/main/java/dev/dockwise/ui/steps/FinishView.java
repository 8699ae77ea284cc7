package dev.dockwise.ui.steps;

import dev.dockwise.ui.common.Icons;
import dev.dockwise.ui.common.StepPage;
import dev.dockwise.ui.common.StyleClasses;
import dev.dockwise.ui.common.WrappedText;
import dev.dockwise.ui.wizard.FinishViewModel;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The page after the last step: what was done, what to do next, and the ways on. */
public final class FinishView extends StepPage {
    private final FinishViewModel vm;
    private final VBox done = new VBox(6);
    private final VBox next = new VBox(6);

    public FinishView(FinishViewModel vm, Runnable back, Runnable newAssessment, Runnable quit) {
        super("Finished", "What you took away from this assessment, and what to do with it next.");
        this.vm = vm;
        setId("finishPage");
        done.setId("finishDone");
        next.setId("finishNext");
        Button backButton = new Button("_Back to the assessment", Icons.of(Material2AL.ARROW_BACK));
        backButton.setId("finishBack");
        backButton.setOnAction(e -> back.run());
        Button fresh = new Button("_New assessment", Icons.of(Material2AL.ADD));
        fresh.setId("finishNew");
        fresh.setOnAction(e -> newAssessment.run());
        Button close = new Button("_Quit Dockwise", Icons.of(Material2MZ.POWER_SETTINGS_NEW));
        close.setId("finishQuit");
        close.setOnAction(e -> quit.run());
        close.setDefaultButton(true);
        add(
                card("Done", done),
                card("What to do next", next),
                new HBox(10, backButton, fresh, close));
        refresh();
    }

    /** A card of another page's offer, shown above the buttons (Check the setup, on Windows). */
    public void offer(javafx.scene.Node card) {
        content.getChildren().add(content.getChildren().size() - 1, card);
    }

    /** Shows the session as it is now (called each time the page is shown). */
    public void refresh() {
        done.getChildren().clear();
        done.getChildren().add(line("Recommended for this host: " + vm.mode()));
        done.getChildren().add(line(vm.assessment()));
        if (vm.getDone().isEmpty()) {
            done.getChildren().add(muted("No script or report saved in this session yet."));
        }
        for (FinishViewModel.Done d : vm.getDone()) {
            done.getChildren().add(line(d.what() + ": " + d.where()));
        }
        next.getChildren().clear();
        int n = 1;
        for (String step : vm.nextSteps()) {
            next.getChildren().add(line(n++ + ". " + step));
        }
    }

    private static VBox card(String title, VBox body) {
        Label heading = new Label(title);
        heading.getStyleClass().add(StyleClasses.SECTION_TITLE);
        VBox box = new VBox(8, heading, body);
        box.getStyleClass().add(StyleClasses.CARD);
        return box;
    }

    private static Label line(String text) {
        return new WrappedText(text);
    }

    private static Label muted(String text) {
        Label l = line(text);
        l.getStyleClass().add(StyleClasses.MUTED);
        return l;
    }
}
