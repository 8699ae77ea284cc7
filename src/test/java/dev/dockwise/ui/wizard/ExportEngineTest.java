package dev.dockwise.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.TestEngine;
import dev.dockwise.TestProfile;
import dev.dockwise.engine.model.ContainerType;
import dev.dockwise.engine.model.Edition;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.profile.ProfileWriter;
import dev.dockwise.scripts.options.ScriptOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The Export step offers the engine the recommendation names (issue 27, point 6): on Windows Server
 * 2016 the script it shows first is the Mirantis one the command line makes, not a refusal.
 */
class ExportEngineTest {
    private final WizardSession wizard = new WizardSession(TestEngine.ADVISOR);
    private final ExportViewModel export = new ExportViewModel(wizard);

    private void open(TestProfile host) throws Exception {
        Path file = Files.createTempFile("engine", ".dockwise.json");
        ProfileWriter.write(host.profile(), file);
        wizard.open(file);
    }

    @Test
    void onServer2016TheFirstScriptShownIsMirantisAsTheCommandLineMakesIt() throws Exception {
        open(
                TestProfile.baseline()
                        .edition(Edition.SERVER_STANDARD)
                        .build(14393)
                        .containers(ContainerType.WINDOWS));
        export.mode.set(Mode.WINDOWS_PROCESS);
        assertNull(export.engine.get(), "no engine chosen yet");
        assertEquals(ScriptOptions.ServerEngine.MIRANTIS, export.defaultEngine());
        assertNotNull(
                export.scriptProperty().get(),
                "a script, not a refusal: " + export.messageProperty().get());
        assertTrue(export.scriptProperty().get().text().contains("Mirantis"));
        export.engine.set(ScriptOptions.ServerEngine.DOCKER_CE);
        assertNull(export.scriptProperty().get(), "Docker CE chosen on Server 2016 is refused");
        assertTrue(
                export.messageProperty().get().contains("--engine mirantis")
                        || export.messageProperty().get().contains("Mirantis"));
    }

    @Test
    void onServer2022TheDefaultStaysDockerCe() throws Exception {
        open(
                TestProfile.baseline()
                        .edition(Edition.SERVER_STANDARD)
                        .build(20348)
                        .containers(ContainerType.WINDOWS));
        export.mode.set(Mode.WINDOWS_PROCESS);
        assertEquals(ScriptOptions.ServerEngine.DOCKER_CE, export.defaultEngine());
        assertNotNull(export.scriptProperty().get(), export.messageProperty().get());
        assertTrue(export.scriptProperty().get().text().contains("dockerd"));
    }
}
