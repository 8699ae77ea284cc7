package dev.dockwise.ui.shell;

import dev.dockwise.ui.actions.ActionFactory;
import dev.dockwise.ui.actions.ActionRegistry;
import dev.dockwise.ui.actions.StandardAction;
import dev.dockwise.ui.common.FilePicker;
import dev.dockwise.ui.common.Resources;
import dev.dockwise.ui.export.ExportActions;
import dev.dockwise.ui.settings.AppSettings;
import dev.dockwise.ui.settings.Autosave;
import dev.dockwise.ui.settings.SettingsStore;
import dev.dockwise.ui.setupcheck.ComputerAssessmentViewModel;
import dev.dockwise.ui.wizard.DocumentViewModel;
import dev.dockwise.ui.wizard.ExportViewModel;
import dev.dockwise.ui.wizard.FinishViewModel;
import dev.dockwise.ui.wizard.ReportsViewModel;
import dev.dockwise.ui.wizard.WizardSession;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;

/**
 * The main window: the stage, the menu bar, the status bar, and which page is shown (the wizard or
 * a tool page). What the menus and views ask for goes through the {@link ActionRegistry}, whose
 * commands {@link DocumentActions}, {@link ExportActions} and {@link ToolPages} register.
 */
public final class MainWindow {
    private final Stage stage;
    private final WizardSession vm;
    private final Preferences preferences;
    private final DocumentActions documents;
    private final BooleanProperty showLegacy = new SimpleBooleanProperty(true);
    private final BooleanProperty dark = new SimpleBooleanProperty(false);
    private final StatusBar status = new StatusBar();
    private final Label saveState = new Label();
    private final WizardView wizard;
    private final BorderPane root;
    private boolean shutDown;
    private final BooleanProperty wizardShown =
            new SimpleBooleanProperty(this, "wizardShown", true);

