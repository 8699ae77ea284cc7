package dev.dockwise.ui;

import dev.dockwise.engine.diagnose.Diagnoser;
import dev.dockwise.files.LogText;
import dev.dockwise.fleet.FleetStatus;
import dev.dockwise.fleet.HostPlan;
import dev.dockwise.fleet.PlanFolder;
import dev.dockwise.ui.fleet.FleetView;
import dev.dockwise.ui.fleet.FleetViewModel;
import dev.dockwise.ui.troubleshoot.TroubleshootView;
import dev.dockwise.ui.troubleshoot.TroubleshootViewModel;
import dev.dockwise.engine.compare.ComparisonTable;
import dev.dockwise.files.AtomicFiles;
import dev.dockwise.profile.InvalidProfileException;
import dev.dockwise.report.text.ComparisonOutput;
import dev.dockwise.report.text.RecommendationJson;
import dev.dockwise.report.text.RecommendationMarkdown;
import dev.dockwise.report.text.RecommendationText;
import dev.dockwise.engine.result.Recommendation;
import dev.dockwise.report.HtmlReport;
import dev.dockwise.report.PdfReport;
import dev.dockwise.report.ReportBuilder;
import dev.dockwise.report.ReportModel;
import dev.dockwise.ui.common.Dialogs;
import dev.dockwise.ui.print.PrintPreview;
import dev.dockwise.ui.print.ReportPages;
import dev.dockwise.ui.common.FilePicker;
import dev.dockwise.ui.common.Resources;
import dev.dockwise.ui.settings.AppSettings;
import dev.dockwise.ui.settings.Autosave;
import dev.dockwise.ui.settings.SettingsStore;
import dev.dockwise.AppInfo;
import dev.dockwise.scripts.GeneratedScript;
import dev.dockwise.scripts.ProbeScript;
import dev.dockwise.scripts.ScriptGenerator;
import dev.dockwise.ui.wizard.AppActions;
import dev.dockwise.ui.wizard.ExportViewModel;
import dev.dockwise.ui.wizard.Step;
import dev.dockwise.ui.wizard.WizardView;
import dev.dockwise.ui.wizard.WizardViewModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.controlsfx.control.StatusBar;

/**
 * The main window: menu bar, wizard and status bar, and everything that touches files, dialogs,
 * settings and autosave. Implements the actions the wizard's views ask for.
 */
public final class MainWindow implements AppActions {
    static final String PROFILE_PATTERN = "*.dockwise.json";
    private static final int LOG_SHOWN = 2_000_000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final Stage stage;
    private final WizardViewModel vm;
    private final SettingsStore settingsStore;
    private final Autosave autosave;
    private final FilePicker files;
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final BooleanProperty showLegacy = new SimpleBooleanProperty(true);
    private final BooleanProperty dark = new SimpleBooleanProperty(false);
    private final PauseTransition autosaveDelay = new PauseTransition(Duration.millis(800));
    private final StatusBar status = new StatusBar();
    private final Label saveState = new Label();
    private final WizardView wizard;
    private final ExportViewModel scripts;
    private final BorderPane root;
    private TroubleshootViewModel troubleshooter;
    private TroubleshootView troubleshootView;
    private FleetViewModel fleet;
    private FleetView fleetView;
    private AppSettings settings;
    private java.util.function.BooleanSupplier printers = () -> !javafx.print.Printer.getAllPrinters().isEmpty();

