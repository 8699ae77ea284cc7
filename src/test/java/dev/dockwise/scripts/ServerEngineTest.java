package dev.dockwise.scripts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.TestEngine;
import dev.dockwise.TestProfile;
import dev.dockwise.engine.model.ContainerType;
import dev.dockwise.engine.model.Edition;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.engine.model.Profile;
import dev.dockwise.engine.model.Purpose;
import dev.dockwise.engine.model.ServerInstallation;
import dev.dockwise.engine.result.Recommendation;
import dev.dockwise.scripts.options.ScriptOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Windows Server 2016: the engines the recommendation offers, the script's default engine and the
 * script agree. Docker Engine 23 and later and containerd need build 17763, so Mirantis is what is
 * offered and installed by default, and a script for the others is refused when it is made.
 */
class ServerEngineTest {
    /**
     * Windows Server 2016 with the Desktop Experience, Windows containers in production; a new one
     * each time (a TestProfile changes in place).
     */
    static TestProfile server2016() {
        return TestProfile.baseline()
                .edition(Edition.SERVER_STANDARD)
                .build(14393)
                .serverInstallation(ServerInstallation.DESKTOP_EXPERIENCE)
                .containers(ContainerType.WINDOWS)
                .purpose(Purpose.PRODUCTION);
    }

    @Test
    void theRecommendationOffersOnlyMirantisOnServer2016() {
        Recommendation r = server2016().evaluate();
        List<String> reasons = r.option(Mode.WINDOWS_PROCESS).reasons();
        assertFalse(
                reasons.stream()
                        .anyMatch(
                                x ->
                                        x.contains(
                                                "Docker CE static binaries, Mirantis Container"
                                                        + " Runtime")),
                reasons.toString());
        assertTrue(
                reasons.stream()
                        .anyMatch(
                                x ->
                                        x.contains("the engine is Mirantis Container Runtime")
                                                && x.contains("--engine mirantis")),
                reasons.toString());
    }

    @Test
    void theDefaultScriptOnServer2016InstallsMirantisAndOthersAreRefusedWhenMade()
            throws Exception {
        Profile profile = server2016().profile();
        Recommendation r = TestEngine.ADVISOR.evaluate(profile);
        String text =
                ScriptCorpus.GENERATOR
                        .install(profile, r, Mode.WINDOWS_PROCESS, ScriptOptions.defaults())
                        .text();
        assertTrue(
                text.contains("Install Mirantis Container Runtime with Mirantis's installer")
                        && !text.contains("if ($build -lt 17763)"),
                "the default engine is the one that runs there");
        for (ScriptOptions.ServerEngine engine :
                List.of(
                        ScriptOptions.ServerEngine.DOCKER_CE,
                        ScriptOptions.ServerEngine.CONTAINERD)) {
            NoScriptException e =
                    assertThrows(
                            NoScriptException.class,
                            () ->
                                    ScriptCorpus.GENERATOR.install(
                                            profile,
                                            r,
                                            Mode.WINDOWS_PROCESS,
                                            ScriptOptions.builder().engine(engine).build()));
            assertTrue(
                    e.getMessage().contains("--engine mirantis")
                            && e.getMessage().contains("14393"),
                    e.getMessage());
        }
        Profile server2019 = server2016().build(17763).profile();
        assertTrue(
                ScriptCorpus.GENERATOR
                        .install(
                                server2019,
                                TestEngine.ADVISOR.evaluate(server2019),
                                Mode.WINDOWS_PROCESS,
                                ScriptOptions.defaults())
                        .text()
                        .contains("Install Docker CE"),
                "from Windows Server 2019 the default stays Docker CE");
    }
}
