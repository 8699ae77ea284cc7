package dev.dockwise.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.TestEngine;
import dev.dockwise.engine.model.Edition;
import dev.dockwise.engine.model.MachineKind;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.engine.model.Orchestration;
import dev.dockwise.profile.ProfileField;
import dev.dockwise.scripts.options.ScriptOption;
import org.junit.jupiter.api.Test;

/**
 * The Export step's words say what the chosen script does on this host, its facts from the
 * knowledge data.
 */
class ExportWordsTest {
    private final WizardSession wizard = new WizardSession(TestEngine.ADVISOR);
    private final ExportViewModel export = new ExportViewModel(wizard);

    private void load(String json) throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("words", ".dockwise.json");
        java.nio.file.Files.writeString(file, json);
        wizard.open(file);
    }

    @Test
    void theProxyReachesAptOnlyWhereTheScriptUsesApt() throws Exception {
        load(TestEngine.baseline());
        export.mode.set(Mode.DESKTOP_WSL2);
        assertFalse(
                export.help(ScriptOption.PROXY_HTTP).contains("apt"),
                export.help(ScriptOption.PROXY_HTTP));
        export.mode.set(Mode.WSL2_ENGINE);
        assertTrue(
                export.help(ScriptOption.PROXY_HTTP).contains("apt"),
                export.help(ScriptOption.PROXY_HTTP));
    }

    @Test
    void theDockerVersionShownIsTheOneTheScriptInstalls() throws Exception {
        String installs =
                TestEngine.ADVISOR.knowledge().install().dockerCeStatic().defaultVersion();
        assertEquals(installs, export.example(ScriptOption.DOCKER_VERSION));
        assertTrue(export.help(ScriptOption.DOCKER_VERSION).contains(installs));
        assertFalse(export.example(ScriptOption.DOCKER_VERSION).contains("latest"));
    }

    @Test
    void theSwarmAddressOnlyWithSwarmAndTheParentHostOnlyForAVirtualMachine() throws Exception {
        load(
                TestEngine.baseline()
                        .replace("\"edition\":\"pro\"", "\"edition\":\"server-standard\"")
                        .replace("22631", "20348")
                        .replace("\"containers\":[\"linux\"]", "\"containers\":[\"windows\"]"));
        export.mode.set(Mode.WINDOWS_PROCESS);
        wizard.draft()
                .choice(ProfileField.ORCHESTRATION, Orchestration.class)
                .set(Orchestration.NONE);
        assertFalse(export.applies(ScriptOption.SWARM_ADDRESS), "no Swarm address without Swarm");
        wizard.draft()
                .choice(ProfileField.ORCHESTRATION, Orchestration.class)
                .set(Orchestration.SWARM);
        assertTrue(export.applies(ScriptOption.SWARM_ADDRESS));
        assertTrue(export.applies(ScriptOption.DOCKER_VERSION));

        assertFalse(export.parentHostApplies(), "a physical machine has no parent host");
        wizard.draft().choice(ProfileField.MACHINE, MachineKind.class).set(MachineKind.VIRTUAL);
        assertTrue(export.parentHostApplies());
        wizard.draft().choice(ProfileField.EDITION, Edition.class).set(Edition.PRO);
    }
}
