package dev.dockwise.ui.wizard;

import dev.dockwise.engine.Advisor;
import dev.dockwise.engine.facts.Knowledge;
import dev.dockwise.engine.model.Profile;
import dev.dockwise.engine.result.Recommendation;
import dev.dockwise.profile.InvalidProfileException;
import dev.dockwise.profile.ProfileField;
import dev.dockwise.profile.ProfileProblem;
import dev.dockwise.profile.ProfileReader;
import dev.dockwise.profile.ProfileValidator;
import dev.dockwise.profile.ProfileWriter;
import dev.dockwise.profile.RawValue;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * State and commands of the wizard: the draft, where the user is, the live recommendation, the
 * problems found in the answers, and the file the assessment belongs to. No controls in here, so it
 * is tested without a toolkit.
 */
public final class WizardSession {
    private final WizardServices services;
    private final ProfileDraft draft = new ProfileDraft();

    /**
     * The last check of the answers, with every invalid one taken as unknown (so the advice stays
     * live while the user types).
     */
    private ProfileValidator.Checked checked;

    // ---- Properties ----
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(this, "step", Step.START);
    private final ReadOnlyObjectWrapper<Recommendation> recommendation =
            new ReadOnlyObjectWrapper<>(this, "recommendation");
    private final ReadOnlyObjectWrapper<Profile> profile =
            new ReadOnlyObjectWrapper<>(this, "profile");
    private final ObservableList<ProfileProblem> problems = FXCollections.observableArrayList();
    private final ObservableSet<Step> attention =
            FXCollections.observableSet(EnumSet.noneOf(Step.class));
    // one read-only view each: the views hold listeners, and the wrappers forward changes only
    // while referenced
    private final ObservableList<ProfileProblem> problemsView =
            FXCollections.unmodifiableObservableList(problems);
    private final ObservableSet<Step> attentionView =
            FXCollections.unmodifiableObservableSet(attention);
    private final javafx.collections.ObservableMap<String, ProbeFindings.Finding> findings =
            FXCollections.observableHashMap();
    private final javafx.collections.ObservableMap<String, ProbeFindings.Finding> findingsView =
            FXCollections.unmodifiableObservableMap(findings);
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final javafx.beans.property.ReadOnlyIntegerWrapper assessment =
            new javafx.beans.property.ReadOnlyIntegerWrapper(this, "assessment");
    private final BooleanBinding canGoBack =
            Bindings.createBooleanBinding(() -> step.get() != Step.START, step);
    private final BooleanBinding canGoNext =
            Bindings.createBooleanBinding(() -> step.get() != Step.EXPORT, step);
    private final BooleanBinding canSkipToScript =
            Bindings.createBooleanBinding(this::modeDecided, step, profile);

    /** A session with services of its own (tests, tools). */
    public WizardSession(Advisor advisor) {
        this(new WizardServices(advisor));
    }

    public WizardSession(WizardServices services) {
        this.services = services;
        draft.revisionProperty()
                .addListener(
                        (obs, old, now) -> {
                            reevaluate();
                            dirty.set(true);
                        });
        reevaluate();
    }

    public ProfileDraft draft() {
        return draft;
    }

    /** The services made once for this session, which its view models work with. */
    public WizardServices services() {
        return services;
    }

    /**
     * The facts the views show (names of editions, releases, images, modes); the engine itself
     * stays with the view models.
     */
    public Knowledge knowledge() {
        return services.knowledge();
    }

    /** The assessment's name (the host's, as typed), for the window's title. */
    public ReadOnlyStringProperty nameProperty() {
        return draft.text(ProfileField.NAME);
    }

    /** A file name from the assessment's name: "dev-laptop" + suffix, or "assessment" + suffix. */
    public String suggestedFileName(String suffix) {
        String name = draft.text(ProfileField.NAME).get();
        String base =
                name == null || name.isBlank()
                        ? "assessment"
                        : name.strip().replaceAll("[^A-Za-z0-9._-]+", "-");
        return base + suffix;
    }

    public ObjectProperty<Step> stepProperty() {
        return step;
    }

    public Step getStep() {
        return step.get();
    }

    public ReadOnlyObjectProperty<Recommendation> recommendationProperty() {
        return recommendation.getReadOnlyProperty();
    }

    public Recommendation getRecommendation() {
        return recommendation.get();
    }

    /** The profile the advice is for: the answers with invalid ones treated as unknown. */
    public ReadOnlyObjectProperty<Profile> profileProperty() {
        return profile.getReadOnlyProperty();
    }

    public Profile getProfile() {
        return profile.get();
    }

    public ObservableList<ProfileProblem> getProblems() {
        return problemsView;
    }

    /**
     * The problem with the answer at this field path, in the words of someone typing into the
     * field.
     */
    public Optional<String> problemAt(String path) {
        return problems.stream()
                .filter(p -> p.path().equals(path))
                .map(ProfileProblem::forUser)
                .findFirst();
    }

