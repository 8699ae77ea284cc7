package dev.dockwise.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.TestEngine;
import dev.dockwise.TestProfile;
import dev.dockwise.engine.facts.InstallFacts;
import dev.dockwise.engine.model.ContainerType;
import dev.dockwise.engine.model.Edition;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.engine.model.Profile;
import dev.dockwise.engine.result.Recommendation;
import dev.dockwise.scripts.options.ScriptOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The versions the scripts install live in one place, install.json: every generated script that
 * downloads Docker CE or containerd uses the pinned version, and no code spells a version itself.
 */
class PinnedVersionsTest {
    private static final InstallFacts INSTALL = TestEngine.ADVISOR.knowledge().install();

    /** A download of Docker CE's static zip or containerd's archive, with the version it names. */
    private static final Pattern DOWNLOAD =
            Pattern.compile(
                    "docker-(\\d+\\.\\d+\\.\\d+)\\.zip|containerd-(\\d+\\.\\d+\\.\\d+)-windows");

    @Test
    void everyScriptDownloadsThePinnedVersionsUnlessTheUserChoseOne() throws Exception {
        List<String> texts = new ArrayList<>();
        for (ScriptCorpus.Item item : ScriptCorpus.all()) {
            if (!item.script()
                    .text()
                    .contains("docker-28.2.2.zip")) { // the corpus's "every option" scripts ask for
                // 28.2.2
                texts.add(item.script().text());
            }
        }
        Profile server =
                TestProfile.baseline()
                        .edition(Edition.SERVER_DATACENTER)
                        .build(20348)
                        .containers(ContainerType.WINDOWS)
                        .profile();
        Recommendation r = TestEngine.ADVISOR.evaluate(server);
        for (ScriptOptions.ServerEngine engine : ScriptOptions.ServerEngine.values()) {
            texts.add(
                    ScriptCorpus.GENERATOR
                            .install(
                                    server,
                                    r,
                                    Mode.WINDOWS_PROCESS,
                                    ScriptOptions.builder().engine(engine).build())
                            .text());
        }
        int docker = 0;
        int containerd = 0;
        for (String text : texts) {
            Matcher m = DOWNLOAD.matcher(text);
            while (m.find()) {
                if (m.group(1) != null) {
                    docker++;
                    assertEquals(INSTALL.dockerCeStatic().defaultVersion(), m.group(1));
                } else {
                    containerd++;
                    assertEquals(INSTALL.containerd().defaultVersion(), m.group(2));
                }
            }
        }
        assertTrue(
                docker > 0 && containerd > 0,
                "scripts download both engines: docker " + docker + ", containerd " + containerd);
    }

    @Test
    void noCodeOrScriptResourceSpellsAnEngineVersion() throws IOException {
        List<String> found = new ArrayList<>();
        Pattern pinned =
                Pattern.compile(
                        Pattern.quote(INSTALL.dockerCeStatic().defaultVersion())
                                + "|"
                                + Pattern.quote(INSTALL.containerd().defaultVersion()));
        for (Path root :
                List.of(
                        Path.of("src/main/java"),
                        Path.of("src/main/resources/dev/dockwise/scripts"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    String text = Files.readString(f);
                    if (pinned.matcher(text).find() || DOWNLOAD.matcher(text).find()) {
                        found.add(f.toString());
                    }
                }
            }
        }
        assertEquals(List.of(), found, "versions belong in knowledge/install.json");
    }
}
