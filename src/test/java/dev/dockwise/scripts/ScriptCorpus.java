package dev.dockwise.scripts;

import dev.dockwise.Scenarios;
import dev.dockwise.TestEngine;
import dev.dockwise.TestProfile;
import dev.dockwise.engine.model.ContainerType;
import dev.dockwise.engine.model.HypervisorKind;
import dev.dockwise.engine.model.ImageVersion;
import dev.dockwise.engine.model.MachineKind;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.engine.model.Profile;
import dev.dockwise.engine.model.Status;
import dev.dockwise.engine.model.WindowsImage;
import dev.dockwise.engine.result.ModeAssessment;
import dev.dockwise.engine.result.Recommendation;
import dev.dockwise.profile.ProfileReader;
import dev.dockwise.scripts.options.ScriptOption;
import dev.dockwise.scripts.options.ScriptOptions;
import java.util.ArrayList;
import java.util.List;

/**
 * Every script the generator can write for the shared scenarios: each non-blocked mode, plain and
 * with every option.
 */
final class ScriptCorpus {
    static final ScriptGenerator GENERATOR =
            new ScriptGenerator(TestEngine.ADVISOR.knowledge(), "test");

    /** One generated script and where it came from. */
    record Item(String name, GeneratedScript script) {}

    static ScriptOptions allOptions() {
        return ScriptOptions.builder()
                .set(ScriptOption.PROXY_HTTP, "http://proxy.example.com:8080")
                .set(ScriptOption.PROXY_HTTPS, "http://proxy.example.com:8443")
                .set(ScriptOption.PROXY_EXCLUDE, "localhost,*.corp.example.com")
                .set(ScriptOption.DATA_ROOT, "D:\\Docker Data")
                .set(ScriptOption.INSTALL_DIR, "D:\\Programs\\Docker")
                .wslMemoryGb(8)
                .wslProcessors(4)
                .acceptLicense(true)
                .set(ScriptOption.DISTRO, "Ubuntu-24.04")
                .set(ScriptOption.VM_NAME, "dev-vm")
                .set(ScriptOption.DOCKER_VERSION, "28.2.2")
                .set(ScriptOption.SWARM_ADDRESS, "10.0.0.4")
                .build();
    }

    static List<Item> all() throws Exception {
        List<Item> items = new ArrayList<>();
        for (Scenarios.Scenario scenario : Scenarios.all().toList()) {
            Profile profile = ProfileReader.read(scenario.profileJson());
            Recommendation r = TestEngine.ADVISOR.evaluate(profile);
            for (ModeAssessment option : r.options()) {
                if (option.status() == Status.BLOCKED || option.mode() == Mode.LCOW) {
                    continue;
                }
                items.add(
                        new Item(
                                scenario.id() + "-" + option.mode().id(),
                                GENERATOR.install(
                                        profile, r, option.mode(), ScriptOptions.defaults())));
                items.add(
                        new Item(
                                scenario.id() + "-" + option.mode().id() + "-options",
                                GENERATOR.install(profile, r, option.mode(), allOptions())));
                for (ScriptOptions.ServerEngine engine : ScriptOptions.ServerEngine.values()) {
                    if (option.mode() == Mode.WINDOWS_PROCESS
                            || option.mode() == Mode.WINDOWS_HYPERV) {
                        ScriptOptions o = allOptions().toBuilder().engine(engine).build();
                        items.add(
                                new Item(
                                        scenario.id()
                                                + "-"
                                                + option.mode().id()
                                                + "-"
                                                + engine.name().toLowerCase(),
                                        GENERATOR.install(profile, r, option.mode(), o)));
                    }
                }
            }
        }
        Profile clientWindows =
                TestProfile.baseline()
                        .build(26100)
                        .containers(ContainerType.LINUX, ContainerType.WINDOWS)
                        .windowsImage(WindowsImage.NANOSERVER)
                        .windowsImageVersion(ImageVersion.LTSC2025)
                        .profile();
        Recommendation clientR = TestEngine.ADVISOR.evaluate(clientWindows);
        for (Mode mode :
                new Mode[] {
                    Mode.WINDOWS_PROCESS,
                    Mode.WINDOWS_HYPERV,
                    Mode.DESKTOP_WSL2,
                    Mode.DESKTOP_HYPERV
                }) {
            items.add(
                    new Item(
                            "client-both-" + mode.id(),
                            GENERATOR.install(clientWindows, clientR, mode, allOptions())));
        }
        Profile hyperVGuest =
                TestProfile.baseline()
                        .machine(MachineKind.VIRTUAL)
                        .hypervisor(HypervisorKind.HYPERV)
                        .nestedVirtualization(false)
                        .virtualizationEnabled(null)
                        .profile();
        items.add(
                new Item(
                        "parent-host",
                        GENERATOR.parentHost(
                                hyperVGuest,
                                TestEngine.ADVISOR.evaluate(hyperVGuest),
                                allOptions())));
        return items;
    }
}