    public MainWindow(Stage stage, WizardViewModel vm, SettingsStore settingsStore, Autosave autosave,
                      Function<Stage, FilePicker> filePicker) {
        this.stage = stage;
        this.vm = vm;
        this.settingsStore = settingsStore;
        this.autosave = autosave;
        this.files = filePicker.apply(stage);
        this.settings = settingsStore.load();
        recentFiles.setAll(settings.recentFiles());
        showLegacy.set(settings.showLegacyModes());
        dark.set(settings.theme() == AppSettings.Theme.DARK);
        scripts = new ExportViewModel(vm, new ScriptGenerator(vm.advisor().knowledge(), AppInfo.version()));
        wizard = new WizardView(vm, scripts, this, recentFiles, showLegacy);
        root = new BorderPane(wizard);
        root.setTop(new MainMenu(this, vm, recentFiles, showLegacy, dark, stage::close).bar());
        root.setBottom(statusBar());
        root.getStyleClass().add("dockwise");
        root.setOnDragOver(this::dragOver);
        root.setOnDragDropped(this::dropped);
        Scene scene = new Scene(root, settings.windowWidth(), settings.windowHeight());
        scene.getStylesheets().add(Resources.external("/dev/dockwise/ui/app.css"));
        MainMenu.installShortcuts(scene, vm);
        Themes.apply(dark.get());
        dark.addListener((obs, old, now) -> {
            Themes.apply(now);
            saveSettings(settings.withTheme(now ? AppSettings.Theme.DARK : AppSettings.Theme.LIGHT));
        });
        showLegacy.addListener((obs, old, now) -> saveSettings(settings.withShowLegacyModes(now)));
        stage.setScene(scene);
        stage.setMinWidth(980);
        stage.setMinHeight(640);
        if (!Double.isNaN(settings.windowX())) {
            stage.setX(settings.windowX());
            stage.setY(settings.windowY());
        }
        stage.setMaximized(settings.maximized());
        AppIcons.install(stage);
        vm.fileProperty().addListener(o -> refreshTitle());
        vm.dirtyProperty().addListener(o -> refreshTitle());
        vm.draft().name.addListener(o -> refreshTitle());
        refreshTitle();
        autosaveDelay.setOnFinished(e -> writeAutosave());
        vm.draft().revisionProperty().addListener(o -> autosaveDelay.playFromStart());
        stage.setOnCloseRequest(e -> {
            if (!confirmDiscardOrSave()) {
                e.consume();
            } else {
                shutdown();
            }
        });
    }

    public WizardViewModel vm() {
        return vm;
    }

    public WizardView wizard() {
        return wizard;
    }

    public Stage stage() {
        return stage;
    }

    public Autosave autosave() {
        return autosave;
    }

    /** Offers to recover answers an earlier run kept; true when it recovered them. */
    public boolean offerRecovery() {
        List<Autosave.Snapshot> orphans = autosave.orphans();
        if (orphans.isEmpty()) {
            return false;
        }
        Autosave.Snapshot newest = orphans.get(0);
        boolean recover = Dialogs.recover(stage, TIME.format(newest.savedAt()));
        if (recover) {
            vm.recover(newest.draft(), newest.file().orElse(null));
            // the answers now belong to this window, which autosaves them under its own name
            writeAutosave();
        }
        autosave.discard(newest);
        return recover;
    }

    // ---- AppActions ----

    @Override
    public void troubleshoot() {
        if (troubleshootView == null) {
            troubleshooter = new TroubleshootViewModel(new Diagnoser(vm.advisor()), vm::getProfile);
            troubleshootView = new TroubleshootView(troubleshooter, this::openLog, this::showWizard);
        }
        troubleshooter.diagnose();
        root.setCenter(troubleshootView);
        status.setText("Troubleshoot: paste an error or open a log.");
    }

    @Override
    public void planFleet() {
        if (fleetView == null) {
            fleet = new FleetViewModel(vm.advisor(), AppInfo.version());
            fleetView = new FleetView(fleet, vm.advisor().knowledge(), this::chooseFleetFolder, this::exportFleet, this::openFleetHost, this::showWizard);
        }
        root.setCenter(fleetView);
        status.setText("");
        if (fleet.summaryProperty().get() == null && !fleet.busyProperty().get()) {
            chooseFleetFolder();
        }
    }

    /** Back from a tool page to the wizard, where the user left it. */
    public void showWizard() {
        root.setCenter(wizard);
        status.setText("");
    }

