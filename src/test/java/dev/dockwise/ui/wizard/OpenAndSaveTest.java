package dev.dockwise.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dockwise.Scenarios;
import dev.dockwise.Scenarios.Scenario;
import dev.dockwise.TestEngine;
import dev.dockwise.profile.ProfileReader;
import dev.dockwise.profile.ProfileWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A profile opened in the wizard (or imported as a probe's) and saved again is the file the writer
 * makes of that profile, byte for byte, for every shared scenario: how the draft is filled does not
 * show in what is saved. Uses only what the wizard had before its draft was made from the rows, so
 * it runs on the old code too (it passed there: the before/after comparison of issue 30).
 */
class OpenAndSaveTest {
    @TempDir Path dir;

    static Stream<Scenario> scenarios() {
        return Scenarios.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void openedThenSavedIsWhatTheWriterWrites(Scenario scenario) throws Exception {
        Path file = Files.writeString(dir.resolve("in.dockwise.json"), scenario.profileJson());
        byte[] written =
                ProfileWriter.toJson(ProfileReader.read(file))
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8);

        WizardSession opened = new WizardSession(TestEngine.ADVISOR);
        opened.open(file);
        Path saved = dir.resolve("saved.dockwise.json");
        opened.saveAs(saved);
        assertEquals(new String(written, "UTF-8"), Files.readString(saved));

        WizardSession imported = new WizardSession(TestEngine.ADVISOR);
        imported.importProbe(file);
        Path again = dir.resolve("imported.dockwise.json");
        imported.saveAs(again);
        assertEquals(new String(written, "UTF-8"), Files.readString(again));
    }
}
