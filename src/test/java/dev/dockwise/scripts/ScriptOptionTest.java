package dev.dockwise.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dockwise.TestEngine;
import dev.dockwise.TestProfile;
import dev.dockwise.engine.model.ContainerType;
import dev.dockwise.engine.model.Edition;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.engine.model.Orchestration;
import dev.dockwise.engine.model.Profile;
import dev.dockwise.engine.model.Purpose;
import dev.dockwise.engine.model.ServerInstallation;
import dev.dockwise.engine.model.Status;
import dev.dockwise.engine.result.Recommendation;
import dev.dockwise.scripts.options.ScriptOption;
import dev.dockwise.scripts.options.ScriptOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the Export step shows for a mode is what that mode's script really uses. */
class ScriptOptionTest {
    private static final Map<ScriptOption, String> VALUES =
            Map.ofEntries(
                    Map.entry(ScriptOption.PROXY_HTTP, "http://proxy:8080"),
                    Map.entry(ScriptOption.PROXY_HTTPS, "http://proxy:8443"),
                    Map.entry(ScriptOption.PROXY_EXCLUDE, "localhost"),
                    Map.entry(ScriptOption.DATA_ROOT, "D:\\Docker"),
                    Map.entry(ScriptOption.INSTALL_DIR, "D:\\Programs\\Docker"),
                    Map.entry(ScriptOption.PULL, "mcr.microsoft.com/windows/nanoserver:ltsc2022"),
                    Map.entry(ScriptOption.WSL_MEMORY, "8"),
                    Map.entry(ScriptOption.WSL_PROCESSORS, "4"),
                    Map.entry(ScriptOption.DISTRO, "Debian"),
                    Map.entry(ScriptOption.VM_NAME, "devvm"),
                    Map.entry(ScriptOption.ENGINE, "containerd"),
                    Map.entry(ScriptOption.DOCKER_VERSION, "27.5.1"),
                    Map.entry(ScriptOption.SWARM_ADDRESS, "10.0.0.4"),
                    Map.entry(ScriptOption.ACCEPT_LICENSE, "true"));

    private static List<Profile> hosts() {
        return List.of(
                TestProfile.baseline()
                        .containers(ContainerType.LINUX, ContainerType.WINDOWS)
                        .profile(),
                TestProfile.baseline().containers(ContainerType.LINUX).profile(),
                TestProfile.baseline()
                        .edition(Edition.SERVER_DATACENTER)
                        .build(20348)
                        .serverInstallation(ServerInstallation.DESKTOP_EXPERIENCE)
                        .containers(ContainerType.WINDOWS)
                        .orchestration(Orchestration.SWARM)
                        .purpose(Purpose.PRODUCTION)
                        .profile());
    }

    @Test
    void everyOptionAppliesExactlyToTheScriptsThatUseIt() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Profile profile : hosts()) {
            Recommendation r = TestEngine.ADVISOR.evaluate(profile);
            for (Mode mode : Mode.values()) {
                if (r.option(mode).status() == Status.BLOCKED || mode == Mode.LCOW) {
                    continue;
                }
                for (ScriptOption option : ScriptOption.values()) {
                    // the list of hosts without the proxy only matters with a proxy
                    ScriptOptions.Builder base =
                            option == ScriptOption.PROXY_EXCLUDE
                                    ? ScriptOptions.builder()
                                            .set(
                                                    ScriptOption.PROXY_HTTP,
                                                    VALUES.get(ScriptOption.PROXY_HTTP))
                                    : ScriptOptions.builder();
                    String plain =
                            ScriptCorpus.GENERATOR.install(profile, r, mode, base.build()).text();
                    ScriptOptions set = base.set(option, VALUES.get(option)).build();
                    boolean used =
                            !ScriptCorpus.GENERATOR
                                    .install(profile, r, mode, set)
                                    .text()
                                    .equals(plain);
                    boolean shown =
                            option.appliesTo(
                                    mode,
                                    r.host().isServer(),
                                    r.host().needs(ContainerType.WINDOWS));
                    if (used != shown) {
                        wrong.add(
                                option
                                        + " in "
                                        + mode.id()
                                        + " on "
                                        + r.host().osName()
                                        + ": used "
                                        + used
                                        + ", shown "
                                        + shown);
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }
}