    public FleetViewModel fleet() {
        return fleet;
    }

    public TroubleshootViewModel troubleshooter() {
        return troubleshooter;
    }

    private void openLog() {
        files.open("Open a log", "Logs and text files", "*.log", "*.txt").ifPresent(file -> {
            try {
                String text = LogText.read(file);
                // A text area with tens of megabytes is unusable; the failure is usually near the end.
                boolean cut = text.length() > LOG_SHOWN;
                troubleshooter.sourceProperty().set(cut ? "the last " + LOG_SHOWN / 1_000_000 + " million characters of " + file.getFileName()
                        : file.getFileName().toString());
                troubleshooter.errorTextProperty().set(cut ? text.substring(text.length() - LOG_SHOWN) : text);
                troubleshooter.diagnose();
            } catch (java.nio.charset.CharacterCodingException e) {
                Dialogs.error(stage, "Not a text file", file + " does not look like a log: it holds binary data.");
            } catch (IOException e) {
                Dialogs.error(stage, "Could not read the log", file + ": " + reason(e));
            }
        });
    }

    private void chooseFleetFolder() {
        files.folder("Choose a folder of profiles").ifPresent(fleet::plan);
    }

    private void exportFleet() {
        files.folder("Export the plan into a folder").ifPresent(out -> {
            boolean replace = !PlanFolder.isEmpty(out);
            if (replace && !Dialogs.replace(stage, out.getFileName() + " is not empty",
                    "Replace the plan in it (hosts, summary.csv and summary.html) with this fleet's? Other files in the folder stay.")) {
                return;
            }
            fleet.export(out, replace);
        });
    }

    private void openFleetHost(HostPlan host) {
        Path folder = fleet.folderProperty().get();
        if (host.status() == FleetStatus.INVALID || folder == null || !java.nio.file.Files.isDirectory(folder)) {
            status.setText(host.status() == FleetStatus.INVALID ? host.origin() + " is not a valid profile: " + String.join("; ", host.problems())
                    : "Hosts from a .jsonl file can't be opened one by one.");
            return;
        }
        Path file = folder.resolve(host.origin()); // from a folder, the origin is the file's name
        if (confirmDiscardOrSave()) {
            load(file);
            showWizard();
        }
    }

    @Override
    public void newAssessment() {
        if (confirmDiscardOrSave()) {
            vm.newAssessment();
            autosave.clear();
        }
    }

    @Override
    public void open() {
        if (confirmDiscardOrSave()) {
            files.open("Open assessment", "Dockwise assessments", PROFILE_PATTERN, "*.json").ifPresent(this::load);
        }
    }

    @Override
    public void openFile(Path file) {
        if (confirmDiscardOrSave()) {
            load(file);
        }
    }

    @Override
    public void importProbe() {
        if (confirmDiscardOrSave()) {
            files.open("Import probe results", "Profiles written by the Dockwise probe", "*.json").ifPresent(file -> {
                try {
                    vm.importProbe(file);
                } catch (InvalidProfileException e) {
                    unusable(file, e);
                }
            });
        }
    }

    @Override
    public boolean save() {
        if (vm.getFile() == null) {
            return saveAs();
        }
        return write(vm.getFile());
    }

    @Override
    public boolean saveAs() {
        return files.save("Save assessment", suggestedName(".dockwise.json"), "Dockwise assessments", PROFILE_PATTERN)
                .map(this::write).orElse(false);
    }

    @Override
    public void exportMarkdown() {
        export("Export recommendation", ".md", "Markdown", "*.md",
                () -> new RecommendationMarkdown(vm.advisor().knowledge()).render(vm.getProfile(), vm.getRecommendation()));
    }

    @Override
    public void exportJson() {
        export("Export recommendation", ".recommendation.json", "JSON", "*.json", () -> RecommendationJson.render(vm.getRecommendation()));
    }

