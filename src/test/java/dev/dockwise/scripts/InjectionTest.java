package dev.dockwise.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.TestEngine;
import dev.dockwise.TestProfile;
import dev.dockwise.engine.model.ContainerType;
import dev.dockwise.engine.model.Edition;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.engine.model.Orchestration;
import dev.dockwise.engine.model.Profile;
import dev.dockwise.engine.model.Purpose;
import dev.dockwise.engine.result.Recommendation;
import dev.dockwise.scripts.options.ScriptOption;
import dev.dockwise.scripts.options.ScriptOptions;
import dev.dockwise.scripts.powershell.PowerShell;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * Hostile strings in every user field give scripts with exactly the same code as benign strings:
 * the values only ever appear inside string literals (or are refused with a message).
 */
class InjectionTest {
    private static final String[] HOSTILE = {
        "x'; Remove-Item -Path C:\\ -Recurse; '",
        "x\u2019; Remove-Item -Path C:\\ -Recurse; \u2018",
        "x\u201A\u201B$(Stop-Computer)`n\"; Stop-Computer; \"",
        "x #> Stop-Computer <# @' '@ \u201Cquoted\u201D",
        "x\u2019;Stop-Computer;\u2018",
        "x'+(Stop-Computer)+'",
    };

    /** A field: how to put a value into the options, and the benign value. */
    private record Field(
            String name,
            String benign,
            String prefix,
            BiFunction<ScriptOptions, String, ScriptOptions> set) {}

    private static final java.util.Map<String, ScriptOption> OPTION =
            java.util.Map.of(
                    "proxyHttp",
                    ScriptOption.PROXY_HTTP,
                    "proxyHttps",
                    ScriptOption.PROXY_HTTPS,
                    "proxyExclude",
                    ScriptOption.PROXY_EXCLUDE,
                    "dataRoot",
                    ScriptOption.DATA_ROOT,
                    "installDir",
                    ScriptOption.INSTALL_DIR,
                    "pullImage",
                    ScriptOption.PULL,
                    "distro",
                    ScriptOption.DISTRO,
                    "vmName",
                    ScriptOption.VM_NAME,
                    "dockerVersion",
                    ScriptOption.DOCKER_VERSION,
                    "swarm",
                    ScriptOption.SWARM_ADDRESS);

    private static ScriptOptions with(ScriptOptions o, String field, String v) {
        return o.toBuilder().set(OPTION.get(field), v).build();
    }

    private static List<Field> fields() {
        List<Field> fields = new ArrayList<>();
        String[][] benign = {
            {"proxyHttp", "http://proxy:8080", "http://proxy/"},
            {"proxyHttps", "http://proxy:8443", "https://p/"},
            {"proxyExclude", "localhost", "localhost"},
            {"dataRoot", "D:\\Docker", "D:\\"},
            {"installDir", "D:\\Programs\\Docker", "D:\\"},
            {"pullImage", "mcr.microsoft.com/windows/nanoserver:ltsc2022", "mcr.microsoft.com/"},
            {"distro", "Ubuntu", "Ubuntu"},
            {"vmName", "devvm", "devvm"},
            {"dockerVersion", "28.2.2", "28.2.2"},
            {"swarm", "10.0.0.4", "10.0.0.4"}
        };
        for (String[] b : benign) {
            fields.add(new Field(b[0], b[1], b[2], (o, v) -> with(o, b[0], v)));
        }
        return fields;
    }

    private static List<Profile> hosts() {
        return List.of(
                TestProfile.baseline()
                        .containers(ContainerType.LINUX, ContainerType.WINDOWS)
                        .profile(),
                TestProfile.baseline()
                        .edition(Edition.SERVER_DATACENTER)
                        .build(20348)
                        .containers(ContainerType.WINDOWS)
                        .orchestration(Orchestration.SWARM)
                        .purpose(Purpose.PRODUCTION)
                        .profile(),
                TestProfile.baseline().edition(Edition.HOME).build(19045).profile());
    }

