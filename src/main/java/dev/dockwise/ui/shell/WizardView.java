package dev.dockwise.ui.shell;

import dev.dockwise.ui.actions.ActionFactory;
import dev.dockwise.ui.actions.StandardAction;
import dev.dockwise.ui.common.Icons;
import dev.dockwise.ui.common.StyleClasses;
import dev.dockwise.ui.steps.CompareStepView;
import dev.dockwise.ui.steps.CompatibilityStepView;
import dev.dockwise.ui.steps.ExportStepView;
import dev.dockwise.ui.steps.HostStepView;
import dev.dockwise.ui.steps.RecommendationStepView;
import dev.dockwise.ui.steps.StartStepView;
import dev.dockwise.ui.steps.WorkloadsStepView;
import dev.dockwise.ui.wizard.CompatibilityStepViewModel;
import dev.dockwise.ui.wizard.ExportViewModel;
import dev.dockwise.ui.wizard.HostStepViewModel;
import dev.dockwise.ui.wizard.Step;
import dev.dockwise.ui.wizard.WizardSession;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.controlsfx.validation.ValidationSupport;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The wizard: steps on the left, the current step in the middle, Back/Next below, live advice on
 * the right.
 */
public final class WizardView extends BorderPane {
    private final WizardSession vm;
    private final Map<Step, Node> pages = new EnumMap<>(Step.class);
    private final StackPane center = new StackPane();
    private final LivePanel live;
    private final ValidationSupport validation = new ValidationSupport();
    private final ActionFactory actions;
    private final ObservableList<Path> recentFiles;
    private final BooleanProperty showLegacy;
    private final ExportViewModel scripts;
    private final StepIndicator steps;

    /** Below this width the step list shows numbers only. */
    static final double COMPACT_STEPS_BELOW = 900;

    /**
     * From this width the live panel sits beside the form; below it, one line above Back/Next says
     * the same.
     */
    static final double LIVE_PANEL_FROM = 1180;

    private final Label liveLine = new Label();
    private boolean livePanelFits = true;

    public WizardView(
            WizardSession vm,
            ExportViewModel scripts,
            ActionFactory actions,
            ObservableList<Path> recentFiles,
            BooleanProperty showLegacy) {
        this.vm = vm;
        this.scripts = scripts;
        this.actions = actions;
        this.recentFiles = recentFiles;
        this.showLegacy = showLegacy;
        getStyleClass().add("dw-wizard");
        live = new LivePanel(vm);
        steps = new StepIndicator(vm);
        setLeft(steps);
        setCenter(center);
        Button back =
                actions.button(
                        StandardAction.BACK,
                        "_Back",
                        Icons.of(Material2AL.ARROW_BACK),
                        "backButton");
        Button next =
                actions.button(
                        StandardAction.NEXT,
                        "_Next",
                        Icons.of(Material2AL.ARROW_FORWARD),
                        "nextButton");
        next.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        next.setDefaultButton(true);
        // on the last step Next becomes Finish: a summary of what was done and what to do next
        next.disableProperty().unbind();
        next.disableProperty()
                .bind(
                        actions.registry()
                                .enabledProperty(StandardAction.NEXT)
                                .not()
                                .and(vm.stepProperty().isNotEqualTo(Step.EXPORT)));
        next.textProperty()
                .bind(
                        Bindings.when(vm.stepProperty().isEqualTo(Step.EXPORT))
                                .then("F_inish")
                                .otherwise("_Next"));
        next.setOnAction(
                e -> {
                    if (vm.getStep() == Step.EXPORT) {
                        actions.registry().execute(StandardAction.FINISH);
                    } else {
                        actions.registry().execute(StandardAction.NEXT);
                    }
                });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        liveLine.setId("liveLine");
        liveLine.textProperty()
                .bind(Bindings.concat("Live recommendation: ", live.headlineProperty()));
        liveLine.getStyleClass().add(StyleClasses.MUTED);
        liveLine.setMinWidth(0);
        liveLine.setWrapText(true);
        // once the answers that decide the mode are given, the rest can be left as they are
        Button skip =
                actions.button(
                        StandardAction.SKIP_TO_SCRIPT,
                        "Skip to the script",
                        Icons.of(Material2AL.FAST_FORWARD),
                        "skipToScript");
        skip.setMnemonicParsing(false);
        skip.visibleProperty().bind(skip.disableProperty().not());
        skip.managedProperty().bind(skip.visibleProperty());
        HBox nav = new HBox(10, liveLine, spacer, skip, back, next);
        nav.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        nav.getStyleClass().add(StyleClasses.NAV_BAR);
        setBottom(nav);
        vm.stepProperty()
                .addListener(
                        (obs, old, now) -> {
                            show(now);
                            dev.dockwise.ui.common.FirstFocus.when(page(now));
                        });
        widthProperty().addListener(o -> fitToWidth());
        // a new, opened or recovered assessment starts each page from its top
        vm.assessmentProperty()
                .addListener(
                        o ->
                                pages.values()
                                        .forEach(
                                                page -> {
                                                    if (page
                                                            instanceof
                                                            javafx.scene.control.ScrollPane
                                                                    scroll) {
                                                        scroll.setVvalue(scroll.getVmin());
                                                        scroll.setHvalue(scroll.getHmin());
                                                    }
                                                }));
        show(vm.getStep());
        dev.dockwise.ui.common.FirstFocus.when(page(vm.getStep()));
    }

    public ValidationSupport validation() {
        return validation;
    }

    /** The page of a step, created on first use. */
    public Node page(Step step) {
        return pages.computeIfAbsent(step, this::create);
    }

    private Node create(Step step) {
        Node page =
                switch (step) {
                    case START -> new StartStepView(actions.registry(), recentFiles);
                    case HOST -> new HostStepView(vm, new HostStepViewModel(vm), validation);
                    case WORKLOADS -> new WorkloadsStepView(vm, validation);
                    case RECOMMENDATION -> new RecommendationStepView(vm);
                    case COMPARE -> new CompareStepView(vm, showLegacy);
                    case COMPATIBILITY ->
                            new CompatibilityStepView(new CompatibilityStepViewModel(vm));
                    case EXPORT -> new ExportStepView(actions, scripts, vm.knowledge());
                };
        page.setId("page-" + step.name().toLowerCase());
        return page;
    }

    private void show(Step step) {
        Node page = page(step);
        if (center.getChildren().size() != 1 || center.getChildren().get(0) != page) {
            center.getChildren().setAll(page);
        }
        boolean answering = step == Step.HOST || step == Step.WORKLOADS;
        setRight(answering && livePanelFits ? live : null);
        liveLine.setVisible(answering && !livePanelFits);
    }

    /**
     * A narrow window: the step list as numbers, the live advice as one line, so the page keeps its
     * room.
     */
    private void fitToWidth() {
        double width = getWidth();
        steps.setCompact(width < COMPACT_STEPS_BELOW);
        boolean fits = width >= LIVE_PANEL_FROM;
        if (fits != livePanelFits) {
            livePanelFits = fits;
            show(vm.getStep());
        }
    }

    public StepIndicator steps() {
        return steps;
    }
}
