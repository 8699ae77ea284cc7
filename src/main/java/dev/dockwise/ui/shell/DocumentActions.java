package dev.dockwise.ui.shell;

import dev.dockwise.ui.actions.ActionRegistry;
import dev.dockwise.ui.actions.StandardAction;
import dev.dockwise.ui.common.Dialogs;
import dev.dockwise.ui.common.FilePicker;
import dev.dockwise.ui.settings.Autosave;
import dev.dockwise.ui.setupcheck.ComputerAssessmentViewModel;
import dev.dockwise.ui.wizard.DocumentViewModel;
import dev.dockwise.ui.wizard.Refusal;
import dev.dockwise.ui.wizard.Step;
import dev.dockwise.ui.wizard.WizardSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * The assessment as a document: new, open (menu, recent files, drag and drop), import a probe,
 * save, save as, the question before unsaved answers are dropped, the autosave while there are
 * unsaved changes and the recovery of a crashed window's answers.
 */
public final class DocumentActions {
    static final String PROFILE_PATTERN = "*.dockwise.json";
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final Window owner;
    private final WizardSession vm;
    private final DocumentViewModel document;
    private final ComputerAssessment thisComputer;
    private final FilePicker files;
    private final Autosave autosave;
    private final Preferences preferences;
    private final Consumer<String> status;
    private final PauseTransition autosaveDelay = new PauseTransition(Duration.millis(800));

    DocumentActions(
            Window owner,
            WizardSession vm,
            DocumentViewModel document,
            ComputerAssessmentViewModel thisComputer,
            FilePicker files,
            Autosave autosave,
            Preferences preferences,
            Consumer<String> status) {
        this.owner = owner;
        this.vm = vm;
        this.document = document;
        this.thisComputer = new ComputerAssessment(owner, thisComputer, status);
        this.files = files;
        this.autosave = autosave;
        this.preferences = preferences;
        this.status = status;
        autosaveDelay.setOnFinished(e -> writeAutosave());
        vm.draft().revisionProperty().addListener(o -> autosaveDelay.playFromStart());
        // the step too: a recovery goes back to it
        vm.stepProperty()
                .addListener(
                        o -> {
                            if (vm.isDirty()) {
                                autosaveDelay.playFromStart();
                            }
                        });
    }

    /** File work the menus and the Start step ask for. */
    void registerIn(ActionRegistry actions) {
        actions.register(StandardAction.NEW_ASSESSMENT, this::newAssessment);
        actions.register(StandardAction.OPEN, this::open);
        actions.register(StandardAction.IMPORT_PROBE, this::importProbe);
        actions.register(StandardAction.ASSESS_THIS_COMPUTER, this::assessThisComputer);
        actions.register(StandardAction.SAVE, this::save);
        actions.register(StandardAction.SAVE_AS, this::saveAs);
        actions.registerFileOpener(this::openFile);
    }

    /** Offers to recover answers a crashed window kept; true when it recovered them. */
    boolean offerRecovery() {
        List<Autosave.Snapshot> orphans = autosave.orphans();
        if (orphans.isEmpty()) {
            return false;
        }
        Autosave.Snapshot newest = orphans.get(0);
        boolean recover = Dialogs.recover(owner, TIME.format(newest.savedAt()));
        if (recover) {
            vm.recover(newest.draft(), newest.file().orElse(null), stepNamed(newest.step()));
            // the answers now belong to this window, which autosaves them under its own name
            writeAutosave();
        }
        autosave.discard(newest);
        return recover;
    }

    private static Step stepNamed(String name) {
        return java.util.Arrays.stream(Step.values())
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElse(Step.HOST);
    }

    void newAssessment() {
        if (confirmDiscardOrSave()) {
            vm.newAssessment();
            autosave.clear();
        }
    }

    void open() {
        if (confirmDiscardOrSave()) {
            files.open("Open assessment", "Dockwise assessments", PROFILE_PATTERN, "*.json")
                    .ifPresent(this::load);
        }
    }

    void openFile(Path file) {
        if (confirmDiscardOrSave()) {
            load(file);
        }
    }

    void importProbe() {
        if (confirmDiscardOrSave()) {
            files.open("Import probe results", "Profiles written by the Dockwise probe", "*.json")
                    .flatMap(document::importProbe)
                    .ifPresent(this::refused);
        }
    }

    void assessThisComputer() {
        if (confirmDiscardOrSave()) {
            thisComputer.start();
        }
    }

    boolean save() {
        return vm.getFile() == null ? saveAs() : write(vm.getFile());
    }

    boolean saveAs() {
        return files.save(
                        "Save assessment",
                        vm.suggestedFileName(".dockwise.json"),
                        "Dockwise assessments",
                        PROFILE_PATTERN)
                .map(this::write)
                .orElse(false);
    }

    /**
     * Opens a file; problems are reported in plain words and the current answers stay as they were.
     */
    void load(Path file) {
        Optional<Refusal> refused = document.open(file);
        if (refused.isEmpty()) {
            preferences.update(s -> s.withRecent(file));
            autosave.clear();
        } else {
            refused(refused.get());
            if (!Files.exists(file)) {
                preferences.update(s -> s.withoutRecent(file));
            }
        }
    }

    private boolean write(Path file) {
        Optional<Refusal> refused = document.saveAs(file);
        if (refused.isPresent()) {
            refused(refused.get());
            return false;
        }
        preferences.update(s -> s.withRecent(file));
        autosave.clear();
        status.accept("Saved " + file);
        return true;
    }

    /** Says why, and shows the step whose answers stand in the way, if any. */
    private void refused(Refusal refusal) {
        Dialogs.error(owner, refusal.title(), refusal.reason());
        refusal.fixOn().ifPresent(vm::goTo);
    }

    /** True when the user may go on: nothing unsaved, saved now, or chose not to save. */
    boolean confirmDiscardOrSave() {
        if (!vm.isDirty()) {
            return true;
        }
        String name =
                vm.getFile() != null ? vm.getFile().getFileName().toString() : "this assessment";
        Optional<ButtonType> answer = Dialogs.unsavedChanges(owner, name);
        if (answer.isEmpty()) {
            return false;
        }
        return answer.get() != Dialogs.SAVE || save();
    }

    private void writeAutosave() {
        if (!vm.isDirty()) {
            return;
        }
        autosave.tryWrite(vm.draft().held(), vm.getFile(), vm.getStep().name())
                .ifPresent(why -> status.accept("Autosave failed: " + why));
    }

    /** A clean exit: the autosave goes (the user chose to save or not). */
    void close() {
        autosaveDelay.stop();
        autosave.close();
    }

    /** A single file dropped on the window opens like File > Open. */
    void acceptDrops(Node target) {
        target.setOnDragOver(this::dragOver);
        target.setOnDragDropped(this::dropped);
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
