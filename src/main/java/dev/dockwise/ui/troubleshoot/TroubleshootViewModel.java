package dev.dockwise.ui.troubleshoot;

import dev.dockwise.engine.diagnose.Diagnoser;
import dev.dockwise.engine.diagnose.Diagnosis;
import dev.dockwise.engine.model.Profile;
import dev.dockwise.files.IoMessages;
import dev.dockwise.files.LogText;
import dev.dockwise.ui.wizard.Refusal;
import dev.dockwise.ui.wizard.WizardSession;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The troubleshooter's state: the pasted text (or a log's), whether to use the current assessment's
 * host, and the diagnosis of both. A message takes well under a millisecond, but a log of megabytes
 * takes a few hundred, so diagnoses run on a worker thread; only the latest request's result is
 * shown.
 */
public final class TroubleshootViewModel {
    static final int LOG_SHOWN = 2_000_000;

    private final Diagnoser diagnoser;
    private final Supplier<Profile> currentProfile;
    private final StringProperty errorText = new SimpleStringProperty("");
    private final BooleanProperty useAssessment = new SimpleBooleanProperty(true);
    private final StringProperty source = new SimpleStringProperty("pasted text");
    private final ReadOnlyObjectWrapper<Diagnosis> diagnosis = new ReadOnlyObjectWrapper<>();
    private final java.util.concurrent.atomic.AtomicLong latest =
            new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.ExecutorService worker =
            java.util.concurrent.Executors.newSingleThreadExecutor(
                    r -> {
                        Thread t = new Thread(r, "dockwise-diagnose");
                        t.setDaemon(true);
                        return t;
                    });

    /** The troubleshooter of a wizard: its engine, and its current answers as the host. */
    public static TroubleshootViewModel forWizard(WizardSession wizard) {
        return new TroubleshootViewModel(wizard.services().troubleshooter(), wizard::getProfile);
    }

    public TroubleshootViewModel(Diagnoser diagnoser, Supplier<Profile> currentProfile) {
        this.diagnoser = diagnoser;
        this.currentProfile = currentProfile;
    }

    public StringProperty errorTextProperty() {
        return errorText;
    }

    public BooleanProperty useAssessmentProperty() {
        return useAssessment;
    }

    /** Where the text came from: "pasted text" or the log's file name. */
    public StringProperty sourceProperty() {
        return source;
    }

    public ReadOnlyObjectProperty<Diagnosis> diagnosisProperty() {
        return diagnosis.getReadOnlyProperty();
    }

    public Diagnosis getDiagnosis() {
        return diagnosis.get();
    }

    /**
     * Reads a log (UTF-8, UTF-16 or the ANSI code page, as {@link LogText} decides) and diagnoses
     * it. A text area with tens of megabytes is unusable and the failure is usually near the end,
     * so only the last {@value #LOG_SHOWN} characters are kept, and the source says so.
     *
     * @throws java.nio.charset.CharacterCodingException when the file holds binary data, not text
     */
    public void openLog(Path file) throws IOException {
        String text = LogText.read(file);
        boolean cut = text.length() > LOG_SHOWN;
        source.set(
                cut
                        ? "the last "
                                + LOG_SHOWN / 1_000_000
                                + " million characters of "
                                + file.getFileName()
                        : file.getFileName().toString());
        errorText.set(cut ? text.substring(text.length() - LOG_SHOWN) : text);
        diagnose();
    }

    /**
     * Opens a log as {@link #openLog(Path)} does; when it can't be read, why, in the words a dialog
     * shows.
     */
    public Optional<Refusal> tryOpenLog(Path file) {
        try {
            openLog(file);
            return Optional.empty();
        } catch (CharacterCodingException e) {
            return Optional.of(
                    new Refusal(
                            "Not a text file",
                            file + " does not look like a log: it holds binary data."));
        } catch (IOException e) {
            return Optional.of(
                    new Refusal("Could not read the log", file + ": " + IoMessages.reason(e)));
        }
    }

    /** Diagnoses the current text; blank text clears the result. */
    public void diagnose() {
        String text = errorText.get();
        if (text == null || text.isBlank()) {
            latest.incrementAndGet();
            diagnosis.set(null);
            return;
        }
        Optional<Profile> host =
                useAssessment.get() ? Optional.ofNullable(currentProfile.get()) : Optional.empty();
        long request = latest.incrementAndGet();
        worker.submit(
                () -> {
                    if (request != latest.get()) {
                        return;
                    }
                    Diagnosis result = diagnoser.diagnose(text, host);
                    javafx.application.Platform.runLater(
                            () -> {
                                if (request == latest.get()) {
                                    diagnosis.set(result);
                                }
                            });
                });
    }
}
