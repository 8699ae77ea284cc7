package dev.dockwise.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.TestEngine;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An installed version must be one the engine can compare with its minimums: "seven" was taken and
 * assumed recent enough.
 */
class SoftwareVersionTest {
    private static List<ProfileProblem> problems(String virtualBox) {
        String json =
                TestEngine.baseline()
                        .replace("\"virtualBox\":null", "\"virtualBox\":\"" + virtualBox + "\"");
        try {
            return ProfileValidator.check(
                            RawValue.of(
                                    ProfileReader.parse(
                                            json.getBytes(
                                                    java.nio.charset.StandardCharsets.UTF_8))))
                    .problems();
        } catch (InvalidProfileException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"seven", "v7", "7.", ".7"})
    void wordsAndNumberlessTextAreRefusedAtTheField(String typed) {
        List<ProfileProblem> found =
                problems(typed).stream()
                        .filter(p -> p.path().equals("host.software.virtualBox"))
                        .toList();
        assertEquals(1, found.size(), typed + ": " + found);
        assertTrue(
                found.get(0).message().contains("a version number such as 7.1.4"),
                found.get(0).message());
        assertTrue(
                found.get(0).forUser().startsWith("Type the version in digits"),
                found.get(0).forUser());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "7",
                "7.1.4",
                "7.1.4r165100",
                "6.1.50 r161033",
                "4.49.0 (208700)",
                "17.6.1-beta"
            })
    void versionsAsProductsShowThemAreTaken(String typed) {
        assertTrue(
                problems(typed).stream()
                        .noneMatch(p -> p.path().equals("host.software.virtualBox")),
                typed);
    }
}
