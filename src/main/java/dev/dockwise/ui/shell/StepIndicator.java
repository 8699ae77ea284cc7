package dev.dockwise.ui.shell;

import dev.dockwise.ui.common.Icons;
import dev.dockwise.ui.common.StyleClasses;
import dev.dockwise.ui.common.TextWidths;
import dev.dockwise.ui.wizard.Step;
import dev.dockwise.ui.wizard.WizardSession;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;

/** The list of steps: where the user is, which steps need attention; a click goes there. */
public final class StepIndicator extends VBox {
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final PseudoClass ATTENTION = PseudoClass.getPseudoClass("attention");
    private static final PseudoClass COMPACT = PseudoClass.getPseudoClass("compact");

    /**
     * The number (26), the gap after it (10), the item's padding (18) and the list's (22), and some
     * air.
     */
    private static final double CHROME = 26 + 10 + 18 + 22 + 8;

    private static final double MIN_WIDTH = 232;

    /** The numbers alone: each number (26), the item's padding (18) and the list's (22). */
    private static final double COMPACT_WIDTH = 26 + 18 + 22;

    private final Map<Step, Button> buttons = new EnumMap<>(Step.class);
    private final WizardSession vm;
    private final double fullWidth;
    private boolean compact;

    public StepIndicator(WizardSession vm) {
        super(4);
        this.vm = vm;
        getStyleClass().add(StyleClasses.STEP_LIST);
        setId("stepIndicator");
        for (Step step : Step.values()) {
            Label number = new Label(String.valueOf(step.ordinal() + 1));
            number.getStyleClass().add("dw-step-number");
            Button b = new Button(step.title() + "\n" + step.subtitle(), number);
            b.getStyleClass().add(StyleClasses.STEP_ITEM);
            b.setId("step-" + step.name().toLowerCase());
            b.setMaxWidth(Double.MAX_VALUE);
            b.setMnemonicParsing(false);
            b.setOnAction(e -> vm.goTo(step));
            b.setTooltip(new javafx.scene.control.Tooltip(step.title() + ": " + step.subtitle()));
            buttons.put(step, b);
            getChildren().add(b);
        }
        fullWidth = Math.max(MIN_WIDTH, widestBoldLine() + CHROME);
        setMinWidth(fullWidth);
        setPrefWidth(fullWidth);
        vm.stepProperty().addListener(o -> refresh());
        vm.getAttention().addListener((SetChangeListener<Step>) c -> refresh());
        refresh();
    }

    /**
     * The current step is shown in bold, which is wider: the list is as wide as the widest label in
     * bold, so that no step's label is cut ("Windows and hard...") when it becomes the current one.
     */
    private static double widestBoldLine() {
        List<String> lines =
                Arrays.stream(Step.values())
                        .flatMap(step -> Stream.of(step.title(), step.subtitle()))
                        .toList();
        return TextWidths.widest(lines, TextWidths.bold(TextWidths.TEXT_SIZE));
    }

    private void refresh() {
        buttons.forEach(
                (step, b) -> {
                    boolean attention = vm.getAttention().contains(step);
                    b.pseudoClassStateChanged(CURRENT, vm.getStep() == step);
                    b.pseudoClassStateChanged(ATTENTION, attention);
                    b.setContentDisplay(
                            compact
                                    ? javafx.scene.control.ContentDisplay.GRAPHIC_ONLY
                                    : javafx.scene.control.ContentDisplay.LEFT);
                    Label number = (Label) b.getGraphic();
                    boolean marked = number.getGraphic() != null;
                    if (attention != marked) {
                        number.setGraphic(attention ? Icons.of(Material2AL.ERROR_OUTLINE) : null);
                        number.setText(attention ? "" : String.valueOf(step.ordinal() + 1));
                    }
                    b.setAccessibleText(
                            "Step "
                                    + (step.ordinal() + 1)
                                    + ", "
                                    + step.title()
                                    + (vm.getStep() == step ? ", current" : "")
                                    + (attention ? ", needs attention" : ""));
                });
    }

    /**
     * On a narrow window the list shows the steps' numbers alone (their names in the tooltips), so
     * that the page keeps its room and the list stays in view.
     */
    public void setCompact(boolean numbersOnly) {
        if (compact != numbersOnly) {
            compact = numbersOnly;
            double width = compact ? COMPACT_WIDTH : fullWidth;
            setMinWidth(width);
            setPrefWidth(width);
            pseudoClassStateChanged(COMPACT, compact);
            refresh();
        }
    }

    public boolean isCompact() {
        return compact;
    }

    public Button button(Step step) {
        return buttons.get(step);
    }
}