    @Override
    public void exportComparisonCsv() {
        export("Export comparison", "-comparison.csv", "CSV", "*.csv", () -> new ComparisonOutput(
                new ComparisonTable(vm.advisor().knowledge()), vm.advisor().knowledge().meta().asOf()).csv());
    }

    @Override
    public void saveScript(GeneratedScript script) {
        save("Save install script", script.fileName(), "PowerShell scripts", "*.ps1", script::bytes,
                "run it elevated on the host (add -WhatIf for a dry run).");
    }

    @Override
    public void saveProbe() {
        save("Save probe script", ProbeScript.FILE_NAME, "PowerShell scripts", "*.ps1", ProbeScript::bytes,
                "run it on the host, then import the .dockwise.json it writes.");
    }

    /** Print preview of the report; a clear message instead when no printer is installed. */
    @Override
    public void print() {
        ReportModel model = reportModel();
        Optional<Recommendation> result = Optional.of(vm.getRecommendation());
        PrintPreview preview = new PrintPreview(stage, (w, h) -> new ReportPages(model, result, vm.advisor().knowledge(), w, h).pages());
        preview.show(printers.getAsBoolean());
    }

    @Override
    public void savePdf() {
        save("Save report as PDF", suggestedName("-report.pdf"), "PDF documents", "*.pdf", () -> {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            PdfReport.write(reportModel(), PdfReport.Paper.A4, bytes);
            return bytes.toByteArray();
        }, "");
    }

    @Override
    public void saveHtml() {
        export("Save report as HTML", "-report.html", "HTML", "*.html", () -> HtmlReport.render(reportModel()));
    }

    private ReportModel reportModel() {
        return new ReportBuilder(vm.advisor(), AppInfo.version()).build(Optional.of(vm.getProfile()), java.time.LocalDate.now());
    }

    /** Whether printers are installed; tests replace it. */
    public void setPrinterCheck(java.util.function.BooleanSupplier check) {
        this.printers = check;
    }

    public ExportViewModel scripts() {
        return scripts;
    }

    @Override
    public void copySummary() {
        ClipboardContent content = new ClipboardContent();
        content.putString(new RecommendationText(vm.advisor().knowledge()).render(vm.getProfile(), vm.getRecommendation()));
        Clipboard.getSystemClipboard().setContent(content);
        status.setText("Summary copied to the clipboard.");
    }

    // ---- files ----

    /** Opens a file; problems are reported in plain words and the current answers stay as they were. */
    public void load(Path file) {
        try {
            vm.open(file);
            remember(file);
            autosave.clear();
        } catch (InvalidProfileException e) {
            unusable(file, e);
            if (!Files.exists(file)) {
                recentFiles.remove(file);
                saveSettings(settings.withoutRecent(file));
            }
        }
    }

    private boolean write(Path file) {
        try {
            vm.saveAs(file);
            remember(file);
            autosave.clear();
            status.setText("Saved " + file);
            return true;
        } catch (InvalidProfileException e) {
            Dialogs.error(stage, "Some answers need attention before saving",
                    describe(e) + "\n\nYour answers are kept; fix the marked fields and save again.");
            e.problems().stream().findFirst().ifPresent(p -> vm.goTo(Step.owning(p.path())));
            return false;
        } catch (IOException e) {
            Dialogs.error(stage, "Could not save " + file.getFileName(), "Saving to " + file + " failed: " + reason(e)
                    + "\n\nNothing was overwritten. Choose another folder with Save As.");
            return false;
        }
    }

    private void export(String title, String suffix, String kind, String pattern, java.util.function.Supplier<String> content) {
        save(title, suggestedName(suffix), kind + " files", pattern, () -> content.get().getBytes(StandardCharsets.UTF_8), "");
    }

