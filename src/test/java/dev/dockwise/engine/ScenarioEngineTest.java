package dev.dockwise.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockwise.Scenarios;
import dev.dockwise.Scenarios.Scenario;
import dev.dockwise.TestEngine;
import dev.dockwise.profile.ProfileReader;
import dev.dockwise.report.text.RecommendationJson;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every shared scenario through the engine API. */
class ScenarioEngineTest {
    static Stream<Scenario> scenarios() {
        return Scenarios.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void scenarioHoldsThroughTheEngine(Scenario scenario) throws Exception {
        JsonNode result =
                RecommendationJson.tree(
                        TestEngine.ADVISOR.evaluate(ProfileReader.read(scenario.profileJson())));
        assertEquals(List.of(), Scenarios.failures(scenario, result));
    }
}
