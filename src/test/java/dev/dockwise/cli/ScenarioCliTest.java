package dev.dockwise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dockwise.Scenarios;
import dev.dockwise.Scenarios.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every shared scenario through the command line ({@code recommend --format json}), in process. */
class ScenarioCliTest {
    @TempDir Path dir;

    static Stream<Scenario> scenarios() {
        return Scenarios.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void scenarioHoldsThroughTheCommandLine(Scenario scenario) throws Exception {
        Path file = dir.resolve(scenario.id() + ".json");
        Files.writeString(file, scenario.profileJson());
        CliRun run = CliRun.of("recommend", "--profile", file.toString(), "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(
                List.of(), Scenarios.failures(scenario, new ObjectMapper().readTree(run.out())));
    }
}
