package dev.dockwise.ui.wizard;

import dev.dockwise.files.IoMessages;
import dev.dockwise.profile.InvalidProfileException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The assessment as a file: open one, import a probe's results, save. Each answers with nothing
 * when it was done, or with the {@link Refusal} that says why not; the answers are then as they
 * were.
 */
public final class DocumentViewModel {
    private final WizardSession wizard;

    public DocumentViewModel(WizardSession wizard) {
        this.wizard = wizard;
    }

    /** Opens a saved assessment (or a probe's output). */
    public Optional<Refusal> open(Path file) {
        return taken(file, wizard::open);
    }

    /** Imports a probe's results as a new, unsaved assessment. */
    public Optional<Refusal> importProbe(Path file) {
        return taken(file, wizard::importProbe);
    }

    /** How the wizard takes a file in: whole, or not at all. */
    private interface Taking {
        void in(Path file) throws InvalidProfileException;
    }

    private static Optional<Refusal> taken(Path file, Taking taking) {
        try {
            taking.in(file);
            return Optional.empty();
        } catch (InvalidProfileException e) {
            return Optional.of(new Refusal("Can't open " + file.getFileName(), describe(e)));
        }
    }

    /**
     * Saves the answers to this file; answers that keep them from being a profile send the user to
     * the step of the first, and a file that could not be written leaves what was there.
     */
    public Optional<Refusal> saveAs(Path file) {
        try {
            wizard.saveAs(file);
            return Optional.empty();
        } catch (InvalidProfileException e) {
            return Optional.of(
                    new Refusal(
                            "Some answers need attention before saving",
                            describe(e)
                                    + "\n\nYour answers are kept; fix the marked fields and save"
                                    + " again.",
                            e.problems().stream().findFirst().map(p -> Step.owning(p.path()))));
        } catch (IOException e) {
            return Optional.of(
                    new Refusal(
                            "Could not save " + file.getFileName(),
                            "Saving to "
                                    + file
                                    + " failed: "
                                    + IoMessages.reason(e)
                                    + "\n\nNothing was overwritten. Choose another folder with"
                                    + " Save As."));
        }
    }

    private static String describe(InvalidProfileException e) {
        return String.join("\n", e.shownProblems());
    }
}
