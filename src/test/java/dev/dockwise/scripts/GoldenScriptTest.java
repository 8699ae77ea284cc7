package dev.dockwise.scripts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.TestEngine;
import dev.dockwise.TestProfile;
import dev.dockwise.engine.model.ContainerType;
import dev.dockwise.engine.model.Edition;
import dev.dockwise.engine.model.HypervisorKind;
import dev.dockwise.engine.model.ImageVersion;
import dev.dockwise.engine.model.MachineKind;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.engine.model.Orchestration;
import dev.dockwise.engine.model.Profile;
import dev.dockwise.engine.model.Purpose;
import dev.dockwise.engine.model.ServerInstallation;
import dev.dockwise.engine.model.WindowsImage;
import dev.dockwise.engine.result.Recommendation;
import dev.dockwise.scripts.options.ScriptOption;
import dev.dockwise.scripts.options.ScriptOptions;
import dev.dockwise.scripts.probe.ProbeScript;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Representative scripts against reviewed golden copies (src/test/resources/golden). After a
 * deliberate change: mvn test -Dtest=GoldenScriptTest -Ddockwise.updateGolden=true, then review the
 * diff.
 */
class GoldenScriptTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    static Stream<Arguments> scripts() throws Exception {
        Profile win11 = TestProfile.baseline().profile();
        Profile home = TestProfile.baseline().edition(Edition.HOME).build(19041).profile();
        Profile server =
                TestProfile.baseline()
                        .name("web-01")
                        .edition(Edition.SERVER_STANDARD)
                        .build(20348)
                        .serverInstallation(ServerInstallation.SERVER_CORE)
                        .containers(ContainerType.WINDOWS)
                        .purpose(Purpose.PRODUCTION)
                        .orchestration(Orchestration.SWARM)
                        .windowsImage(WindowsImage.SERVERCORE)
                        .windowsImageVersion(ImageVersion.LTSC2022)
                        .profile();
        Profile win7 = TestProfile.baseline().edition(Edition.ENTERPRISE).build(7601).profile();
        Profile guest =
                TestProfile.baseline()
                        .name("build-vm")
                        .machine(MachineKind.VIRTUAL)
                        .hypervisor(HypervisorKind.HYPERV)
                        .nestedVirtualization(false)
                        .virtualizationEnabled(null)
                        .profile();
        ScriptOptions proxyAndLimits =
                ScriptOptions.builder()
                        .set(ScriptOption.PROXY_HTTP, "http://proxy.example.com:8080")
                        .set(ScriptOption.PROXY_EXCLUDE, "localhost,*.example.com")
                        .wslMemoryGb(6)
                        .wslProcessors(4)
                        .build();
        ScriptOptions serverOptions =
                ScriptOptions.builder()
                        .set(ScriptOption.PROXY_HTTP, "http://proxy.example.com:8080")
                        .set(ScriptOption.PROXY_HTTPS, "http://proxy.example.com:8080")
                        .set(ScriptOption.DATA_ROOT, "D:\\Docker")
                        .set(ScriptOption.SWARM_ADDRESS, "10.0.0.4")
                        .build();
        ScriptOptions accept = ScriptOptions.builder().acceptLicense(true).build();
        return Stream.of(
                Arguments.of("desktop-wsl2-win11-pro", install(win11, Mode.DESKTOP_WSL2, accept)),
                Arguments.of(
                        "wsl2-engine-win10-home-proxy",
                        install(home, Mode.WSL2_ENGINE, proxyAndLimits)),
                Arguments.of(
                        "windows-process-server2022-swarm",
                        install(server, Mode.WINDOWS_PROCESS, serverOptions)),
                Arguments.of("toolbox-win7", install(win7, Mode.TOOLBOX, ScriptOptions.defaults())),
                Arguments.of(
                        "parent-host-build-vm",
                        ScriptCorpus.GENERATOR
                                .parentHost(
                                        guest,
                                        TestEngine.ADVISOR.evaluate(guest),
                                        ScriptOptions.defaults())
                                .text()));
    }

    private static String install(Profile profile, Mode mode, ScriptOptions options)
            throws Exception {
        Recommendation r = TestEngine.ADVISOR.evaluate(profile);
        return ScriptCorpus.GENERATOR.install(profile, r, mode, options).text();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void matchesTheReviewedGoldenCopy(String name, String script) throws Exception {
        String lf = script.replace("\r\n", "\n");
        Path file = GOLDEN.resolve(name + ".ps1");
        if (Boolean.getBoolean("dockwise.updateGolden")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, lf);
        }
        assertTrue(
                Files.exists(file),
                "no golden copy "
                        + file
                        + " (run with -Ddockwise.updateGolden=true and review it)");
        assertEquals(Files.readString(file), lf);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void theConventionsHold(String name, String script) {
        String lf = script.replace("\r\n", "\n");
        assertTrue(
                lf.startsWith("#Requires -RunAsAdministrator\n#Requires -Version 5.1\n"),
                "starts with #Requires");
        assertTrue(lf.contains("[CmdletBinding(SupportsShouldProcess)]"));
        assertTrue(lf.contains("Set-StrictMode -Version Latest\n$ErrorActionPreference = 'Stop'"));
        assertTrue(lf.contains("Start-Transcript"));
        for (String banned :
                new String[] {
                    "Invoke-Expression", " iex ", "Get-WmiObject", "gwmi ", "Write-Host"
                }) {
            assertFalse(lf.contains(banned), name + " uses " + banned);
        }
        assertFalse(
                lf.matches("(?s).*Invoke-WebRequest[^\n]* -o .*"), name + " abbreviates -OutFile");
        for (String line : lf.split("\n")) {
            boolean userValue = line.contains("D:\\Docker") || line.contains("proxy.example.com");
            assertTrue(
                    userValue || line.chars().allMatch(c -> c < 128),
                    "non-ASCII boilerplate in " + name + ": " + line);
            assertFalse(line.endsWith(" "), "trailing space in " + name + ": " + line);
            boolean nativeCall =
                    (line.matches(".*(^|[=(]\\s*|^\\s*)& .*")
                                    && !line.trim().startsWith("Write-")
                                    && !line.contains("'&"))
                            || line.matches(
                                    "\\s*(wsl|dism|bcdedit|docker|net|sc|whoami)(\\.exe)?\\s+[-/].*");
            if (nativeCall) {
                assertTrue(
                        checkedNext(lf, line),
                        name + ": native call without an exit-code check: " + line);
            }
        }
    }

    /** A direct native call must be followed by a $LASTEXITCODE check. */
    private static boolean checkedNext(String script, String line) {
        int at = script.indexOf(line + "\n");
        String next =
                script.substring(at + line.length() + 1)
                        .lines()
                        .limit(3)
                        .reduce("", (a, b) -> a + b);
        return next.contains("$LASTEXITCODE");
    }

    @org.junit.jupiter.api.Test
    void theProbeFollowsTheConventionsToo() {
        String probe = ProbeScript.text();
        assertTrue(probe.contains("Set-StrictMode -Version Latest"));
        assertFalse(
                probe.contains("Get-WmiObject")
                        || probe.contains("Invoke-Expression")
                        || probe.contains("Write-Host"));
        assertTrue(
                probe.indexOf("HypervisorPresent") < probe.indexOf("VirtualizationFirmwareEnabled"),
                "HypervisorPresent is read first");
        assertTrue(probe.chars().allMatch(c -> c < 128), "ASCII only");
        assertFalse(
                probe.contains("Set-") && probe.contains("Install-WindowsFeature"), "read-only");
    }

    @org.junit.jupiter.api.Test
    void filesOnDiskAreUtf8WithBomAndCrlf() throws Exception {
        Profile win11 = TestProfile.baseline().profile();
        byte[] bytes =
                ScriptCorpus.GENERATOR
                        .install(
                                win11,
                                TestEngine.ADVISOR.evaluate(win11),
                                Mode.DESKTOP_WSL2,
                                ScriptOptions.defaults())
                        .bytes();
        assertArrayEquals(
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertFalse(text.replace("\r\n", "").contains("\n"), "every line ends in CRLF");
        // the bytes are the script's text, whatever the user's values: a non-ASCII host name
        // included
        Profile named = TestProfile.baseline().name("Büro-PC №7 — ütf").profile();
        var script =
                ScriptCorpus.GENERATOR.install(
                        named,
                        TestEngine.ADVISOR.evaluate(named),
                        Mode.DESKTOP_WSL2,
                        ScriptOptions.defaults());
        byte[] namedBytes = script.bytes();
        assertEquals(
                script.text(),
                new String(namedBytes, 3, namedBytes.length - 3, StandardCharsets.UTF_8));
        assertTrue(text.endsWith("\r\n"));
        byte[] probe = ProbeScript.bytes();
        assertArrayEquals(
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(probe, 3));
        assertFalse(new String(probe, StandardCharsets.UTF_8).replace("\r\n", "").contains("\n"));
    }
}
