package dev.dockwise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dockwise.TestEngine;
import dev.dockwise.engine.model.Mode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands of SPEC section 3 and their output formats. */
class CommandLineTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path dir;

    @Test
    void versionPrintsTheKnowledgeDate() {
        CliRun run = CliRun.of("--version");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("dockwise 1.0.0"), run.out());
        assertTrue(
                run.out()
                        .contains(
                                "knowledge base as of "
                                        + dev.dockwise.TestEngine.ADVISOR
                                                .knowledge()
                                                .meta()
                                                .asOf()),
                run.out());
    }

    @Test
    void helpOnEveryCommand() {
        for (String command : List.of("recommend", "compare", "matrix")) {
            CliRun run = CliRun.of(command, "--help");
            assertEquals(0, run.exitCode(), command);
            assertTrue(run.out().contains("Usage: dockwise " + command), run.out());
        }
        CliRun root = CliRun.of("--help");
        assertTrue(
                root.out().contains("recommend") && root.out().contains("Exit codes"), root.out());
    }

    @Test
    void recommendJsonHasTheSpecLayout() throws Exception {
        Path file = dir.resolve("p.json");
        Files.writeString(file, TestEngine.baseline());
        JsonNode out =
                JSON.readTree(
                        CliRun.of("recommend", "--profile", file.toString(), "--format", "json")
                                .out());
        assertEquals("dockwise.recommendation/v1", out.get("schema").asText());
        assertEquals(
                dev.dockwise.TestEngine.ADVISOR.knowledge().meta().asOf().toString(),
                out.get("knowledgeAsOf").asText());
        assertEquals("desktop-wsl2", out.get("recommended").asText());
        assertTrue(out.get("bestAfterChanges").isNull());
        assertEquals(Mode.values().length, out.get("options").size());
        for (JsonNode option : out.get("options")) {
            List<String> fields = new ArrayList<>();
            option.fieldNames().forEachRemaining(fields::add);
            assertEquals(
                    List.of("mode", "status", "score", "reasons", "warnings", "fixes", "blockers"),
                    fields);
        }
    }

    @Test
    void recommendTextAndMarkdownNameTheRecommendation() throws Exception {
        Path file = dir.resolve("p.json");
        Files.writeString(file, TestEngine.baseline());
        String text = CliRun.of("recommend", "--profile", file.toString()).out();
        assertTrue(
                text.contains("Recommended:        Docker Desktop (WSL 2 backend) (desktop-wsl2)"),
                text);
        assertTrue(
                text.chars().allMatch(c -> c < 128),
                "text output must be ASCII for Windows consoles");
        String md =
                CliRun.of("recommend", "--profile", file.toString(), "--format", "markdown").out();
        assertTrue(md.startsWith("# Dockwise recommendation: test-host"), md);
        assertTrue(
                md.contains(
                        "| 1 | Docker Desktop (WSL 2 backend) (`desktop-wsl2`) | recommended |"),
                md);
    }

    @Test
    void compareInEveryFormat() throws Exception {
        JsonNode json = JSON.readTree(CliRun.of("compare", "--format", "json").out());
        assertEquals(8, json.get("modes").size());
        assertEquals(15, json.get("features").size());
        for (JsonNode feature : json.get("features")) {
            for (Mode mode : Mode.values()) {
                assertTrue(
                        feature.get("cells").has(mode.id()),
                        feature.get("id") + " lacks " + mode.id());
            }
        }
        String csv = CliRun.of("compare", "--format", "csv").out();
        String[] lines = csv.split("\r\n");
        assertEquals(16, lines.length);
        assertTrue(lines[0].startsWith("Feature,Docker Toolbox (toolbox),"), lines[0]);
        String md = CliRun.of("compare", "--format", "markdown").out();
        assertTrue(md.contains("| **Host OS** |"), md);
        String text = CliRun.of("compare").out();
        assertTrue(text.contains("Startup time") && text.contains("desktop-wsl2"), text);
    }

    @Test
    void matrixForOneHostHasEightCells() throws Exception {
        JsonNode json =
                JSON.readTree(
                        CliRun.of("matrix", "--host-build", "20348", "--format", "json").out());
        assertEquals("dockwise.matrix/v1", json.get("schema").asText());
        assertEquals(20348, json.get("hostBuild").asInt());
        assertEquals(8, json.get("cells").size());
        JsonNode first = json.get("cells").get(0);
        assertEquals(List.of("image", "isolation", "support", "note"), names(first));
        JsonNode client =
                JSON.readTree(
                        CliRun.of(
                                        "matrix",
                                        "--host-build",
                                        "22631",
                                        "--host-kind",
                                        "client",
                                        "--format",
                                        "json")
                                .out());
        assertEquals("Windows 11 23H2", client.get("host").asText());
    }

    @Test
    void wholeMatrixListsEveryHostOfTheCurrentTable() throws Exception {
        JsonNode json = JSON.readTree(CliRun.of("matrix", "--format", "json").out());
        assertEquals(7, json.get("hosts").size());
        String text = CliRun.of("matrix").out();
        assertTrue(text.contains("Windows Server 2022") && text.contains("ltsc2025"), text);
    }

    private static List<String> names(JsonNode node) {
        List<String> fields = new ArrayList<>();
        node.fieldNames().forEachRemaining(fields::add);
        return fields;
    }

    @Test
    void everyCommandsHelpIsWhollyFormatted() throws Exception {
        // picocli formats help texts with String.format: a bare % (as in %ProgramData%) prints a
        // warning and the raw text
        java.io.PrintStream saved = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(
                new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            for (String command :
                    new picocli.CommandLine(new RootCommand()).getSubcommands().keySet()) {
                CliRun run = CliRun.of(command, "--help");
                assertEquals(0, run.exitCode(), command + ": " + run.err());
                assertFalse(
                        run.out().contains("%n") || run.out().contains("%%"),
                        command + ": " + run.out());
            }
        } finally {
            System.setErr(saved);
        }
        assertEquals("", captured.toString(java.nio.charset.StandardCharsets.UTF_8));
    }
}
