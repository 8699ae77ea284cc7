package dev.dockwise.scripts;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the tree-sitter PowerShell checks (src/test/ps, installed by .ci/run into the folder named by
 * DOCKWISE_PS_CHECK). Locally without it the tests that need it are skipped; in CI they fail.
 */
public final class PsTool {
    private PsTool() {
    }

    public record Run(int exitCode, String out) {
    }

    public static Path home() {
        String dir = System.getenv("DOCKWISE_PS_CHECK");
        if (dir == null || !Files.isRegularFile(Path.of(dir, "node_modules", "tree-sitter-powershell", "tree-sitter-powershell.wasm"))) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("DOCKWISE_PS_CHECK must point at an installed copy of src/test/ps (see .ci/run)");
            }
            Assumptions.abort("PowerShell syntax checker not installed (set DOCKWISE_PS_CHECK; .ci/run does)");
        }
        return Path.of(dir);
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
