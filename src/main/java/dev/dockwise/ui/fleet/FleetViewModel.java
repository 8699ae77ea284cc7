package dev.dockwise.ui.fleet;

import dev.dockwise.engine.Advisor;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.files.IoMessages;
import dev.dockwise.fleet.FleetInputs;
import dev.dockwise.fleet.FleetPlanner;
import dev.dockwise.fleet.FleetStatus;
import dev.dockwise.fleet.FleetSummary;
import dev.dockwise.fleet.FleetWriter;
import dev.dockwise.fleet.HostPlan;
import dev.dockwise.fleet.HostSource;
import dev.dockwise.fleet.folder.PlanFolder;
import dev.dockwise.fleet.folder.PlanFolderContents;
import dev.dockwise.ui.wizard.WizardSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * Plans a folder of profiles off the FX thread with the same planner as {@code dockwise plan}, and
 * exports the plan folder the command line writes. Progress, the summary and the hosts are
 * observable for the view; a new run or export cancels nothing silently: one runs at a time.
 */
public final class FleetViewModel {
    private final FleetPlanner planner;
    private final Advisor advisor;
    private final ExecutorService worker =
            Executors.newSingleThreadExecutor(
                    r -> {
                        Thread t = new Thread(r, "dockwise-fleet");
                        t.setDaemon(true);
                        return t;
                    });
    private final ObservableList<HostPlan> hosts = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<FleetSummary> summary = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Path> folder = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Task<?>> running = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message =
            new ReadOnlyStringWrapper(
                    "Choose a folder of profiles (*.json), such as the probe's results from many"
                            + " machines.");
    private List<HostSource> sources = List.of();

    /** The fleet page of a wizard, with its engine. */
    public static FleetViewModel forWizard(WizardSession wizard) {
        return new FleetViewModel(
                wizard.services().advisor(), dev.dockwise.about.AppInfo.version());
    }

    /** The name a mode is shown with. */
    public String modeName(Mode mode) {
        return advisor.knowledge().modes().mode(mode).name();
    }

    public FleetViewModel(Advisor advisor, String version) {
        this.advisor = advisor;
        this.planner = new FleetPlanner(advisor, version);
        busy.bind(running.isNotNull());
    }

    public ObservableList<HostPlan> hosts() {
        return hosts;
    }

    public ReadOnlyObjectProperty<FleetSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> folderProperty() {
        return folder.getReadOnlyProperty();
    }

    /** The task in progress, for its progress and cancel; null when idle. */
    public ReadOnlyObjectProperty<Task<?>> runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** What one planning run read and what it made of it. */
    private record Planned(List<HostSource> sources, List<HostPlan> plans) {}

    /** Reads and plans every profile in the folder; the result replaces the previous fleet. */
    public Task<?> plan(Path location) {
        Task<Planned> task =
                new Task<>() {
                    @Override
                    protected Planned call() throws Exception {
                        updateMessage("Reading " + location + "...");
                        List<HostSource> read = FleetInputs.read(location);
                        return new Planned(
                                read,
                                planner.plan(
                                        read,
                                        Optional.empty(),
                                        (done, total) -> {
                                            updateProgress(done, total);
                                            updateMessage(
                                                    "Planning "
                                                            + done
                                                            + " of "
                                                            + total
                                                            + " hosts...");
                                        },
                                        this::isCancelled));
                    }
                };
        return start(
                task,
                done -> {
                    sources = done.sources();
                    folder.set(location);
                    hosts.setAll(done.plans());
                    summary.set(FleetSummary.of(done.plans()));
                    message.set(
                            done.plans().isEmpty()
                                    ? "No profiles (*.json) in " + location + "."
                                    : "Planned "
                                            + done.plans().size()
                                            + " hosts from "
                                            + location
                                            + ". Double-click a host to open it in the wizard.");
                },
                "Planning cancelled; the previous fleet is still shown.");
    }

