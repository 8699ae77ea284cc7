package dev.dockwise.ui.shell;

import dev.dockwise.ui.steps.FinishView;
import dev.dockwise.ui.wizard.FinishViewModel;
import dev.dockwise.files.LogText;
import dev.dockwise.fleet.FleetStatus;
import dev.dockwise.fleet.HostPlan;
import dev.dockwise.fleet.PlanFolder;
import dev.dockwise.fleet.PlanFolderContents;
import dev.dockwise.ui.common.Dialogs;
import dev.dockwise.ui.common.FilePicker;
import dev.dockwise.ui.fleet.FleetView;
import dev.dockwise.ui.fleet.FleetViewModel;
import dev.dockwise.ui.troubleshoot.TroubleshootView;
import dev.dockwise.ui.troubleshoot.TroubleshootViewModel;
import dev.dockwise.ui.wizard.WizardViewModel;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.stage.Window;

/**
 * The tool pages beside the wizard, built when first shown: Troubleshoot (paste an error or open a
 * log) and the fleet (plan a folder of profiles, export the plan, open one host in the wizard).
 */
final class ToolPages {
    private static final int LOG_SHOWN = 2_000_000;

    private final Window owner;
    private final WizardViewModel vm;
    private final FilePicker files;
    private final DocumentActions documents;
    private final Consumer<Node> show;
    private final Runnable backToWizard;
    private final Consumer<String> status;
    private TroubleshootViewModel troubleshooter;
    private TroubleshootView troubleshootView;
    private FleetViewModel fleet;
    private FleetView fleetView;
    private FinishView finishView;

    ToolPages(Window owner, WizardViewModel vm, FilePicker files, DocumentActions documents, Consumer<Node> show, Runnable backToWizard,
              Consumer<String> status) {
        this.owner = owner;
        this.vm = vm;
        this.files = files;
        this.documents = documents;
        this.show = show;
        this.backToWizard = backToWizard;
        this.status = status;
    }

    void troubleshoot() {
        if (troubleshootView == null) {
            troubleshooter = TroubleshootViewModel.forWizard(vm);
            troubleshootView = new TroubleshootView(troubleshooter, this::openLog, backToWizard);
        }
        troubleshooter.diagnose();
        show.accept(troubleshootView);
        status.accept("Troubleshoot: paste an error or open a log.");
    }

    void planFleet() {
        if (fleetView == null) {
            fleet = FleetViewModel.forWizard(vm);
            fleetView = new FleetView(fleet, this::chooseFleetFolder, this::exportFleet, this::openFleetHost, backToWizard);
        }
        show.accept(fleetView);
        status.accept("");
        if (fleet.summaryProperty().get() == null && !fleet.busyProperty().get()) {
            chooseFleetFolder();
        }
    }

    /** The Finish page, refreshed each time it is shown. */
    void finish(FinishViewModel finish, Runnable quit) {
        if (finishView == null) {
            finishView = new FinishView(finish, backToWizard, () -> {
                documents.newAssessment();
                backToWizard.run();
            }, quit);
        }
        finishView.refresh();
        show.accept(finishView);
        status.accept("");
    }

    FleetViewModel fleet() {
        return fleet;
    }

    TroubleshootViewModel troubleshooter() {
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
            } catch (CharacterCodingException e) {
                Dialogs.error(owner, "Not a text file", file + " does not look like a log: it holds binary data.");
            } catch (IOException e) {
                Dialogs.error(owner, "Could not read the log", file + ": " + IoMessages.reason(e));
            }
        });
    }

    private void chooseFleetFolder() {
        files.folder("Choose a folder of profiles").ifPresent(fleet::plan);
    }

    private void exportFleet() {
        files.folder("Export the plan into a folder").ifPresent(out -> {
            PlanFolderContents contents;
            try {
                contents = PlanFolder.inspect(out);
            } catch (IOException e) {
                Dialogs.error(owner, "Could not look into the folder", out + ": " + IoMessages.reason(e));
                return;
            }
            boolean replace = contents.kind() == PlanFolderContents.Kind.PLAN;
            if (!replace && contents.refusal(false).isPresent()) {
                Dialogs.error(owner, "Choose another folder for the plan", contents.refusal(false).get());
                return;
            }
            if (replace && !Dialogs.replace(owner, out.getFileName() + " holds a plan Dockwise wrote",
                    "Replace that plan (hosts, summary.csv and summary.html) with this fleet's?")) {
                return;
            }
            fleet.export(out, replace);
        });
    }

    private void openFleetHost(HostPlan host) {
        Path folder = fleet.folderProperty().get();
        if (host.status() == FleetStatus.INVALID || folder == null || !Files.isDirectory(folder)) {
            status.accept(host.status() == FleetStatus.INVALID ? host.origin() + " is not a valid profile: " + String.join("; ", host.problems())
                    : "Hosts from a .jsonl file can't be opened one by one.");
            return;
        }
        Path file = folder.resolve(host.origin()); // from a folder, the origin is the file's name
        if (documents.confirmDiscardOrSave()) {
            documents.load(file);
            backToWizard.run();
        }
    }
}
