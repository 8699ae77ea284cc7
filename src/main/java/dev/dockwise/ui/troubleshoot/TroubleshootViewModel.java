package dev.dockwise.ui.troubleshoot;

import dev.dockwise.engine.diagnose.Diagnoser;
import dev.dockwise.engine.diagnose.Diagnosis;
import dev.dockwise.engine.model.Profile;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The troubleshooter's state: the pasted text (or a log's), whether to use the current assessment's
 * host, and the diagnosis of both. Diagnosing is quick (a few milliseconds even for a long log),
 * so it runs on every change the view lets through.
 */
public final class TroubleshootViewModel {
    private final Diagnoser diagnoser;
    private final Supplier<Profile> currentProfile;
    private final StringProperty errorText = new SimpleStringProperty("");
    private final BooleanProperty useAssessment = new SimpleBooleanProperty(true);
    private final ObjectProperty<String> source = new SimpleObjectProperty<>("pasted text");
    private final ReadOnlyObjectWrapper<Diagnosis> diagnosis = new ReadOnlyObjectWrapper<>();

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
    public ObjectProperty<String> sourceProperty() {
        return source;
    }

    public ReadOnlyObjectProperty<Diagnosis> diagnosisProperty() {
        return diagnosis.getReadOnlyProperty();
    }

    public Diagnosis getDiagnosis() {
        return diagnosis.get();
    }

    /** Diagnoses the current text; blank text clears the result. */
    public void diagnose() {
        String text = errorText.get();
        if (text == null || text.isBlank()) {
            diagnosis.set(null);
            return;
        }
        Optional<Profile> host = useAssessment.get() ? Optional.ofNullable(currentProfile.get()) : Optional.empty();
        diagnosis.set(diagnoser.diagnose(text, host));
    }
}
