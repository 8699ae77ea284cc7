package dev.dockwise.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.TestEngine;
import dev.dockwise.profile.ProfileReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fleet's inputs as people hand them over, and the plan of each host, without the command line.
 */
class FleetInputsTest {
    @TempDir Path dir;

    private static String oneLine(String json) {
        return json.replace("\n", " ");
    }

    @Test
    void aFolderGivesItsJsonFilesSortedWithUniqueSafeNames() throws Exception {
        Files.writeString(dir.resolve("b.json"), TestEngine.baseline());
        Files.writeString(dir.resolve("a.json"), TestEngine.baseline());
        Files.writeString(dir.resolve("notes.txt"), "not a profile");
        Files.createDirectory(dir.resolve("sub.json"));
        List<HostSource> sources = FleetInputs.read(dir);
        assertEquals(
                List.of("a.json", "b.json"), sources.stream().map(HostSource::origin).toList());
    }

    @Test
    void aJsonLinesFileGivesOneHostPerNonBlankLineAndAnOversizedLineIsUnreadableNotRead()
            throws Exception {
        Path jsonl = dir.resolve("fleet.jsonl");
        String big = "{\"name\":\"" + "x".repeat(ProfileReader.MAX_BYTES + 10) + "\"}";
        Files.writeString(
                jsonl,
                oneLine(TestEngine.baseline())
                        + "\n\n"
                        + big
                        + "\n"
                        + oneLine(TestEngine.baseline())
                        + "\n",
                StandardCharsets.UTF_8);
        List<HostSource> sources = FleetInputs.read(jsonl);
        assertEquals(3, sources.size());
        assertNull(sources.get(0).unreadable());
        assertNotNull(sources.get(1).unreadable(), "a line over the profile limit");
        assertEquals(
                sources.size(),
                sources.stream().map(HostSource::fileBase).distinct().count(),
                "every host its own file name");
    }

    @Test
    void eachHostIsPlannedAndAnInvalidOneSaysWhyWithoutStoppingTheFleet() throws Exception {
        Files.writeString(dir.resolve("good.json"), TestEngine.baseline());
        Files.writeString(
                dir.resolve("bad.json"), TestEngine.baseline().replace("22631", "\"22x31\""));
        List<HostPlan> plans =
                new FleetPlanner(TestEngine.ADVISOR, "test")
                        .plan(FleetInputs.read(dir), Optional.empty(), (d, t) -> {}, () -> false);
        HostPlan bad =
                plans.stream().filter(p -> p.origin().equals("bad.json")).findFirst().orElseThrow();
        HostPlan good =
                plans.stream()
                        .filter(p -> p.origin().equals("good.json"))
                        .findFirst()
                        .orElseThrow();
        assertEquals(FleetStatus.INVALID, bad.status());
        assertTrue(
                bad.problems().stream().anyMatch(p -> p.contains("host.build")),
                bad.problems().toString());
        assertTrue(good.recommended() != null, good.toString());
        String csv = FleetCsv.render(plans);
        assertTrue(
                csv.lines().count() >= 3 && csv.contains("bad.json") && csv.contains("good.json"),
                csv);
    }
}
