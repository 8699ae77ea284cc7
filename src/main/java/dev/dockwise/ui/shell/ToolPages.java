package dev.dockwise.ui.shell;

import dev.dockwise.ui.actions.ActionRegistry;
import dev.dockwise.ui.actions.StandardAction;
import dev.dockwise.ui.common.Dialogs;
import dev.dockwise.ui.common.FilePicker;
import dev.dockwise.ui.common.Icons;
import dev.dockwise.ui.fleet.FleetView;
import dev.dockwise.ui.fleet.FleetViewModel;
import dev.dockwise.ui.setupcheck.SetupCheckView;
import dev.dockwise.ui.setupcheck.SetupCheckViewModel;
import dev.dockwise.ui.steps.FinishView;
import dev.dockwise.ui.troubleshoot.TroubleshootView;
import dev.dockwise.ui.troubleshoot.TroubleshootViewModel;
import dev.dockwise.ui.wizard.FinishViewModel;
import dev.dockwise.ui.wizard.WizardSession;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.stage.Window;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The tool pages beside the wizard, built when first shown: Troubleshoot (paste an error or open a
 * log), the fleet (plan a folder of profiles, export the plan, open one host in the wizard), Check
 * the setup (offered on the Finish page too) and Finish.
 */
final class ToolPages {
    private final Window owner;
    private final WizardSession vm;
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
    private SetupCheckViewModel setupCheck;
    private SetupCheckView setupCheckView;
    private javafx.scene.Node checkOffer;

    ToolPages(
            Window owner,
            WizardSession vm,
            FilePicker files,
            DocumentActions documents,
            Consumer<Node> show,
            Runnable backToWizard,
            Consumer<String> status) {
        this.owner = owner;
        this.vm = vm;
        this.files = files;
        this.documents = documents;
        this.show = show;
        this.backToWizard = backToWizard;
        this.status = status;
    }

    /** The pages beside the wizard; Finish offers to quit with {@code quit}. */
    void registerIn(ActionRegistry actions, FinishViewModel finish, Runnable quit) {
        actions.register(StandardAction.TROUBLESHOOT, this::troubleshoot);
        actions.register(StandardAction.PLAN_FLEET, this::planFleet);
        actions.register(StandardAction.FINISH, () -> finish(finish, quit));
        actions.register(StandardAction.CHECK_SETUP, () -> checkSetup(finish));
        // the Finish page is where a user lands after saving the script: the check is offered there
        Button check =
                new Button(StandardAction.CHECK_SETUP.text(), Icons.of(Material2AL.FACT_CHECK));
        check.setMnemonicParsing(true);
        check.setId("checkSetupButton");
        check.setOnAction(e -> actions.execute(StandardAction.CHECK_SETUP));
        checkOffer = SetupCheckView.offer(check);
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
            fleetView =
                    new FleetView(
                            fleet,
                            this::chooseFleetFolder,
                            this::exportFleet,
                            this::openFleetHost,
                            status,
                            backToWizard);
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
            finishView =
                    new FinishView(
                            finish,
                            backToWizard,
                            () -> {
                                documents.newAssessment();
                                backToWizard.run();
                            },
                            quit);
        }
        finishView.refresh();
        if (checkOffer.getParent() == null) {
            finishView.offer(checkOffer);
        }
        checkOffer.setVisible(SetupCheckViewModel.offered());
        checkOffer.setManaged(checkOffer.isVisible());
        show.accept(finishView);
        status.accept("");
    }

    /**
     * "Check the setup": the mode of the script saved in this session first; on a computer without
     * Windows PowerShell, says so.
     */
    void checkSetup(FinishViewModel finish) {
        if (!SetupCheckViewModel.offered()) {
            Dialogs.error(
                    owner,
                    "Can't check the setup here",
                    "Windows PowerShell was not found on this computer. On the host, save the check"
                            + " with \"dockwise probe --verify --out check.ps1\" and run it in"
                            + " PowerShell with -Mode and the mode's id.");
            return;
        }
        if (setupCheckView == null) {
            setupCheck = SetupCheckViewModel.forWizard(vm, finish::scriptMode);
            setupCheckView = new SetupCheckView(setupCheck, backToWizard);
        }
        setupCheck.suggestMode();
        show.accept(setupCheckView);
        status.accept("Check the setup: choose the mode the script set up, then Run the check.");
    }

    private void openLog() {
        files.open("Open a log", "Logs and text files", "*.log", "*.txt")
                .flatMap(troubleshooter::tryOpenLog)
                .ifPresent(why -> Dialogs.error(owner, why.title(), why.reason()));
    }

    private void chooseFleetFolder() {
        files.folder("Choose a folder of profiles").ifPresent(fleet::plan);
    }

    private void exportFleet() {
        // beside the folder of profiles, not in it: that folder holds the user's files and is
        // always refused
        Path profiles = fleet.folderProperty().get();
        Path beside = profiles == null ? null : profiles.toAbsolutePath().getParent();
        files.folder("Export the plan into a folder", beside)
                .map(fleet::exportTarget)
                .ifPresent(
                        target -> {
                            if (target instanceof FleetViewModel.ExportTarget.Refused refused) {
                                Dialogs.error(owner, refused.title(), refused.reason());
                            } else if (target
                                    instanceof FleetViewModel.ExportTarget.ReplacesPlan plan) {
                                if (Dialogs.replace(
                                        owner,
                                        plan.out().getFileName() + " holds a plan Dockwise wrote",
                                        "Replace that plan (hosts, summary.csv and summary.html)"
                                                + " with this fleet's?")) {
                                    fleet.export(plan.out(), true);
                                }
                            } else if (target instanceof FleetViewModel.ExportTarget.Ready ready) {
                                fleet.export(ready.out(), false);
                            }
                        });
    }

    /** A planned host's profile, opened in the wizard as File > Open would. */
    private void openFleetHost(Path profile) {
        if (documents.confirmDiscardOrSave()) {
            documents.load(profile);
            backToWizard.run();
        }
    }
}
