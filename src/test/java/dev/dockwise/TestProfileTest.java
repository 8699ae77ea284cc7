package dev.dockwise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.engine.model.ContainerType;
import dev.dockwise.engine.model.Edition;
import dev.dockwise.engine.model.Profile;
import dev.dockwise.engine.model.ServerInstallation;
import dev.dockwise.profile.ProfileReader;
import org.junit.jupiter.api.Test;

class TestProfileTest {
    /**
     * The baseline file with one text replaced, read as a saved profile is: the JSON a typed answer
     * must equal.
     */
    private static Profile file(String from, String to) throws Exception {
        String json = TestEngine.baseline();
        assertTrue(json.contains(from), from);
        return ProfileReader.read(json.replace(from, to));
    }

    @Test
    void theBaselineIsTheBaselineAndAnswersChangeOneByOne() throws Exception {
        assertEquals(ProfileReader.read(TestEngine.baseline()), TestProfile.baseline().profile());
        assertEquals(
                file("\"edition\":\"pro\"", "\"edition\":\"home\""),
                TestProfile.baseline().edition(Edition.HOME).profile());
        assertEquals(
                java.util.Set.of(ContainerType.WINDOWS),
                TestProfile.baseline()
                        .containers(ContainerType.WINDOWS)
                        .profile()
                        .needs()
                        .containers());
    }

    @Test
    void nullIsUnknownAsJsonNullAndAnAbsentFieldAre() throws Exception {
        Profile unknownEdition = TestProfile.baseline().edition(null).profile();
        assertEquals(file("\"edition\":\"pro\"", "\"edition\":null"), unknownEdition);
        assertEquals(file("\"edition\":\"pro\",", ""), unknownEdition);
        assertEquals(
                file("\"virtualizationEnabled\":true", "\"virtualizationEnabled\":null"),
                TestProfile.baseline().virtualizationEnabled(null).profile());
        assertEquals(
                file("\"containers\":[\"linux\"]", "\"containers\":null"),
                TestProfile.baseline().containers().profile());
    }

    @Test
    void aProfileNoUserCouldHandOverFailsTheTestThatBuildsIt() {
        AssertionError e =
                assertThrows(
                        AssertionError.class,
                        () ->
                                TestProfile.baseline()
                                        .serverInstallation(ServerInstallation.SERVER_CORE)
                                        .profile());
        assertTrue(e.getMessage().contains("host.serverInstallation"), e.getMessage());
    }
}