    /**
     * The window on a stage that may already show the first frame, whose buttons asked {@code
     * actions}: they get their commands here, and what was asked meanwhile is done next.
     */
    public MainWindow(
            Stage stage,
            WizardSession vm,
            SettingsStore settingsStore,
            Autosave autosave,
            DesktopServices desktop,
            ActionRegistry actions) {
        this.stage = stage;
        this.vm = vm;
        this.preferences = new Preferences(settingsStore, status::setText);
        FilePicker files = desktop.filePicker().apply(stage);
        files.rememberFolders(
                () -> java.util.Optional.ofNullable(preferences.get().lastFolder()),
                folder -> preferences.update(s -> s.withLastFolder(folder)));
        AppSettings settings = preferences.get();
        showLegacy.set(settings.showLegacyModes());
        dark.set(settings.theme() == AppSettings.Theme.DARK);
        documents =
                new DocumentActions(
                        stage,
                        vm,
                        new DocumentViewModel(vm),
                        new ComputerAssessmentViewModel(vm),
                        files,
                        autosave,
                        preferences,
                        status::setText);
        FinishViewModel finish = new FinishViewModel(vm);
        ExportActions exports =
                new ExportActions(stage, vm, files, status::setText, finish, desktop.printers());
        ExportViewModel scripts = new ExportViewModel(vm);
        ActionFactory factory = new ActionFactory(actions);
        wizard = new WizardView(vm, scripts, factory, preferences.recentFiles(), showLegacy);
        root = new BorderPane(wizard);
        ToolPages tools =
                new ToolPages(
                        stage,
                        vm,
                        files,
                        documents,
                        root::setCenter,
                        this::showWizard,
                        status::setText);
        documents.registerIn(actions);
        exports.registerIn(actions, scripts);
        tools.registerIn(actions, finish, this::quit);
        actions.register(StandardAction.QUIT, this::quit);
        // Back and Next act on the wizard: not while a tool page or the Finish page is shown
        wizardShown.bind(
                javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> root.getCenter() == wizard, root.centerProperty()));
        actions.register(StandardAction.BACK, vm::back, wizardShown.and(vm.canGoBackProperty()));
        actions.register(StandardAction.NEXT, vm::next, wizardShown.and(vm.canGoNextProperty()));
        actions.register(
                StandardAction.SKIP_TO_SCRIPT,
                () -> showStep(dev.dockwise.ui.wizard.Step.EXPORT),
                wizardShown.and(vm.canSkipToScriptProperty()));
        root.setTop(
                new MainMenu(
                                factory,
                                vm,
                                this::showStep,
                                wizardShown,
                                preferences.recentFiles(),
                                showLegacy,
                                dark)
                        .bar());
        root.setBottom(statusBar());
        root.getStyleClass().add("dockwise");
        documents.acceptDrops(root);
        javafx.geometry.Rectangle2D bounds =
                WindowPlacement.of(settings, WindowPlacement.screens());
        Scene scene = new Scene(root, bounds.getWidth(), bounds.getHeight());
        scene.getStylesheets().add(Resources.external("/dev/dockwise/ui/app.css"));
        Themes.apply(dark.get());
        dark.addListener(
                (obs, old, now) -> {
                    Themes.apply(now);
                    preferences.update(
                            s ->
                                    s.withTheme(
                                            now
                                                    ? AppSettings.Theme.DARK
                                                    : AppSettings.Theme.LIGHT));
                });
        showLegacy.addListener(
                (obs, old, now) -> preferences.update(s -> s.withShowLegacyModes(now)));
        placeStage(settings);
        vm.fileProperty().addListener(o -> refreshTitle());
        vm.dirtyProperty().addListener(o -> refreshTitle());
        vm.nameProperty().addListener(o -> refreshTitle());
        refreshTitle();
        stage.setOnCloseRequest(
                e -> {
                    if (!documents.confirmDiscardOrSave()) {
                        e.consume();
                    } else {
                        shutdown();
                    }
                });
        actions.ready(javafx.application.Platform::runLater);
    }

    private void placeStage(AppSettings settings) {
        stage.setScene(root.getScene());
        dev.dockwise.ui.common.MnemonicKeys.install(stage);
        WindowPlacement.apply(stage, settings);
        AppIcons.install(stage);
    }

    /** Offers to recover answers a crashed window kept; true when it recovered them. */
    public boolean offerRecovery() {
        return documents.offerRecovery();
    }

    /**
     * Opens a file as the desktop or the command line asks, without questions about unsaved answers
     * (there are none yet).
     */
    public void load(Path file) {
        documents.load(file);
    }

    /**
     * The wizard at this step, from wherever the user is (the Go menu and Ctrl+1..7 work on the
     * tool pages too).
     */
    private void showStep(dev.dockwise.ui.wizard.Step step) {
        showWizard();
        vm.goTo(step);
    }

    /** Back from a tool page to the wizard, where the user left it. */
    private void showWizard() {
        root.setCenter(wizard);
        status.setText("");
    }

    /**
     * File > Quit and its shortcut: the same question as the window's close button (a program's
     * {@code stage.close()} skips the close request, so it must be asked here). Unanswered, the
     * window stays open with everything in it.
     */
    private void quit() {
        if (documents.confirmDiscardOrSave()) {
            shutdown();
            stage.close();
        }
    }

    /**
     * A clean exit: remember the window, drop the autosave (the user chose to save or not). Once.
     */
    public void shutdown() {
        if (shutDown) {
            return;
        }
        shutDown = true;
        documents.close();
        AppSettings s = preferences.get();
        boolean max = stage.isMaximized();
        preferences.update(
                p ->
                        p.withWindow(
                                stage.getX(),
                                stage.getY(),
                                max ? s.windowWidth() : stage.getWidth(),
                                max ? s.windowHeight() : stage.getHeight(),
                                max));
    }

    // ---- chrome ----

    private StatusBar statusBar() {
        status.setId("statusBar");
        status.setText("");
        Label knowledge =
                KnowledgeDateLabel.of(new ReportsViewModel(vm).knowledgeMeta(), LocalDate.now());
        saveState.setId("saveState");
        status.getRightItems().addAll(saveState, new Label("  |  "), knowledge);
        return status;
    }

    private void refreshTitle() {
        String name = vm.nameProperty().get();
        String shown =
                vm.getFile() != null
                        ? vm.getFile().getFileName().toString()
                        : (name == null || name.isBlank() ? "New assessment" : name);
        stage.setTitle((vm.isDirty() ? "* " : "") + shown + " - Dockwise");
        saveState.setText(
                vm.getFile() == null
                        ? "Not saved yet"
                        : (vm.isDirty() ? "Unsaved changes - " : "Saved - ") + vm.getFile());
    }
}
