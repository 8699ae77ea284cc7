package dev.dockwise.ui.setupcheck;

import dev.dockwise.engine.diagnose.Diagnoser;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.engine.result.Recommendation;
import dev.dockwise.scripts.probe.ProbeRunner;
import dev.dockwise.scripts.probe.ScratchFolder;
import dev.dockwise.scripts.probe.SetupCheck;
import dev.dockwise.ui.wizard.WizardSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;

/**
 * "Check the setup": after an install script ran on this computer, the bundled read-only check run
 * through Windows PowerShell ({@link SetupCheck}) for one mode, off the FX thread and cancellable,
 * and its answer: pass or fail per step with the troubleshooter's answers beside a failed one, or
 * why there is none. Offered where "Assess this computer" is, for the same reason: it needs Windows
 * PowerShell on this computer.
 */
public final class SetupCheckViewModel {
    public final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(this, "mode");

    private final WizardSession wizard;
    private final Supplier<Optional<Mode>> scriptMode;
    private final Duration timeout;
    private final ObservableList<Mode> modes =
            FXCollections.unmodifiableObservableList(
                    FXCollections.observableArrayList(
                            Arrays.stream(Mode.values())
                                    .filter(SetupCheck.MODES::contains)
                                    .toList()));
    private final ReadOnlyObjectWrapper<SetupCheck.Outcome> outcome =
            new ReadOnlyObjectWrapper<>(this, "outcome");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ExecutorService worker =
            Executors.newSingleThreadExecutor(
                    r -> {
                        Thread t = new Thread(r, "dockwise-check");
                        t.setDaemon(true);
                        return t;
                    });
    private Task<SetupCheck.Outcome> running;
    private boolean userPickedMode;
    private boolean suggesting;

    /**
     * The check for a wizard's window: {@code scriptMode} is the mode of the install script saved
     * in this session, if any, which is what the user most likely just ran.
     */
    public SetupCheckViewModel(
            WizardSession wizard, Supplier<Optional<Mode>> scriptMode, Duration timeout) {
        this.wizard = wizard;
        this.scriptMode = scriptMode;
        this.timeout = timeout;
        mode.addListener(o -> userPickedMode |= !suggesting);
    }

    /** The check for a wizard's window, given as long as the command line's check is. */
    public static SetupCheckViewModel forWizard(
            WizardSession wizard, Supplier<Optional<Mode>> scriptMode) {
        return new SetupCheckViewModel(wizard, scriptMode, SetupCheck.TIMEOUT);
    }

    /**
     * Whether this computer can run the check: Windows PowerShell is there, as for "Assess this
     * computer".
     */
    public static boolean offered() {
        return ProbeRunner.shell().isPresent();
    }

    /** The modes the check knows how to ask, in the order the wizard lists modes. */
    public ObservableList<Mode> getModes() {
        return modes;
    }

    public String modeName(Mode m) {
        return wizard.knowledge().modes().mode(m).name();
    }

    /**
     * The mode to check when the page is shown: the one the user chose here, else the saved
     * script's, else the recommended one (or the best after changes).
     */
    public void suggestMode() {
        if (userPickedMode && mode.get() != null) {
            return;
        }
        Recommendation r = wizard.getRecommendation();
        Optional<Mode> suggested =
                scriptMode.get().or(r::recommended).or(r::bestAfterChanges).filter(modes::contains);
        suggesting = true;
        try {
            mode.set(suggested.orElse(modes.get(0)));
        } finally {
            suggesting = false;
        }
    }

    /**
     * The answer of the last check: {@link SetupCheck.Outcome.Checked}, {@code Failed} or {@code
     * Cancelled}; null before the first.
     */
    public ReadOnlyObjectProperty<SetupCheck.Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** While it runs, the last line the check printed; afterwards, the answer in one sentence. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Runs the check of the chosen mode; the previous answer stays until the new one comes. */
    public void check() {
        Mode checked = mode.get();
        if (busy.get() || checked == null) {
            return;
        }
        Optional<Path> shell = ProbeRunner.shell();
        if (shell.isEmpty()) {
            outcome.set(
                    new SetupCheck.Outcome.Failed(
                            "Windows PowerShell was not found on this computer.", List.of()));
            message.set(summary(outcome.get(), checked));
            return;
        }
        Task<SetupCheck.Outcome> task =
                new Task<>() {
                    @Override
                    protected SetupCheck.Outcome call() throws IOException {
                        updateMessage("Starting Windows PowerShell...");
                        Path work = Files.createTempDirectory("dockwise-check");
                        try {
                            return new SetupCheck(shell.get(), timeout, troubleshooter())
                                    .run(work, checked, this::updateMessage, this::isCancelled);
                        } finally {
                            ScratchFolder.remove(work);
                        }
                    }
                };
        running = task;
        busy.set(true);
        message.bind(task.messageProperty());
        task.stateProperty()
                .addListener(
                        (obs, old, state) -> {
                            if (state == Worker.State.SUCCEEDED
                                    || state == Worker.State.FAILED
                                    || state == Worker.State.CANCELLED) {
                                message.unbind();
                                running = null;
                                busy.set(false);
                                SetupCheck.Outcome ended =
                                        switch (state) {
                                            case SUCCEEDED -> task.getValue();
                                            case FAILED ->
                                                    new SetupCheck.Outcome.Failed(
                                                            String.valueOf(
                                                                    task.getException()
                                                                            .getMessage()),
                                                            List.of());
                                            default -> new SetupCheck.Outcome.Cancelled();
                                        };
                                outcome.set(ended);
                                message.set(summary(ended, checked));
                            }
                        });
        worker.submit(task);
    }

    public void cancel() {
        if (running != null) {
            running.cancel(false);
        }
    }

    /** The answer in one sentence, for the page and the status bar. */
    String summary(SetupCheck.Outcome ended, Mode checked) {
        String what = modeName(checked);
        if (ended instanceof SetupCheck.Outcome.Checked c) {
            long failed = c.steps().stream().filter(s -> !s.passed()).count();
            return failed == 0
                    ? "All "
                            + c.steps().size()
                            + " steps passed: "
                            + what
                            + " works on this computer."
                    : failed
                            + " of "
                            + c.steps().size()
                            + " steps failed for "
                            + what
                            + ". Beside each is what the troubleshooter knows of its error.";
        }
        if (ended instanceof SetupCheck.Outcome.Failed f) {
            return "The check of " + what + " could not run: " + f.reason();
        }
        return "Check cancelled (it changes nothing on this computer).";
    }

    /**
     * The session's troubleshooter, which reads its error corpus when first made: asked for on the
     * worker.
     */
    private Diagnoser troubleshooter() {
        return wizard.services().troubleshooter();
    }
}
