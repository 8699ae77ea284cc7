package dev.dockwise.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.scripts.probe.ProbeScript;
import dev.dockwise.scripts.probe.VerifyScript;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every script the generator writes for the shared scenarios, the probe and the check of a setup
 * parse as PowerShell.
 */
class ScriptSyntaxTest {
    private static final Path DIR = Path.of("target", "generated-scripts");

    @Test
    void everyGeneratedScriptAndTheProbeParse() throws Exception {
        Files.createDirectories(DIR);
        List<Path> files = new ArrayList<>();
        for (ScriptCorpus.Item item : ScriptCorpus.all()) {
            Path file = DIR.resolve(item.name() + ".ps1");
            Files.write(file, item.script().bytes());
            files.add(file);
        }
        Path probe = DIR.resolve("probe.ps1");
        Files.write(probe, ProbeScript.bytes());
        files.add(probe);
        Path verify = DIR.resolve("verify.ps1");
        Files.write(verify, VerifyScript.bytes());
        files.add(verify);
        assertTrue(files.size() > 40, "expected many scripts, got " + files.size());
        PsTool.Run run = PsTool.node("check.mjs", files);
        assertEquals(0, run.exitCode(), run.out());
        assertTrue(run.out().contains(files.size() + " passed, 0 failed"), run.out());
    }
}
