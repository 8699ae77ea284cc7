package dev.dockwise.scripts;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the tree-sitter PowerShell checks of src/test/ps, which the Maven build installs with npm
 * before the tests (pom.xml, execution ps-check, into target/ps-check). A test that needs them and
 * doesn't find them fails: the checks that every generated script parses are not to be left out.
 */
public final class PsTool {
    private PsTool() {}

    public record Run(int exitCode, String out) {}

    public static Path home() {
        Path dir = Path.of(System.getProperty("dockwise.ps.check", "target/ps-check"));
        if (!Files.isRegularFile(
                dir.resolve(
                        Path.of(
                                "node_modules",
                                "tree-sitter-powershell",
                                "tree-sitter-powershell.wasm")))) {
            fail(
                    "the PowerShell checker is not in "
                            + dir.toAbsolutePath()
                            + ": the Maven build installs it before the tests"
                            + " (mvn -B test; it needs Node.js and npm: README, Set up)");
        }
        return dir;
    }

    public static Run node(String tool, List<Path> files) throws IOException, InterruptedException {
        Path home = home();
        List<String> command = new ArrayList<>(List.of("node", home.resolve(tool).toString()));
        files.forEach(f -> command.add(f.toAbsolutePath().toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("node " + tool + " timed out");
        }
        return new Run(p.exitValue(), out);
    }
}
