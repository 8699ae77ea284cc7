package dev.dockwise.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.profile.ProfileField;
import dev.dockwise.ui.wizard.Step;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every answer of the profile table has a row on the step that asks it, where its problems and the
 * probe's finding show, and that step is the one {@link Step#owning} sends the user to for its
 * problems: a field added to the table with no control, or asked on a new step that {@code owning}
 * does not know, was found only at run time (ARCHITECTURE, recipes "A new profile field" and "A
 * wizard step").
 */
@Tag("ui")
class EveryAnswerHasAControlTest extends WizardTestBase {
    @Test
    void everyRowOfTheProfileTableIsAskedOnItsStep() throws Exception {
        openBaseline();
        List<String> asked = new ArrayList<>();
        List<String> elsewhere = new ArrayList<>();
        for (Step step : Step.values()) {
            goTo(step);
            for (ProfileField field : ProfileField.values()) {
                String id = "#error-" + field.path().replace('.', '-');
                if (lookup(id).tryQuery().isPresent()) {
                    asked.add(field.path());
                    // where a problem with it sends the user (the step list's marks, Save's
                    // refusal): the step that shows it
                    if (Step.owning(field.path()) != step) {
                        elsewhere.add(
                                field.path()
                                        + " is asked on "
                                        + step
                                        + " but Step.owning says "
                                        + Step.owning(field.path()));
                    }
                }
            }
        }
        assertTrue(elsewhere.isEmpty(), String.join("; ", elsewhere));
        List<String> missing = new ArrayList<>();
        for (ProfileField field : ProfileField.values()) {
            if (!asked.contains(field.path())) {
                missing.add(field.path());
            }
        }
        assertTrue(missing.isEmpty(), "asked on no step: " + missing);
    }
}
