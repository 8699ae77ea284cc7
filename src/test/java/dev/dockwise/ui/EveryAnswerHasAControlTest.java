package dev.dockwise.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.profile.ProfileField;
import dev.dockwise.ui.wizard.Step;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every answer of the profile table has a row on the step that asks it (This host or Workloads),
 * where its problems and the probe's finding show: a field added to the table with no control was
 * found only at run time (ARCHITECTURE, recipe "A new profile field").
 */
@Tag("ui")
class EveryAnswerHasAControlTest extends WizardTestBase {
    @Test
    void everyRowOfTheProfileTableIsAskedOnItsStep() throws Exception {
        openBaseline();
        List<String> asked = new ArrayList<>();
        for (Step step : List.of(Step.HOST, Step.WORKLOADS)) {
            goTo(step);
            for (ProfileField field : ProfileField.values()) {
                String id = "#error-" + field.path().replace('.', '-');
                if (lookup(id).tryQuery().isPresent()) {
                    asked.add(field.path());
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (ProfileField field : ProfileField.values()) {
            if (!asked.contains(field.path())) {
                missing.add(field.path());
            }
        }
        assertTrue(missing.isEmpty(), "asked on no step: " + missing);
    }
}