    @Test
    void hostileValuesOnlyEverBecomeStringContent() throws Exception {
        int compared = 0;
        int refused = 0;
        List<Path> pairs = new ArrayList<>();
        Path dir = Files.createDirectories(Path.of("target", "injection-scripts"));
        for (Profile profile : hosts()) {
            Recommendation r = TestEngine.ADVISOR.evaluate(profile);
            for (Mode mode : Mode.values()) {
                if (r.option(mode).status() == dev.dockwise.engine.model.Status.BLOCKED
                        || mode == Mode.LCOW) {
                    continue;
                }
                for (Field field : fields()) {
                    ScriptOptions benign =
                            field.set().apply(ScriptOptions.defaults(), field.benign());
                    String good = ScriptCorpus.GENERATOR.install(profile, r, mode, benign).text();
                    for (String hostile : HOSTILE) {
                        ScriptOptions bad =
                                field.set()
                                        .apply(ScriptOptions.defaults(), field.prefix() + hostile);
                        if (!bad.problems().isEmpty()) {
                            refused++;
                            continue;
                        }
                        String evil;
                        try {
                            evil = ScriptCorpus.GENERATOR.install(profile, r, mode, bad).text();
                        } catch (PowerShell.UnsafeValueException e) {
                            refused++;
                            continue;
                        }
                        assertEquals(
                                PsQuotes.codeOnly(good),
                                PsQuotes.codeOnly(evil),
                                field.name() + " with " + hostile + " in " + mode.id());
                        if (!good.equals(evil)) {
                            compared++;
                            Path a = dir.resolve(compared + "-benign.ps1");
                            Path b = dir.resolve(compared + "-hostile.ps1");
                            Files.writeString(a, good);
                            Files.writeString(b, evil);
                            pairs.add(a);
                            pairs.add(b);
                        }
                    }
                }
            }
        }
        assertTrue(compared > 20, "hostile values reached few scripts: " + compared);
        assertTrue(refused > 20, "validation refused few hostile values: " + refused);
        treeSitterAgrees(pairs);
    }

    @Test
    void aHostileProfileNameCannotLeaveTheHeaderComment() throws Exception {
        Profile named = TestProfile.baseline().name("x #> Stop-Computer <# \u2019'").profile();
        Recommendation r = TestEngine.ADVISOR.evaluate(named);
        String script =
                ScriptCorpus.GENERATOR
                        .install(named, r, Mode.DESKTOP_WSL2, ScriptOptions.defaults())
                        .text();
        Profile plain = TestProfile.baseline().name("plain").profile();
        String reference =
                ScriptCorpus.GENERATOR
                        .install(
                                plain,
                                TestEngine.ADVISOR.evaluate(plain),
                                Mode.DESKTOP_WSL2,
                                ScriptOptions.defaults())
                        .text();
        assertEquals(PsQuotes.codeOnly(reference), PsQuotes.codeOnly(script));
        assertTrue(!script.contains("Stop-Computer <#"), "comment breakers are neutralised");
    }

    /** The tree-sitter grammar sees the same commands in each benign/hostile pair. */
    private static void treeSitterAgrees(List<Path> pairs) throws Exception {
        PsTool.Run run = PsTool.node("commands.mjs", pairs);
        assertEquals(0, run.exitCode(), run.out());
        String[] blocks = run.out().split("(?m)^== ");
        for (int i = 1; i + 1 < blocks.length; i += 2) {
            String benign = blocks[i].substring(blocks[i].indexOf('\n') + 1);
            String hostile = blocks[i + 1].substring(blocks[i + 1].indexOf('\n') + 1);
            assertTrue(
                    !blocks[i].lines().findFirst().orElse("").contains("PARSE-ERROR"),
                    blocks[i].lines().findFirst().orElse(""));
            assertEquals(
                    benign,
                    hostile,
                    "commands differ: " + blocks[i + 1].lines().findFirst().orElse(""));
        }
    }
}