    /** Asks where, writes atomically, says where it went (and what to do next) or why it could not. */
    private void save(String title, String name, String kind, String pattern, java.util.function.Supplier<byte[]> content, String next) {
        files.save(title, name, kind, pattern).ifPresent(file -> {
            try {
                AtomicFiles.write(file, content.get());
                status.setText("Saved " + file + (next.isEmpty() ? "" : ": " + next));
            } catch (IOException e) {
                Dialogs.error(stage, "Could not save " + file.getFileName(), "Writing " + file + " failed: " + reason(e));
            }
        });
    }

    private void unusable(Path file, InvalidProfileException e) {
        Dialogs.error(stage, "Can't open " + file.getFileName(), describe(e));
    }

    private static String describe(InvalidProfileException e) {
        return String.join("\n", e.shownProblems());
    }

    private static String reason(IOException e) {
        String name = e.getClass().getSimpleName();
        if (name.equals("NoSuchFileException")) {
            return "the folder does not exist";
        }
        if (name.equals("AccessDeniedException")) {
            return "no permission to write there";
        }
        return e.getMessage() == null ? name : e.getMessage();
    }

    private String suggestedName(String suffix) {
        String name = vm.draft().name.get();
        String base = name == null || name.isBlank() ? "assessment" : name.strip().replaceAll("[^A-Za-z0-9._-]+", "-");
        return base + suffix;
    }

    private void remember(Path file) {
        saveSettings(settings.withRecent(file));
        recentFiles.setAll(settings.recentFiles());
    }

    /** True when the user may go on: nothing unsaved, saved now, or chose not to save. */
    boolean confirmDiscardOrSave() {
        if (!vm.isDirty()) {
            return true;
        }
        String name = vm.getFile() != null ? vm.getFile().getFileName().toString() : "this assessment";
        Optional<ButtonType> answer = Dialogs.unsavedChanges(stage, name);
        if (answer.isEmpty()) {
            return false;
        }
        return answer.get() != Dialogs.SAVE || save();
    }

    private void writeAutosave() {
        if (!vm.isDirty()) {
            return;
        }
        try {
            autosave.write(vm.draft().toTree(), vm.getFile());
        } catch (IOException e) {
            status.setText("Autosave failed: " + reason(e));
        }
    }

    /** A clean exit: remember the window, drop the autosave (the user chose to save or not). */
    void shutdown() {
        autosaveDelay.stop();
        autosave.close();
        saveSettings(settings.withWindow(stage.getX(), stage.getY(), stage.isMaximized() ? settings.windowWidth() : stage.getWidth(),
                stage.isMaximized() ? settings.windowHeight() : stage.getHeight(), stage.isMaximized()));
    }

    private void saveSettings(AppSettings next) {
        settings = next;
        try {
            settingsStore.save(next);
        } catch (IOException e) {
            status.setText("Settings could not be saved: " + reason(e));
        }
    }

    // ---- chrome ----

    private StatusBar statusBar() {
        status.setId("statusBar");
        status.setText("");
        Label knowledge = new Label("Knowledge as of " + vm.advisor().knowledge().meta().asOf());
        knowledge.setId("knowledgeDate");
        saveState.setId("saveState");
        status.getRightItems().addAll(saveState, new Label("  |  "), knowledge);
        return status;
    }

    private void refreshTitle() {
        String name = vm.draft().name.get();
        String shown = vm.getFile() != null ? vm.getFile().getFileName().toString() : (name == null || name.isBlank() ? "New assessment" : name);
        stage.setTitle((vm.isDirty() ? "* " : "") + shown + " - Dockwise");
        saveState.setText(vm.getFile() == null ? "Not saved yet" : (vm.isDirty() ? "Unsaved changes - " : "Saved - ") + vm.getFile());
    }

    private void dragOver(DragEvent e) {
        if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().size() == 1) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private void dropped(DragEvent e) {
        boolean done = false;
        if (e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty()) {
            Path file = e.getDragboard().getFiles().get(0).toPath();
            Platform.runLater(() -> openFile(file));
            done = true;
        }
        e.setDropCompleted(done);
        e.consume();
    }
}
