package dev.dockwise.launch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The class list the Linux installer archives at install time (installer/linux/app-files, made by
 * make-classlist.sh) names Dockwise's classes as they are: a class renamed or moved since the list
 * was made is silently left out of the archive, and the first frame loads it from the jar again.
 */
class StartupClassListTest {
    private static final Path LIST = Path.of("installer/linux/app-files/dockwise.classlist");

    private static Set<String> dockwiseClasses() throws IOException {
        Set<String> named = new LinkedHashSet<>();
        for (String line : Files.readAllLines(LIST, StandardCharsets.UTF_8)) {
            String[] words = line.strip().split("\\s+");
            // "dev/dockwise/X id: N" or "@lambda-proxy dev/dockwise/X method ..."
            String name =
                    words[0].equals("@lambda-proxy") && words.length > 1 ? words[1] : words[0];
            if (name.startsWith("dev/dockwise/")) {
                named.add(name);
            }
        }
        return named;
    }

    @Test
    void everyDockwiseClassItNamesExists() throws IOException {
        List<String> gone = new ArrayList<>();
        for (String name : dockwiseClasses()) {
            if (StartupClassListTest.class.getClassLoader().getResource(name + ".class") == null) {
                gone.add(name);
            }
        }
        assertTrue(
                gone.isEmpty(),
                gone.size()
                        + " classes named in "
                        + LIST
                        + " no longer exist (run installer/linux/make-classlist.sh): "
                        + gone);
    }

    @Test
    void itHoldsTheClassesOfTheFirstFrame() throws IOException {
        Set<String> named = dockwiseClasses();
        for (String first :
                List.of(
                        "dev/dockwise/Main",
                        "dev/dockwise/ui/DockwiseApp",
                        "dev/dockwise/ui/shell/FirstFrame",
                        "dev/dockwise/ui/steps/StartStepView")) {
            assertTrue(
                    named.contains(first),
                    LIST + " lacks " + first + ": it was not made by starting the wizard");
        }
    }
}
