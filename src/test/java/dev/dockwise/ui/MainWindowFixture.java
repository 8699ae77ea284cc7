package dev.dockwise.ui;

import dev.dockwise.engine.model.Mode;
import dev.dockwise.ui.actions.ActionRegistry;
import dev.dockwise.ui.actions.StandardAction;
import dev.dockwise.ui.settings.Autosave;
import dev.dockwise.ui.settings.SettingsStore;
import dev.dockwise.ui.shell.DesktopServices;
import dev.dockwise.ui.shell.MainWindow;
import dev.dockwise.ui.wizard.Step;
import dev.dockwise.ui.wizard.WizardSession;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The main window as tests drive it. It is made here from parts the fixture keeps (the wizard's
 * model, the stage, the action registry, the autosave); the rest is found on screen by id, where a
 * user finds it. {@link MainWindow} itself offers only what the app calls.
 */
public final class MainWindowFixture {
    private final Stage stage;
    private final WizardSession vm;
    private final ActionRegistry actions = new ActionRegistry();
    private final Autosave autosave;
    private final MainWindow window;

    /** A window with its settings and autosave in {@code config}. Call on the FX thread. */
    public MainWindowFixture(Stage stage, WizardSession vm, Path config, DesktopServices desktop) {
        this.stage = stage;
        this.vm = vm;
        this.autosave = new Autosave(config);
        this.window =
                new MainWindow(stage, vm, new SettingsStore(config), autosave, desktop, actions);
    }

    public MainWindow window() {
        return window;
    }

    public WizardSession vm() {
        return vm;
    }

    public Stage stage() {
        return stage;
    }

    /** What the menus and buttons ask, as they ask it. */
    public ActionRegistry actions() {
        return actions;
    }

    public Autosave autosave() {
        return autosave;
    }

    public boolean offerRecovery() {
        return window.offerRecovery();
    }

    public void load(Path file) {
        window.load(file);
    }

    public void shutdown() {
        window.shutdown();
    }

    /** The wizard at this step from wherever the user is, as the Go menu takes them there. */
    public void showStep(Step step) {
        MenuBar bar = find("menuBar");
        String id = "go-" + step.name().toLowerCase();
        bar.getMenus().stream()
                .flatMap(m -> m.getItems().stream())
                .filter(item -> id.equals(item.getId()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + id + " in the Go menu"))
                .fire();
    }

    /** File > Print: the print preview's window, shown. Call on the FX thread. */
    public Stage printPreview() {
        actions.execute(StandardAction.PRINT);
        return Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null)
                .filter(w -> w.getScene().lookup("#printPreview") != null)
                .filter(Stage.class::isInstance)
                .map(Stage.class::cast)
                .reduce((first, last) -> last)
                .orElseThrow(() -> new AssertionError("File > Print opened no preview"));
    }

    /** The Export step's choice of the mode to install (bound to the script's mode). */
    public ComboBox<Mode> scriptMode() {
        return find("scriptMode");
    }

    /** Whether the Export step has a script to save, and if not, what it says instead. */
    public boolean hasScript() {
        return !this.<Button>find("saveScript").isDisabled();
    }

    public String scriptMessage() {
        return this.<Label>find("scriptMessage").getText();
    }

    /**
     * The fleet page shows a plan (its table of hosts) and nothing runs. Asked on the FX thread, so
     * a test may poll it from its own.
     */
    public boolean fleetPlanned() {
        return onFx(
                () -> {
                    Node table = stage.getScene().lookup("#fleetTable");
                    return table != null && table.isVisible() && !fleetBusyNow();
                });
    }

    /** The fleet page is planning or exporting (its Cancel button shows). */
    public boolean fleetBusy() {
        return onFx(this::fleetBusyNow);
    }

    private boolean fleetBusyNow() {
        Node cancel = stage.getScene().lookup("#cancelFleetButton");
        return cancel != null && cancel.isVisible();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> question) {
        try {
            return javafx.application.Platform.isFxApplicationThread()
                    ? question.call()
                    : org.testfx.util.WaitForAsyncUtils.asyncFx(question).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The node with this id in the window, or a failure naming the id. */
    @SuppressWarnings("unchecked")
    public <T extends Node> T find(String id) {
        Node node = stage.getScene().lookup("#" + id);
        if (node == null) {
            throw new AssertionError("nothing with id " + id + " in the window");
        }
        return (T) node;
    }
}
