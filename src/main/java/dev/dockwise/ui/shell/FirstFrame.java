package dev.dockwise.ui.shell;

import dev.dockwise.scripts.GeneratedScript;
import dev.dockwise.ui.common.Resources;
import dev.dockwise.ui.settings.AppSettings;
import dev.dockwise.ui.steps.StartStepView;
import dev.dockwise.ui.wizard.AppActions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * The window's first frame: the Start step, in the user's theme and window size, shown before the
 * knowledge base, the advisor and the rest of the window are ready. What the user asks for in the
 * meantime is done as soon as the main window takes over (a moment later).
 */
public final class FirstFrame implements AppActions {
    private final List<Consumer<AppActions>> waiting = new ArrayList<>();
    private AppActions ready;

    /** Shows the Start step on the stage at once. */
    public FirstFrame(Stage stage, AppSettings settings) {
        Themes.apply(settings.theme() == AppSettings.Theme.DARK);
        BorderPane root = new BorderPane(new StartStepView(this, FXCollections.observableArrayList(settings.recentFiles())));
        root.getStyleClass().add("dockwise");
        Scene scene = new Scene(root, settings.windowWidth(), settings.windowHeight());
        scene.getStylesheets().add(Resources.external("/dev/dockwise/ui/app.css"));
        stage.setScene(scene);
        stage.setTitle("Dockwise");
        AppIcons.install(stage);
        if (!Double.isNaN(settings.windowX())) {
            stage.setX(settings.windowX());
            stage.setY(settings.windowY());
        }
        stage.setMaximized(settings.maximized());
    }

    /** The main window takes over: what was asked in the meantime is done now, in order. */
    public void handOver(AppActions window) {
        ready = window;
        waiting.forEach(action -> action.accept(window));
        waiting.clear();
    }

    private void when(Consumer<AppActions> action) {
        if (ready != null) {
            action.accept(ready);
        } else {
            waiting.add(action);
        }
    }

    @Override
    public void newAssessment() {
        when(AppActions::newAssessment);
    }

    @Override
    public void open() {
        when(AppActions::open);
    }

    @Override
    public void openFile(Path file) {
        when(a -> a.openFile(file));
    }

    @Override
    public void importProbe() {
        when(AppActions::importProbe);
    }

    @Override
    public void assessThisComputer() {
        when(AppActions::assessThisComputer);
    }

    @Override
    public boolean save() {
        return false;
    }

    @Override
    public boolean saveAs() {
        return false;
    }

    @Override
    public void exportMarkdown() {
    }

    @Override
    public void exportJson() {
    }

    @Override
    public void exportComparisonCsv() {
    }

    @Override
    public void copySummary() {
    }

    @Override
    public void saveScript(GeneratedScript script) {
    }

    @Override
    public void saveProbe() {
    }

    @Override
    public void print() {
    }

    @Override
    public void savePdf() {
    }

    @Override
    public void saveHtml() {
    }

    @Override
    public void troubleshoot() {
        when(AppActions::troubleshoot);
    }

    @Override
    public void planFleet() {
        when(AppActions::planFleet);
    }

    @Override
    public void finish() {
        when(AppActions::finish);
    }
}
