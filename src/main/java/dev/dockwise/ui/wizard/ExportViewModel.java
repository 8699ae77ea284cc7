package dev.dockwise.ui.wizard;

import dev.dockwise.engine.model.Mode;
import dev.dockwise.engine.model.Status;
import dev.dockwise.engine.result.Recommendation;
import dev.dockwise.scripts.GeneratedScript;
import dev.dockwise.scripts.NoScriptException;
import dev.dockwise.scripts.PowerShell;
import dev.dockwise.scripts.ScriptGenerator;
import dev.dockwise.scripts.ScriptOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Export step's install script: which mode, for whom, the user's options, and the script they
 * give (or why there is none). Regenerated whenever an answer or an option changes.
 */
public final class ExportViewModel {
    public final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(this, "mode");
    public final BooleanProperty forParentHost = new SimpleBooleanProperty(this, "forParentHost");
    public final StringProperty proxyHttp = new SimpleStringProperty(this, "proxyHttp", "");
    public final StringProperty proxyHttps = new SimpleStringProperty(this, "proxyHttps", "");
    public final StringProperty proxyExclude = new SimpleStringProperty(this, "proxyExclude", "");
    public final StringProperty dataRoot = new SimpleStringProperty(this, "dataRoot", "");
    public final StringProperty installDir = new SimpleStringProperty(this, "installDir", "");
    public final StringProperty wslMemoryGb = new SimpleStringProperty(this, "wslMemoryGb", "");
    public final StringProperty wslProcessors = new SimpleStringProperty(this, "wslProcessors", "");
    public final StringProperty pullImage = new SimpleStringProperty(this, "pullImage", "");
    public final StringProperty distro = new SimpleStringProperty(this, "distro", "");
    public final StringProperty vmName = new SimpleStringProperty(this, "vmName", "");
    public final ObjectProperty<ScriptOptions.ServerEngine> engine = new SimpleObjectProperty<>(this, "engine", ScriptOptions.ServerEngine.DOCKER_CE);
    public final BooleanProperty acceptLicense = new SimpleBooleanProperty(this, "acceptLicense");

    private final WizardViewModel wizard;
    private final ScriptGenerator generator;
    private final ReadOnlyObjectWrapper<GeneratedScript> script = new ReadOnlyObjectWrapper<>(this, "script");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ObservableList<ScriptOptions.OptionProblem> problems = FXCollections.observableArrayList();
    private final ObservableList<ScriptOptions.OptionProblem> problemsView = FXCollections.unmodifiableObservableList(problems);
    private final ObservableList<Mode> modes = FXCollections.observableArrayList();
    private final ObservableList<Mode> modesView = FXCollections.unmodifiableObservableList(modes);
    private boolean userPickedMode;

    /** The Export step of a wizard, with the app's script generator. */
    public ExportViewModel(WizardViewModel wizard) {
        this(wizard, new ScriptGenerator(wizard.advisor().knowledge(), dev.dockwise.AppInfo.version()));
    }

    public ExportViewModel(WizardViewModel wizard, ScriptGenerator generator) {
        this.wizard = wizard;
        this.generator = generator;
        wizard.recommendationProperty().addListener(o -> refreshModes());
        mode.addListener((obs, old, now) -> {
            userPickedMode = now != null && now != defaultMode().orElse(null);
            regenerate();
        });
        for (Observable p : List.of(forParentHost, proxyHttp, proxyHttps, proxyExclude, dataRoot, installDir, wslMemoryGb, wslProcessors,
                pullImage, distro, vmName, engine, acceptLicense)) {
            p.addListener(o -> regenerate());
        }
        refreshModes();
    }

    public ReadOnlyObjectProperty<GeneratedScript> scriptProperty() {
        return script.getReadOnlyProperty();
    }

    public GeneratedScript getScript() {
        return script.get();
    }

    /** Why there is no script (blocked mode, parent-host script not applicable, invalid options); empty when there is one. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ObservableList<ScriptOptions.OptionProblem> getProblems() {
        return problemsView;
    }

    /** Modes a script can be written for on this host: every mode that isn't blocked. */
    public ObservableList<Mode> getModes() {
        return modesView;
    }

    public Optional<String> problemFor(String option) {
        return problems.stream().filter(p -> p.option().equals(option)).map(ScriptOptions.OptionProblem::message).findFirst();
    }

    private Optional<Mode> defaultMode() {
        Recommendation r = wizard.getRecommendation();
        return r.recommended().or(r::bestAfterChanges);
    }

    private void refreshModes() {
        Recommendation r = wizard.getRecommendation();
        List<Mode> possible = new ArrayList<>();
        r.options().stream().filter(o -> o.status() != Status.BLOCKED && o.mode() != Mode.LCOW).forEach(o -> possible.add(o.mode()));
        modes.setAll(possible);
        Mode keep = mode.get();
        if (!userPickedMode || keep == null || !possible.contains(keep)) {
            mode.set(defaultMode().filter(possible::contains).orElse(possible.isEmpty() ? null : possible.get(0)));
            userPickedMode = false;
        }
        regenerate();
    }

    public ScriptOptions options() {
        return new ScriptOptions(text(proxyHttp), text(proxyHttps), text(proxyExclude), text(dataRoot), text(installDir), number(wslMemoryGb),
                number(wslProcessors), text(pullImage), acceptLicense.get(), text(distro), text(vmName), engine.get(), null, null);
    }

    private void regenerate() {
        ScriptOptions options = options();
        List<ScriptOptions.OptionProblem> found = new ArrayList<>(options.problems());
        numberProblem(found, "--wsl-memory", wslMemoryGb);
        numberProblem(found, "--wsl-processors", wslProcessors);
        problems.setAll(found);
        if (!found.isEmpty()) {
            script.set(null);
            message.set("Fix the marked options to see the script.");
            return;
        }
        try {
            Recommendation r = wizard.getRecommendation();
            if (forParentHost.get()) {
                script.set(generator.parentHost(wizard.getProfile(), r, options));
            } else if (mode.get() == null) {
                throw new NoScriptException("No mode can work on this host as it is described, so there is nothing to install.");
            } else {
                script.set(generator.install(wizard.getProfile(), r, mode.get(), options));
            }
            message.set("");
        } catch (NoScriptException | PowerShell.UnsafeValueException e) {
            script.set(null);
            message.set(e.getMessage());
        }
    }

    private static String text(StringProperty p) {
        return p.get() == null || p.get().isBlank() ? null : p.get().strip();
    }

    private static Integer number(StringProperty p) {
        try {
            return p.get() == null || p.get().isBlank() ? null : Integer.valueOf(p.get().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void numberProblem(List<ScriptOptions.OptionProblem> found, String option, StringProperty p) {
        if (p.get() != null && !p.get().isBlank() && number(p) == null) {
            found.add(new ScriptOptions.OptionProblem(option, "expected a whole number, got \"" + p.get().strip() + "\""));
        }
    }
}
