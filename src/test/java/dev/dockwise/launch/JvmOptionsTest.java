package dev.dockwise.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The child gets the parent's JVM options as the JVM got them, once each. */
class JvmOptionsTest {

    @Test
    void optionsOfTwoWordsReachTheChildAsTheJvmJoinedThem() {
        // what the JVM reports for: java --add-modules java.sql --module-path lib --add-opens
        // java.base/java.lang=ALL-UNNAMED -jar ...
        List<String> input =
                List.of(
                        "--add-modules=java.sql",
                        "--module-path=lib",
                        "--add-opens=java.base/java.lang=ALL-UNNAMED",
                        "-Xmx512m");
        assertEquals(input, JvmOptions.forChild(input, null, null));
    }

    @Test
    void optionsFromTheEnvironmentAreLeftToTheChildsEnvironment() {
        List<String> input = List.of("-Dz=3", "-Dy=2", "-Dx=1");
        assertEquals(List.of("-Dx=1"), JvmOptions.forChild(input, "-Dz=3", "  -Dy=2 "));
        assertEquals(input, JvmOptions.forChild(input, "", null));
    }

    @Test
    void thisJvmsOwnOptionsAreReadWhole() {
        // surefire starts the test JVM with options of its own; each is one token, none a stray
        // value
        assertTrue(
                JvmOptions.ofThisJvm().stream().allMatch(o -> o.startsWith("-")),
                JvmOptions.ofThisJvm()::toString);
    }
}
