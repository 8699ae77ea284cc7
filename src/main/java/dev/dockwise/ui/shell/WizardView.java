package dev.dockwise.ui.shell;

import dev.dockwise.ui.wizard.WizardViewModel;
import dev.dockwise.ui.wizard.Step;
import dev.dockwise.ui.actions.ActionFactory;
import dev.dockwise.ui.actions.StandardAction;
import dev.dockwise.ui.wizard.CompatibilityStepViewModel;
import dev.dockwise.ui.wizard.ExportViewModel;
import dev.dockwise.ui.wizard.HostStepViewModel;
import dev.dockwise.ui.common.Icons;
import dev.dockwise.ui.common.StyleClasses;
import dev.dockwise.ui.steps.CompareStepView;
import dev.dockwise.ui.steps.CompatibilityStepView;
import dev.dockwise.ui.steps.ExportStepView;
import dev.dockwise.ui.steps.HostStepView;
import dev.dockwise.ui.steps.RecommendationStepView;
import dev.dockwise.ui.steps.StartStepView;
import dev.dockwise.ui.steps.WorkloadsStepView;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.controlsfx.validation.ValidationSupport;
import org.kordamp.ikonli.material2.Material2AL;

/** The wizard: steps on the left, the current step in the middle, Back/Next below, live advice on the right. */
public final class WizardView extends BorderPane {
    private final WizardViewModel vm;
    private final Map<Step, Node> pages = new EnumMap<>(Step.class);
    private final StackPane center = new StackPane();
    private final LivePanel live;
    private final ValidationSupport validation = new ValidationSupport();
    private final ActionFactory actions;
    private final ObservableList<Path> recentFiles;
    private final BooleanProperty showLegacy;
    private final ExportViewModel scripts;

    public WizardView(WizardViewModel vm, ExportViewModel scripts, ActionFactory actions, ObservableList<Path> recentFiles,
                      BooleanProperty showLegacy) {
        this.vm = vm;
        this.scripts = scripts;
        this.actions = actions;
        this.recentFiles = recentFiles;
        this.showLegacy = showLegacy;
        getStyleClass().add("dw-wizard");
        live = new LivePanel(vm);
        setLeft(new StepIndicator(vm));
        setCenter(center);
        Button back = actions.button(StandardAction.BACK, "_Back", Icons.of(Material2AL.ARROW_BACK), "backButton");
        Button next = actions.button(StandardAction.NEXT, "_Next", Icons.of(Material2AL.ARROW_FORWARD), "nextButton");
        next.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        next.setDefaultButton(true);
        // on the last step Next becomes Finish: a summary of what was done and what to do next
        next.disableProperty().unbind();
        next.disableProperty().bind(actions.registry().enabledProperty(StandardAction.NEXT).not()
                .and(vm.stepProperty().isNotEqualTo(Step.EXPORT)));
        next.textProperty().bind(Bindings.when(vm.stepProperty().isEqualTo(Step.EXPORT)).then("F_inish").otherwise("_Next"));
        next.setOnAction(e -> {
            if (vm.getStep() == Step.EXPORT) {
                actions.registry().execute(StandardAction.FINISH);
            } else {
                actions.registry().execute(StandardAction.NEXT);
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox nav = new HBox(10, spacer, back, next);
        nav.getStyleClass().add(StyleClasses.NAV_BAR);
        setBottom(nav);
        vm.stepProperty().addListener((obs, old, now) -> show(now));
        show(vm.getStep());
    }

    public ValidationSupport validation() {
        return validation;
    }

    /** The page of a step, created on first use. */
    public Node page(Step step) {
        return pages.computeIfAbsent(step, this::create);
    }

    private Node create(Step step) {
        Node page = switch (step) {
            case START -> new StartStepView(actions.registry(), recentFiles);
            case HOST -> new HostStepView(vm, new HostStepViewModel(vm), validation);
            case WORKLOADS -> new WorkloadsStepView(vm, validation);
            case RECOMMENDATION -> new RecommendationStepView(vm);
            case COMPARE -> new CompareStepView(vm, showLegacy);
            case COMPATIBILITY -> new CompatibilityStepView(new CompatibilityStepViewModel(vm));
            case EXPORT -> new ExportStepView(actions, scripts, vm.knowledge());
        };
        page.setId("page-" + step.name().toLowerCase());
        return page;
    }

    private void show(Step step) {
        Node page = page(step);
        center.getChildren().setAll(page);
        dev.dockwise.ui.common.FirstFocus.when(page);
        boolean answering = step == Step.HOST || step == Step.WORKLOADS;
        setRight(answering ? live : null);
    }
}
