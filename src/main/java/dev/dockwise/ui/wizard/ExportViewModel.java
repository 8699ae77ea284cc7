package dev.dockwise.ui.wizard;

import dev.dockwise.engine.model.ContainerType;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.engine.model.Status;
import dev.dockwise.engine.result.Recommendation;
import dev.dockwise.scripts.GeneratedScript;
import dev.dockwise.scripts.NoScriptException;
import dev.dockwise.scripts.ScriptGenerator;
import dev.dockwise.scripts.options.ScriptOption;
import dev.dockwise.scripts.options.ScriptOptions;
import dev.dockwise.scripts.powershell.PowerShell;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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

    /** What the user typed for each text option of the script ({@link #TEXT_OPTIONS}). */
    private final Map<ScriptOption, StringProperty> texts = new EnumMap<>(ScriptOption.class);

    /**
     * The engine the user chose for Windows Server; null until then, when the host's {@link
     * #defaultEngine()} is installed.
     */
    public final ObjectProperty<ScriptOptions.ServerEngine> engine =
            new SimpleObjectProperty<>(this, "engine");

    public final BooleanProperty acceptLicense = new SimpleBooleanProperty(this, "acceptLicense");

    private final WizardSession wizard;
    private final ScriptGenerator generator;
    private final ReadOnlyObjectWrapper<GeneratedScript> script =
            new ReadOnlyObjectWrapper<>(this, "script");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ObservableList<ScriptOptions.OptionProblem> problems =
            FXCollections.observableArrayList();
    private final ObservableList<ScriptOptions.OptionProblem> problemsView =
            FXCollections.unmodifiableObservableList(problems);
    private final ObservableList<Mode> modes = FXCollections.observableArrayList();
    private final ObservableList<Mode> modesView = FXCollections.unmodifiableObservableList(modes);
    private boolean userPickedMode;

    /** The options typed as text; the engine is a choice and the licence a check box. */
    public static final List<ScriptOption> TEXT_OPTIONS =
            Arrays.stream(ScriptOption.values())
                    .filter(o -> o != ScriptOption.ENGINE && o != ScriptOption.ACCEPT_LICENSE)
                    .toList();

    /** The Export step of a wizard, with the app's script generator. */
    public ExportViewModel(WizardSession wizard) {
        this(wizard, wizard.services().scripts());
    }

    public ExportViewModel(WizardSession wizard, ScriptGenerator generator) {
        TEXT_OPTIONS.forEach(o -> texts.put(o, new SimpleStringProperty(this, o.id(), "")));
        this.wizard = wizard;
        this.generator = generator;
        wizard.recommendationProperty().addListener(o -> refreshModes());
        mode.addListener(
                (obs, old, now) -> {
                    userPickedMode = now != null && now != defaultMode().orElse(null);
                    regenerate();
                });
        for (Observable p : List.of(forParentHost, engine, acceptLicense)) {
            p.addListener(o -> regenerate());
        }
        texts.values().forEach(p -> p.addListener(o -> regenerate()));
        refreshModes();
    }

    public ReadOnlyObjectProperty<GeneratedScript> scriptProperty() {
        return script.getReadOnlyProperty();
    }

    public GeneratedScript getScript() {
        return script.get();
    }

    /**
     * Why there is no script (blocked mode, parent-host script not applicable, invalid options);
     * empty when there is one.
     */
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

    public Optional<String> problemFor(ScriptOption option) {
        return problems.stream()
                .filter(p -> p.option().equals(option))
                .map(ScriptOptions.OptionProblem::message)
                .findFirst();
    }

    private Optional<Mode> defaultMode() {
        Recommendation r = wizard.getRecommendation();
        return r.recommended().or(r::bestAfterChanges);
    }

    private void refreshModes() {
        Recommendation r = wizard.getRecommendation();
        List<Mode> possible = new ArrayList<>();
        r.options().stream()
                .filter(o -> o.status() != Status.BLOCKED && o.mode() != Mode.LCOW)
                .forEach(o -> possible.add(o.mode()));
        modes.setAll(possible);
        Mode keep = mode.get();
        if (!userPickedMode || keep == null || !possible.contains(keep)) {
            mode.set(
                    defaultMode()
                            .filter(possible::contains)
                            .orElse(possible.isEmpty() ? null : possible.get(0)));
            userPickedMode = false;
        }
        regenerate();
    }

    /** The text typed for an option. */
    public StringProperty text(ScriptOption option) {
        return texts.get(option);
    }

    /**
     * Whether the chosen mode's script uses the option on this host (the Export step shows only
     * those).
     */
    public boolean applies(ScriptOption option) {
        Recommendation r = wizard.getRecommendation();
        if (forParentHost.get()) {
            return option == ScriptOption.VM_NAME;
        }
        boolean swarm =
                wizard.getProfile().needs().orchestration()
                        == dev.dockwise.engine.model.Orchestration.SWARM;
        return mode.get() != null
                && option.appliesTo(
                        mode.get(),
                        r.host().isServer(),
                        r.host().needs(ContainerType.WINDOWS),
                        swarm);
    }

    /**
     * What the option does in the chosen mode's script, the version it installs by default taken
     * from the knowledge data.
     */
    public String help(ScriptOption option) {
        if (option == ScriptOption.DOCKER_VERSION) {
            return "The Docker CE version to install on Windows Server; empty installs "
                    + defaultDockerVersion()
                    + ", the version Dockwise's knowledge data names.";
        }
        return mode.get() == null ? option.help() : option.help(mode.get());
    }

    /** The example a text option shows while empty. */
    public String example(ScriptOption option) {
        return option == ScriptOption.DOCKER_VERSION ? defaultDockerVersion() : option.example();
    }

    private String defaultDockerVersion() {
        return wizard.knowledge().install().dockerCeStatic().defaultVersion();
    }

    /** The script for the parent Hyper-V host is for virtual machines: offered only for one. */
    public boolean parentHostApplies() {
        return wizard.getProfile().host().machine()
                == dev.dockwise.engine.model.MachineKind.VIRTUAL;
    }

    /**
     * The engine installed while none is chosen: the one the recommendation offers on this host.
     */
    public ScriptOptions.ServerEngine defaultEngine() {
        return generator.defaultEngine(wizard.getRecommendation());
    }

    public ScriptOptions options() {
        ScriptOptions.Builder builder =
                ScriptOptions.builder().acceptLicense(acceptLicense.get()).engine(engine.get());
        texts.forEach((option, value) -> builder.set(option, value.get()));
        return builder.build();
    }

    private void regenerate() {
        ScriptOptions options = options();
        List<ScriptOptions.OptionProblem> found = new ArrayList<>(options.problems());
        numberProblem(found, ScriptOption.WSL_MEMORY);
        numberProblem(found, ScriptOption.WSL_PROCESSORS);
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
                throw new NoScriptException(
                        "No mode can work on this host as it is described, so there is nothing to"
                                + " install.");
            } else {
                script.set(generator.install(wizard.getProfile(), r, mode.get(), options));
            }
            message.set("");
        } catch (NoScriptException | PowerShell.UnsafeValueException e) {
            script.set(null);
            message.set(e.getMessage());
        }
    }

    private void numberProblem(List<ScriptOptions.OptionProblem> found, ScriptOption option) {
        String typed = texts.get(option).get();
        if (typed != null && !typed.isBlank() && !typed.strip().matches("\\d{1,9}")) {
            found.add(
                    new ScriptOptions.OptionProblem(
                            option, "expected a whole number, got \"" + typed.strip() + "\""));
        }
    }
}
