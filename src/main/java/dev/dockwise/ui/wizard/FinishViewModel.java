package dev.dockwise.ui.wizard;

import dev.dockwise.engine.model.Mode;
import dev.dockwise.engine.result.Recommendation;
import dev.dockwise.scripts.plans.InstallPlan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Finish page: what was done in this session (assessment, script, report saved or printed,
 * where) and what to do next with it, in order. The exports tell it what they wrote.
 */
public final class FinishViewModel {
    /** Something the user took away: what it is and where it went (a file, or a printer's name). */
    public record Done(Kind kind, String what, String where) {}

    /** The kinds of things taken away; the next steps depend on which. */
    public enum Kind {
        SCRIPT,
        REPORT,
        PRINTED,
        OTHER
    }

    private final WizardSession wizard;
    private final ObservableList<Done> done = FXCollections.observableArrayList();
    private List<String> scriptNotes = List.of();
    private Mode scriptMode;

    public FinishViewModel(WizardSession wizard) {
        this.wizard = wizard;
    }

    public ObservableList<Done> getDone() {
        return done;
    }

    public void saved(Kind kind, String what, Path file) {
        done.add(new Done(kind, what, file.toAbsolutePath().toString()));
    }

    /** The install script saved: what it sets up, and the notes its plan gives for afterwards. */
    public void scriptSaved(InstallPlan plan, Path file) {
        scriptNotes = plan.notes();
        scriptMode = plan.mode();
        saved(Kind.SCRIPT, "Install script saved (" + plan.title() + ")", file);
    }

    /**
     * The mode of the last install script saved in this session, which "Check the setup" checks
     * first.
     */
    public Optional<Mode> scriptMode() {
        return Optional.ofNullable(scriptMode);
    }

    public void printed(String printer) {
        done.add(new Done(Kind.PRINTED, "Report printed", printer));
    }

    /** The assessment's own state: saved where, or not yet. */
    public String assessment() {
        Path file = wizard.getFile();
        if (file == null) {
            return "The assessment is not saved yet.";
        }
        return (wizard.isDirty()
                        ? "The assessment has unsaved changes; last saved to "
                        : "The assessment is saved to ")
                + file.toAbsolutePath();
    }

    public String mode() {
        Recommendation r = wizard.getRecommendation();
        Optional<Mode> mode = r.recommended().or(r::bestAfterChanges);
        return mode.map(m -> wizard.knowledge().modes().mode(m).name())
                .orElse("none: nothing works on this host as it is");
    }

    /** What to do next, in order, given what was taken away. */
    public List<String> nextSteps() {
        List<String> steps = new ArrayList<>();
        int problems = wizard.getProblems().size();
        if (problems > 0) {
            // an answer that needs attention is read as unknown: the advice and the script rest on
            // assumptions until it is fixed
            steps.add(
                    "Fix the "
                            + (problems == 1 ? "answer" : problems + " answers")
                            + " marked on "
                            + String.join(
                                    " and ",
                                    wizard.getAttention().stream()
                                            .sorted()
                                            .map(s -> "\"" + s.title() + "\"")
                                            .toList())
                            + ": until then Dockwise treats "
                            + (problems == 1 ? "it" : "them")
                            + " as unknown.");
        }
        Optional<Done> script = last(Kind.SCRIPT);
        Recommendation r = wizard.getRecommendation();
        boolean works = r.recommended().isPresent() || r.bestAfterChanges().isPresent();
        if (script.isPresent()) {
            steps.add(
                    "Copy "
                            + Path.of(script.get().where()).getFileName()
                            + " to the host and run it in PowerShell as administrator: "
                            + "first with -WhatIf to see what it would change, then without.");
            steps.add(
                    "Restart when the script says so (turning Windows features on needs a restart),"
                            + " then run it again: it goes on where it stopped.");
            steps.add(
                    "When it has finished, do what its last lines say, where setting up needs more"
                            + " from you.");
            scriptNotes.forEach(note -> steps.add("Keep in mind: " + note));
        } else if (works) {
            steps.add(
                    "Save the install script for this host on the Export step: it checks the host"
                            + " first and sets up "
                            + mode()
                            + ".");
        } else {
            steps.add(
                    "Nothing can run on this host as it is: the Recommendation step says why each"
                            + " mode is impossible and what would change that.");
        }
        if (last(Kind.REPORT).isEmpty() && last(Kind.PRINTED).isEmpty()) {
            steps.add(
                    "Share the comparison: save the report as PDF or HTML, or print it, on the"
                            + " Export step.");
        }
        if (wizard.getFile() == null || wizard.isDirty()) {
            steps.add(
                    "Save the assessment (File > Save) to come back to it or to plan other hosts"
                            + " like it.");
        }
        steps.add("If Docker then fails with an error, paste it into Tools > Troubleshoot.");
        return steps;
    }

    private Optional<Done> last(Kind kind) {
        for (int i = done.size() - 1; i >= 0; i--) {
            if (done.get(i).kind() == kind) {
                return Optional.of(done.get(i));
            }
        }
        return Optional.empty();
    }
}
