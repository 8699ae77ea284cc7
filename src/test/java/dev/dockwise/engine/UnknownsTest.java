package dev.dockwise.engine;

import static dev.dockwise.TestProfile.baseline;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.TestEngine;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.engine.model.Profile;
import dev.dockwise.engine.result.Recommendation;
import dev.dockwise.profile.ProfileReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The engine reasons with unknowns and says what it assumed, never guessing silently. */
class UnknownsTest {

    @Test
    void aProfileWithNothingButTheSchemaStillGetsAnAnswerAndItsAssumptions() throws Exception {
        Profile empty = ProfileReader.read("{\"schema\":\"dockwise.profile/v1\"}");
        Recommendation r = TestEngine.ADVISOR.evaluate(empty);
        // no edition is assumed: what works on every edition is recommended, Docker Desktop needs
        // the edition checked
        assertEquals(Optional.of(Mode.LINUX_VM), r.recommended());
        assertEquals(Optional.of(Mode.DESKTOP_WSL2), r.bestAfterChanges());
        assertTrue(
                r.option(Mode.DESKTOP_WSL2).fixes().stream()
                        .anyMatch(f -> f.action().startsWith("Needs checking")));
        List<String> a = r.assumptions();
        for (String expected :
                List.of(
                        "Edition unknown",
                        "Windows build unknown",
                        "Architecture unknown",
                        "Memory unknown",
                        "Virtualization in firmware unknown",
                        "Container types unknown",
                        "Purpose unknown",
                        "Organization size unknown",
                        "Administrator rights unknown",
                        "Physical or virtual machine unknown")) {
            assertTrue(
                    a.stream().anyMatch(s -> s.startsWith(expected)),
                    () -> expected + " missing from " + a);
        }
    }

    @Test
    void serverInstallationOptionImpliesWindowsServer() throws Exception {
        Profile p =
                ProfileReader.read(
                        "{\"schema\":\"dockwise.profile/v1\",\"host\":{\"serverInstallation\":\"server-core\",\"build\":20348},"
                            + "\"needs\":{\"containers\":[\"windows\"]}}");
        Recommendation r = TestEngine.ADVISOR.evaluate(p);
        assertTrue(
                r.assumptions().stream().anyMatch(s -> s.contains("assumed Windows Server")),
                r.assumptions()::toString);
        // Windows Server, but which one is unknown (Hyper-V Server is Server Core too): Windows
        // containers need checking
        assertEquals(Optional.empty(), r.recommended());
        assertEquals(Optional.of(Mode.WINDOWS_PROCESS), r.bestAfterChanges());
    }

    @Test
    void assumptionsOnlyNameWhatWasUsed() {
        Recommendation r = baseline().evaluate();
        assertTrue(
                r.assumptions().stream().noneMatch(s -> s.contains("image version")),
                r.assumptions()::toString);
    }
}
