package dev.dockwise.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.TestEngine;
import dev.dockwise.engine.model.Edition;
import dev.dockwise.engine.model.MachineKind;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.engine.model.Profile;
import dev.dockwise.engine.result.Recommendation;
import dev.dockwise.profile.ProfileField;
import dev.dockwise.profile.ProfileReader;
import dev.dockwise.ui.wizard.Step;
import dev.dockwise.ui.wizard.WizardSession;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Profiles as the probe writes them (Windows PowerShell 5.1's ConvertTo-Json layout, CRLF, with or
 * without a BOM) open in the engine and in the wizard's Import, with the needs left to ask.
 */
class ProbeImportTest {
    private static Path sample(String name) throws Exception {
        return Path.of(ProbeImportTest.class.getResource("/probe-samples/" + name).toURI());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "win11-pro-laptop.dockwise.json, pro,               PHYSICAL, desktop-wsl2",
        "server2022-azure.dockwise.json, server-datacenter, VIRTUAL,  wsl2-engine",
        "win10-home.dockwise.json,       home,              PHYSICAL, ''",
    })
    void probeOutputsOpenInTheEngineAndTheWizard(
            String file, String edition, MachineKind machine, String recommended) throws Exception {
        Profile profile = ProfileReader.read(sample(file));
        assertEquals(edition, profile.host().edition().id());
        assertEquals(machine, profile.host().machine());
        assertTrue(profile.needs().containers().isEmpty(), "needs are left for the wizard");
        Recommendation r = TestEngine.ADVISOR.evaluate(profile);
        assertTrue(
                r.assumptions().stream().anyMatch(a -> a.startsWith("Container types unknown")),
                r.assumptions().toString());
        if (recommended.isEmpty()) {
            assertTrue(
                    r.recommended().isEmpty() || r.bestAfterChanges().isPresent(),
                    "firmware virtualization off: needs changes");
        } else {
            assertEquals(recommended, r.recommended().map(Mode::id).orElse("none"));
        }

        WizardSession vm = new WizardSession(TestEngine.ADVISOR);
        vm.importProbe(sample(file));
        assertEquals(Step.WORKLOADS, vm.getStep());
        assertEquals(
                Edition.valueOf(edition.toUpperCase().replace('-', '_')),
                vm.draft().choice(ProfileField.EDITION, Edition.class).get());
        assertEquals(
                String.valueOf(profile.host().build()), vm.draft().text(ProfileField.BUILD).get());
        assertTrue(vm.getProblems().isEmpty(), vm.getProblems().toString());
    }
}
