package dev.dockwise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.engine.model.ContainerType;
import dev.dockwise.engine.model.Edition;
import dev.dockwise.engine.model.ServerInstallation;
import org.junit.jupiter.api.Test;

class TestProfileTest {
    @Test
    void theBaselineIsTheBaselineAndAnswersChangeOneByOne() {
        assertEquals(TestEngine.profile(p -> { }), TestProfile.baseline().profile());
        assertEquals(TestEngine.profile(p -> TestEngine.host(p).put("edition", "home")), TestProfile.baseline().edition(Edition.HOME).profile());
        assertEquals(java.util.Set.of(ContainerType.WINDOWS), TestProfile.baseline().containers(ContainerType.WINDOWS).profile().needs().containers());
    }

    @Test
    void aProfileNoUserCouldHandOverFailsTheTestThatBuildsIt() {
        AssertionError e = assertThrows(AssertionError.class, () -> TestProfile.baseline().serverInstallation(ServerInstallation.SERVER_CORE).profile());
        assertTrue(e.getMessage().contains("host.serverInstallation"), e.getMessage());
    }
}