    /** Steps with answers that need attention. */
    public ObservableSet<Step> getAttention() {
        return attentionView;
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public Path getFile() {
        return file.get();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /**
     * Counts the assessments shown: it changes whenever new answers replace the draft (new, open,
     * import, recovery), so that the pages start again from their top.
     */
    public javafx.beans.property.ReadOnlyIntegerProperty assessmentProperty() {
        return assessment.getReadOnlyProperty();
    }

    public BooleanBinding canGoBackProperty() {
        return canGoBack;
    }

    public BooleanBinding canGoNextProperty() {
        return canGoNext;
    }

    /**
     * Whether the wizard may go straight to the script: on an answering or reading step, once the
     * answers that decide the mode are given (the edition, the build and what must run); the others
     * the advice assumes, and says so.
     */
    public BooleanBinding canSkipToScriptProperty() {
        return canSkipToScript;
    }

    private boolean modeDecided() {
        Profile p = profile.get();
        Step at = step.get();
        return p != null
                && at != Step.START
                && at != Step.EXPORT
                && p.host().edition() != null
                && p.host().build() != null
                && !p.needs().containers().isEmpty();
    }

    // ---- Commands ----

    /** Next is never blocked by optional or invalid answers: they are marked, not enforced. */
    public void next() {
        step.set(step.get().next());
    }

    public void back() {
        step.set(step.get().previous());
    }

    public void goTo(Step target) {
        step.set(target);
    }

    public void newAssessment() {
        draft.clear();
        findings.clear();
        show(null, false, Step.HOST);
    }

    /**
     * Opens a saved assessment (or a probe's output); throws with the problems when it can't be
     * used.
     */
    public void open(Path path) throws InvalidProfileException {
        draft.load(ProfileReader.document(path).answers());
        findings.clear();
        show(path, false, Step.HOST);
    }

    /**
     * Imports a probe's profile as a new, unsaved assessment (the probe file stays untouched), with
     * which answers it detected and which it left unknown.
     */
    public void importProbe(Path path) throws InvalidProfileException {
        ProfileReader.Document read = ProfileReader.document(path);
        draft.load(read.answers());
        findings.clear();
        findings.putAll(ProbeFindings.of(read.profile()));
        show(null, true, Step.WORKLOADS);
    }

    /**
     * This computer, as the probe just read it: like an import, but the Host step comes first when
     * the probe left answers unknown, so that the user sees what is marked.
     */
    public void assessed(Path path) throws InvalidProfileException {
        importProbe(path);
        if (findings.containsValue(ProbeFindings.Finding.UNKNOWN)) {
            step.set(Step.HOST);
        }
    }

    /**
     * Field path to what the last probe found there; empty when the answers did not come from a
     * probe.
     */
    public javafx.collections.ObservableMap<String, ProbeFindings.Finding> findings() {
        return findingsView;
    }

    /** How many answers the last probe detected, and how many it left unknown. */
    public long findingsOf(ProbeFindings.Finding kind) {
        return findings.values().stream().filter(f -> f == kind).count();
    }

    /** Restores autosaved answers ({@link ProfileDraft#held()}), exactly as they were typed. */
    public void recover(RawValue.Fields rawDraft, Path original) {
        recover(rawDraft, original, Step.HOST);
    }

    /**
     * Restores autosaved answers on the step the user was on (This host for the Start step, where
     * no answer shows).
     */
    public void recover(RawValue.Fields rawDraft, Path original, Step at) {
        draft.load(rawDraft);
        findings.clear();
        show(original, true, at == Step.START ? Step.HOST : at);
    }

    /**
     * After new answers are in the draft: where they are saved, whether they differ from that file,
     * and the step to show.
     */
    private void show(Path savedAs, boolean unsaved, Step at) {
        assessment.set(assessment.get() + 1);
        file.set(savedAs);
        dirty.set(unsaved);
        step.set(at);
    }

    /** The answers as a valid profile, or every problem that keeps them from being one. */
    public Profile validProfile() throws InvalidProfileException {
        return checked.profile();
    }

    public void saveAs(Path path) throws InvalidProfileException, IOException {
        ProfileWriter.write(validProfile(), path);
        file.set(path);
        dirty.set(false);
    }

    public void save() throws InvalidProfileException, IOException {
        if (file.get() == null) {
            throw new IllegalStateException("no file yet: use saveAs");
        }
        saveAs(file.get());
    }

    // ---- evaluation ----

    /**
     * One check per change of an answer: the problems to mark, and the profile the advice is for.
     */
    private void reevaluate() {
        checked = ProfileValidator.check(draft.answers());
        problems.setAll(checked.problems());
        Set<Step> steps = EnumSet.noneOf(Step.class);
        checked.problems().forEach(p -> steps.add(Step.owning(p.path())));
        attention.retainAll(steps);
        attention.addAll(steps);
        profile.set(checked.usable());
        recommendation.set(services.advisor().evaluate(checked.usable()));
    }
}