    /**
     * Writes hosts/, summary.csv and summary.html into the folder, as the command line does; {@code
     * replace} lets it replace the plan of a folder that is not empty.
     */
    public Task<?> export(Path out, boolean replace) {
        List<HostSource> toWrite = sources;
        Task<FleetWriter.Written> task =
                new Task<>() {
                    @Override
                    protected FleetWriter.Written call() throws Exception {
                        return FleetWriter.planInto(
                                out,
                                replace,
                                toWrite,
                                planner,
                                advisor.knowledge(),
                                (done, total) -> {
                                    updateProgress(done, total);
                                    updateMessage("Writing " + done + " of " + total + " hosts...");
                                },
                                this::isCancelled);
                    }
                };
        return start(
                task,
                written ->
                        message.set(
                                "Wrote the plan to "
                                        + out
                                        + ": summary.html, summary.csv and hosts/."
                                        + written.kept()
                                                .map(
                                                        kept ->
                                                                " Files that appeared in the"
                                                                    + " previous plan while it was"
                                                                    + " replaced are kept in "
                                                                        + kept.folder()
                                                                        + ".")
                                                .orElse("")),
                "Export cancelled; " + out + " is as it was.");
    }

    private <T> Task<T> start(
            Task<T> task, java.util.function.Consumer<T> onSuccess, String cancelledMessage) {
        message.unbind();
        message.bind(task.messageProperty());
        running.set(task);
        task.stateProperty()
                .addListener(
                        (obs, old, state) -> {
                            if (state == javafx.concurrent.Worker.State.SUCCEEDED
                                    || state == javafx.concurrent.Worker.State.FAILED
                                    || state == javafx.concurrent.Worker.State.CANCELLED) {
                                message.unbind();
                                running.set(null);
                                if (state == javafx.concurrent.Worker.State.SUCCEEDED) {
                                    onSuccess.accept(task.getValue());
                                } else if (state == javafx.concurrent.Worker.State.FAILED) {
                                    Throwable e = task.getException();
                                    message.set(
                                            "Could not finish: "
                                                    + (e.getMessage() == null
                                                            ? e.toString()
                                                            : e.getMessage()));
                                } else if (state == javafx.concurrent.Worker.State.CANCELLED) {
                                    message.set(cancelledMessage);
                                }
                            }
                        });
        worker.submit(task);
        return task;
    }

    /** Where the user asked to export the plan, and what may happen there. */
    public sealed interface ExportTarget {
        /** An empty folder, or a new one: the plan goes straight in. */
        record Ready(Path out) implements ExportTarget {}

        /** A plan Dockwise wrote before: replaced only if the user agrees. */
        record ReplacesPlan(Path out) implements ExportTarget {}

        /**
         * Not a place for a plan (the user's own files, a file, unreadable): why, in the user's
         * words.
         */
        record Refused(String title, String reason) implements ExportTarget {}
    }

    /** Looks into the folder the user chose for the export; nothing is written. */
    public ExportTarget exportTarget(Path out) {
        PlanFolderContents contents;
        try {
            contents = PlanFolder.inspect(out);
        } catch (IOException e) {
            return new ExportTarget.Refused(
                    "Could not look into the folder", out + ": " + IoMessages.reason(e));
        }
        if (contents.kind() == PlanFolderContents.Kind.PLAN) {
            return new ExportTarget.ReplacesPlan(out);
        }
        Path plan = out.toAbsolutePath().getParent();
        if (plan != null && isPlan(plan)) {
            return new ExportTarget.Refused(
                    "That folder is inside a plan",
                    out.getFileName()
                            + " is part of the plan Dockwise wrote in "
                            + plan
                            + ". Choose "
                            + plan.getFileName()
                            + " itself to replace that plan, or another folder.");
        }
        return contents.refusal(false)
                .<ExportTarget>map(
                        why -> new ExportTarget.Refused("Choose another folder for the plan", why))
                .orElse(new ExportTarget.Ready(out));
    }

    private static boolean isPlan(Path folder) {
        try {
            return PlanFolder.inspect(folder).kind() == PlanFolderContents.Kind.PLAN;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The profile a planned host came from, to open in the wizard; empty with {@code why} told when
     * it can't be (an invalid profile, a host from a .jsonl file, a folder that has gone).
     */
    public Optional<Path> profileOf(HostPlan host, java.util.function.Consumer<String> why) {
        Path from = folder.get();
        if (host.status() == FleetStatus.INVALID) {
            why.accept(
                    host.origin()
                            + " is not a valid profile: "
                            + String.join("; ", host.problems()));
            return Optional.empty();
        }
        if (from == null || !Files.isDirectory(from)) {
            why.accept("Hosts from a .jsonl file can't be opened one by one.");
            return Optional.empty();
        }
        return Optional.of(
                from.resolve(host.origin())); // from a folder, the origin is the file's name
    }

    public void cancel() {
        Task<?> task = running.get();
        if (task != null) {
            task.cancel();
        }
    }
}
