package dev.dockwise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dockwise.TestEngine;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.engine.result.Recommendation;
import dev.dockwise.fleet.FleetGenerator;
import dev.dockwise.profile.ProfileReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** dockwise plan over a generated fleet, checked host by host against the engine. */
class PlanCommandTest {
    private static final int HOSTS = 3000;

    @Test
    void planningAFleetAgreesWithTheEngineOnEveryHost(@TempDir Path dir) throws Exception {
        FleetGenerator.Fleet fleet = FleetGenerator.generate(HOSTS, 20, 42);
        Path jsonl = dir.resolve("fleet.jsonl");
        FleetGenerator.writeJsonLines(fleet, jsonl);
        Path out = dir.resolve("plan");

        CliRun run = CliRun.of("plan", "--profiles", jsonl.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Planned " + HOSTS + " hosts"), run.out());
        assertTrue(run.err().contains("invalid profile fleet.jsonl line 20: "), run.err());

        List<String> rows = Files.readAllLines(out.resolve("summary.csv"), StandardCharsets.UTF_8);
        assertEquals(HOSTS + 1, rows.size(), "one row per host, valid or not, plus the header");
        long invalidRows = rows.stream().skip(1).filter(r -> r.contains(",invalid,")).count();
        assertEquals(fleet.invalidCount(), invalidRows);

        int scripts = 0;
        for (int i = 0; i < HOSTS; i++) {
            String base = String.format("line-%06d", i + 1);
            Path recommendation = out.resolve("hosts").resolve(base + ".recommendation.json");
            if (fleet.invalid().get(i)) {
                assertTrue(Files.notExists(recommendation), base);
                continue;
            }
            Recommendation expected =
                    TestEngine.ADVISOR.evaluate(ProfileReader.read(fleet.lines().get(i)));
            JsonNode written = new ObjectMapper().readTree(recommendation.toFile());
            assertEquals(
                    expected.recommended().map(Mode::id).orElse(null),
                    written.get("recommended").isNull()
                            ? null
                            : written.get("recommended").asText(),
                    base);
            String row = rows.get(i + 1);
            String planned =
                    expected.recommended()
                            .or(expected::bestAfterChanges)
                            .map(Mode::id)
                            .orElse(null);
            if (planned != null
                    && Files.exists(out.resolve("hosts").resolve(base + "-" + planned + ".ps1"))) {
                scripts++;
                assertTrue(row.contains("hosts/" + base + "-" + planned + ".ps1"), row);
            }
            if (expected.recommended().isEmpty() && expected.bestAfterChanges().isEmpty()) {
                assertTrue(row.contains(",nothing-works,"), row);
            }
        }
        try (Stream<Path> files = Files.list(out.resolve("hosts"))) {
            assertEquals(
                    HOSTS - fleet.invalidCount() + scripts,
                    files.count(),
                    "a recommendation per valid host and the scripts, nothing else");
        }
        String html = Files.readString(out.resolve("summary.html"));
        for (String section :
                List.of(
                        "Hosts per mode",
                        "Hosts that need changes",
                        "Hosts where nothing works",
                        "Invalid profiles (" + fleet.invalidCount() + ")")) {
            assertTrue(html.contains(section), section);
        }
    }

    @Test
    void aFolderOfProfilesNamesEachBadFileAndField(@TempDir Path dir) throws Exception {
        Path fleet = Files.createDirectories(dir.resolve("fleet"));
        Files.writeString(fleet.resolve("good.dockwise.json"), TestEngine.baseline());
        Files.writeString(
                fleet.resolve("bad.json"),
                TestEngine.baseline().replace("\"build\":22631", "\"build\":\"new\""));
        Files.writeString(fleet.resolve("notes.txt"), "not a profile");
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("plan", "--profiles", fleet.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("invalid profile bad.json: host.build"), run.err());
        assertTrue(Files.exists(out.resolve("hosts/good.recommendation.json")));
        assertEquals(3, Files.readAllLines(out.resolve("summary.csv")).size());
    }

    @Test
    void nothingToPlanIsBadInput(@TempDir Path dir) throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertEquals(
                2,
                CliRun.of(
                                "plan",
                                "--profiles",
                                empty.toString(),
                                "--out",
                                dir.resolve("o").toString())
                        .exitCode());
        assertEquals(
                2,
                CliRun.of(
                                "plan",
                                "--profiles",
                                dir.resolve("missing").toString(),
                                "--out",
                                dir.resolve("o").toString())
                        .exitCode());
        Path allBad = Files.writeString(dir.resolve("bad.jsonl"), "{}\n[1]\n");
        CliRun run =
                CliRun.of(
                        "plan",
                        "--profiles",
                        allBad.toString(),
                        "--out",
                        dir.resolve("o2").toString());
        assertEquals(2, run.exitCode(), run.out());
        assertTrue(run.err().contains("bad.jsonl line 2"), run.err());
    }

    @Test
    void aRunOfOnlyInvalidProfilesWritesNothingAndLeavesThePreviousPlan(@TempDir Path dir)
            throws Exception {
        Path good = dir.resolve("good.jsonl");
        FleetGenerator.writeJsonLines(FleetGenerator.generate(3, 0, 5), good);
        Path out = dir.resolve("plan");
        assertEquals(
                0,
                CliRun.of("plan", "--profiles", good.toString(), "--out", out.toString())
                        .exitCode());
        String before = Files.readString(out.resolve("summary.csv"));

        Path bad =
                Files.writeString(dir.resolve("bad.jsonl"), "{\"schemaVersion\": 1}\nnot json\n");
        CliRun run =
                CliRun.of("plan", "--profiles", bad.toString(), "--out", out.toString(), "--force");
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(
                run.err().contains("invalid profile bad.jsonl line 2")
                        && run.err().contains("every profile is invalid: nothing was written"),
                run.err());
        assertEquals(
                before,
                Files.readString(out.resolve("summary.csv")),
                "the previous plan is as it was");
        assertTrue(Files.exists(out.resolve("hosts").resolve("line-000003.recommendation.json")));
    }
}
