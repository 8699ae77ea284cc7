package dev.dockwise.scripts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dockwise.TestEngine;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.engine.model.Profile;
import dev.dockwise.engine.result.Recommendation;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Windows Server 2016: the engines the recommendation offers, the script's default engine and the
 * script agree. Docker Engine 23 and later and containerd need build 17763, so Mirantis is what is
 * offered and installed by default, and a script for the others is refused when it is made.
 */
class ServerEngineTest {
    private static final Consumer<ObjectNode> SERVER_2016 = p -> {
        TestEngine.host(p).put("edition", "server-standard").put("build", 14393).put("serverInstallation", "desktop-experience");
        TestEngine.needs(p).putArray("containers").add("windows");
        TestEngine.needs(p).put("purpose", "production");
    };

    @Test
    void theRecommendationOffersOnlyMirantisOnServer2016() {
        Recommendation r = TestEngine.evaluate(SERVER_2016);
        List<String> reasons = r.option(Mode.WINDOWS_PROCESS).reasons();
        assertFalse(reasons.stream().anyMatch(x -> x.contains("Docker CE static binaries, Mirantis Container Runtime")), reasons.toString());
        assertTrue(reasons.stream().anyMatch(x -> x.contains("the engine is Mirantis Container Runtime") && x.contains("--engine mirantis")), reasons.toString());
    }

    @Test
    void theDefaultScriptOnServer2016InstallsMirantisAndOthersAreRefusedWhenMade() throws Exception {
        Profile profile = TestEngine.profile(SERVER_2016);
        Recommendation r = TestEngine.ADVISOR.evaluate(profile);
        String text = ScriptCorpus.GENERATOR.install(profile, r, Mode.WINDOWS_PROCESS, ScriptOptions.defaults()).text();
        assertTrue(text.contains("Install Mirantis Container Runtime with Mirantis's installer") && !text.contains("if ($build -lt 17763)"),
                "the default engine is the one that runs there");
        for (ScriptOptions.ServerEngine engine : List.of(ScriptOptions.ServerEngine.DOCKER_CE, ScriptOptions.ServerEngine.CONTAINERD)) {
            NoScriptException e = assertThrows(NoScriptException.class,
                    () -> ScriptCorpus.GENERATOR.install(profile, r, Mode.WINDOWS_PROCESS, ScriptOptions.builder().engine(engine).build()));
            assertTrue(e.getMessage().contains("--engine mirantis") && e.getMessage().contains("14393"), e.getMessage());
        }
        Profile server2019 = TestEngine.profile(SERVER_2016.andThen(p -> TestEngine.host(p).put("build", 17763)));
        assertTrue(ScriptCorpus.GENERATOR.install(server2019, TestEngine.ADVISOR.evaluate(server2019), Mode.WINDOWS_PROCESS, ScriptOptions.defaults()).text()
                .contains("Install Docker CE"), "from Windows Server 2019 the default stays Docker CE");
    }
}
