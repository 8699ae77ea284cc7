package dev.dockwise.ui.setupcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.TestEngine;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.scripts.probe.SetupCheck;
import dev.dockwise.ui.wizard.WizardSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which mode "Check the setup" checks, and its answer in one sentence, without a toolkit. */
class SetupCheckViewModelTest {
    @TempDir Path dir;

    @Test
    void theSavedScriptsModeComesFirstThenTheRecommendedOneAndAChoiceMadeHereStays()
            throws Exception {
        WizardSession wizard = new WizardSession(TestEngine.ADVISOR);
        wizard.open(Files.writeString(dir.resolve("host.dockwise.json"), TestEngine.baseline()));
        AtomicReference<Optional<Mode>> saved = new AtomicReference<>(Optional.empty());
        SetupCheckViewModel check = new SetupCheckViewModel(wizard, saved::get, SetupCheck.TIMEOUT);
        assertFalse(check.getModes().contains(Mode.LCOW), "no script, no check");
        assertEquals(SetupCheck.MODES.size(), check.getModes().size());

        check.suggestMode();
        assertEquals(
                wizard.getRecommendation().recommended().orElseThrow(),
                check.mode.get(),
                "nothing saved yet: the recommended mode");
        saved.set(Optional.of(Mode.DESKTOP_HYPERV));
        check.suggestMode();
        assertEquals(
                Mode.DESKTOP_HYPERV, check.mode.get(), "the script just saved is the one that ran");
        check.mode.set(Mode.WSL2_ENGINE);
        saved.set(Optional.of(Mode.WINDOWS_PROCESS));
        check.suggestMode();
        assertEquals(Mode.WSL2_ENGINE, check.mode.get(), "what the user chose on the page is kept");
    }

    @Test
    void theAnswerInOneSentence() {
        SetupCheckViewModel check =
                new SetupCheckViewModel(
                        new WizardSession(TestEngine.ADVISOR), Optional::empty, SetupCheck.TIMEOUT);
        SetupCheck.Step passed =
                new SetupCheck.Step(
                        "engine", "The engine answers (docker version)", true, "29.7.2", List.of());
        SetupCheck.Step failed =
                new SetupCheck.Step("container", "A test container runs", false, "no", List.of());
        String all =
                check.summary(
                        new SetupCheck.Outcome.Checked(List.of(passed, passed)), Mode.WSL2_ENGINE);
        assertTrue(all.startsWith("All 2 steps passed: Docker Engine"), all);
        String some =
                check.summary(
                        new SetupCheck.Outcome.Checked(List.of(passed, failed)), Mode.WSL2_ENGINE);
        assertTrue(some.startsWith("1 of 2 steps failed for "), some);
        String none =
                check.summary(
                        new SetupCheck.Outcome.Failed("The execution policy ...", List.of()),
                        Mode.WSL2_ENGINE);
        assertTrue(
                none.startsWith("The check of ")
                        && none.endsWith("could not run: The execution policy ..."),
                none);
    }
}
