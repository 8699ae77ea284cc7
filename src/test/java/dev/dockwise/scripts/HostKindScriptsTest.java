package dev.dockwise.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.TestEngine;
import dev.dockwise.TestProfile;
import dev.dockwise.engine.model.Edition;
import dev.dockwise.engine.model.HypervisorKind;
import dev.dockwise.engine.model.ImageVersion;
import dev.dockwise.engine.model.MachineKind;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.engine.model.Profile;
import dev.dockwise.engine.model.ServerInstallation;
import dev.dockwise.engine.model.WindowsImage;
import dev.dockwise.scripts.options.ScriptOptions;
import dev.dockwise.scripts.plans.AptEngineScriptTest;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The install scripts on the kinds of hosts the recommendation offers them for, beyond a physical
 * Windows 11 Pro.
 */
public class HostKindScriptsTest {
    static String script(TestProfile host, Mode mode, ScriptOptions options) throws Exception {
        Profile profile = host.profile();
        return ScriptCorpus.GENERATOR
                .install(profile, TestEngine.ADVISOR.evaluate(profile), mode, options)
                .text()
                .replace("\r\n", "\n");
    }

    public static String script(TestProfile host, Mode mode) throws Exception {
        return script(host, mode, ScriptOptions.defaults());
    }

    /** The VM branch of the virtualization check. */
    private static String vmBranch(String text) {
        int at = text.indexOf("if (Test-DockwiseVirtualMachine) {");
        assertTrue(at > 0, "the script checks whether it runs in a VM");
        return text.substring(at, text.indexOf("elseif ($hypervisorPresent -eq $true)", at));
    }

    @Test
    void inAVmWithoutNestedVirtualizationTheScriptStopsWithTheFix() throws Exception {
        String text =
                script(
                        TestProfile.baseline()
                                .machine(MachineKind.VIRTUAL)
                                .hypervisor(HypervisorKind.HYPERV)
                                .nestedVirtualization(false)
                                .virtualizationEnabled(null),
                        Mode.WSL2_ENGINE);
        String vm = vmBranch(text);
        assertTrue(
                vm.contains("throw ")
                        && vm.contains("Set-VMProcessor")
                        && vm.contains("-SkipVirtualizationCheck"),
                vm);
        assertTrue(text.contains("[switch]$SkipVirtualizationCheck"));
        // a hypervisor is always present in a VM: it must not be taken for virtualization being on
        assertTrue(
                text.indexOf("if (Test-DockwiseVirtualMachine)")
                        < text.indexOf("elseif ($hypervisorPresent -eq $true)"));
    }

    @Test
    void inAVmOfUnknownNestingTheScriptWarnsAndGoesOn() throws Exception {
        String vm =
                vmBranch(
                        script(
                                TestProfile.baseline()
                                        .machine(MachineKind.VIRTUAL)
                                        .hypervisor(HypervisorKind.VMWARE),
                                Mode.DESKTOP_WSL2));
        assertTrue(vm.contains("Write-Warning 'Dockwise cannot see from inside this VM"), vm);
    }

    @Test
    void noScriptReadsAWindows8PropertyThatWindows7Lacks() throws Exception {
        Pattern direct =
                Pattern.compile(
                        "(\\$computer|\\$cpu|\\))\\.(HypervisorPresent|VirtualizationFirmwareEnabled|VMMonitorModeExtensions"
                            + "|SecondLevelAddressTranslationExtensions)");
        for (ScriptCorpus.Item item : ScriptCorpus.all()) {
            Matcher m = direct.matcher(item.script().text());
            assertFalse(
                    m.find(),
                    () ->
                            item.name()
                                    + " reads "
                                    + m.group()
                                    + " directly (an error under strict mode on Windows 7)");
        }
        String toolbox =
                script(
                        TestProfile.baseline().edition(Edition.ENTERPRISE).build(7601),
                        Mode.TOOLBOX);
        assertTrue(
                toolbox.contains(
                        "Get-DockwiseProperty -InputObject (Get-CimInstance -ClassName"
                                + " Win32_ComputerSystem) -Name 'HypervisorPresent'"));
    }

    @Test
    void dockerCeAndContainerdStopOnWindowsServer2016AndSayWhatRunsThere() throws Exception {
        // where the profile does not know the build the script checks it on the host (a known 2016
        // build is refused when generating)
        TestProfile unknownBuild = ServerEngineTest.server2016().build(null);
        for (ScriptOptions.ServerEngine engine :
                List.of(
                        ScriptOptions.ServerEngine.DOCKER_CE,
                        ScriptOptions.ServerEngine.CONTAINERD)) {
            String text =
                    script(
                            unknownBuild,
                            Mode.WINDOWS_PROCESS,
                            ScriptOptions.builder().engine(engine).build());
            int floor = text.indexOf("if ($build -lt 17763) {");
            assertTrue(floor > 0, engine + ": no build floor");
            assertTrue(
                    text.substring(floor, floor + 400).contains("--engine mirantis"),
                    text.substring(floor, floor + 400));
            assertTrue(
                    floor < text.indexOf("Enable-DockwiseFeature -Name"),
                    "checked before anything changes");
        }
        assertFalse(
                script(
                                ServerEngineTest.server2016(),
                                Mode.WINDOWS_PROCESS,
                                ScriptOptions.builder()
                                        .engine(ScriptOptions.ServerEngine.MIRANTIS)
                                        .build())
                        .contains("if ($build -lt 17763)"));
    }

    @Test
    void dockerEngineInWsl2NeedsTheStoreWslAndTheScriptAgreesWithTheKnowledge() throws Exception {
        var min =
                TestEngine.ADVISOR
                        .knowledge()
                        .modes()
                        .mode(Mode.WSL2_ENGINE)
                        .requires()
                        .minBuildsFor(dev.dockwise.engine.model.Arch.X64);
        var windows10 =
                min.stream().filter(m -> m.family().equals("windows10")).findFirst().orElseThrow();
        assertEquals(19042, windows10.build());
        assertEquals(
                2311,
                windows10.minUbrOn(19045),
                "KB5020030 brings the Store WSL (and systemd) to Windows 10");
        assertEquals(
                1281,
                min.stream()
                        .filter(m -> m.family().equals("windows11"))
                        .findFirst()
                        .orElseThrow()
                        .minUbrOn(22000),
                "KB5019157");

        String text =
                script(TestProfile.baseline().edition(Edition.HOME).build(19045), Mode.WSL2_ENGINE);
        assertTrue(
                text.contains(
                        "Min = 19042; MinUbr = @{ '19042' = 2311; '19043' = 2311; '19044' = 2311;"
                                + " '19045' = 2311 }"),
                text);
        assertTrue(
                text.contains(
                        "if ($family.MinUbr.ContainsKey([string]$build) -and $ubr -lt"
                                + " $family.MinUbr[[string]$build]) {"));

        var old =
                TestProfile.baseline()
                        .edition(Edition.HOME)
                        .build(19045)
                        .ubr(2006)
                        .evaluate()
                        .option(Mode.WSL2_ENGINE);
        assertEquals(dev.dockwise.engine.model.Status.NEEDS_CHANGES, old.status());
        assertTrue(old.fixes().toString().contains("19045.2311"), old.fixes().toString());
        var never =
                TestProfile.baseline()
                        .edition(Edition.HOME)
                        .build(19041)
                        .evaluate()
                        .option(Mode.WSL2_ENGINE);
        assertEquals(
                dev.dockwise.engine.model.Status.NEEDS_CHANGES,
                never.status(),
                "Windows 10 2004 updates to a build with the Store WSL");
    }

    @Test
    void onWindowsServerAnOptionalFeatureIsNotAskedOfServerManager() throws Exception {
        String text =
                script(
                        TestProfile.baseline()
                                .edition(Edition.SERVER_DATACENTER)
                                .build(20348)
                                .ubr(2340)
                                .serverInstallation(ServerInstallation.DESKTOP_EXPERIENCE),
                        Mode.WSL2_ENGINE);
        assertTrue(text.contains("Enable-DockwiseFeature -Name 'VirtualMachinePlatform'"));
        // Install-WindowsFeature -Name VirtualMachinePlatform fails on Server: only names Server
        // Manager knows go that way
        assertTrue(
                text.contains(
                        "(Get-Command -Name Install-WindowsFeature -ErrorAction SilentlyContinue)"
                                + " -and (Get-WindowsFeature -Name $Name)) {\n"
                                + "        $result = Install-WindowsFeature -Name $Name"
                                + " -IncludeManagementTools"),
                text);
    }

    @Test
    void aLinuxVmOnWindows7IsMadeInVirtualBoxOrVmwareNotHyperV() throws Exception {
        String text =
                script(
                        TestProfile.baseline().edition(Edition.ENTERPRISE).build(7601),
                        Mode.LINUX_VM);
        assertFalse(
                text.contains("New-VM")
                        || text.contains("Enable-DockwiseFeature -Name 'Microsoft-Hyper-V'"),
                "Windows 7 has no Hyper-V");
        assertTrue(text.contains("in VirtualBox or VMware Workstation"));
    }

    @Test
    void whereThereIsNoDefaultSwitchTheVmGetsANatSwitch() throws Exception {
        String text =
                script(
                        TestProfile.baseline()
                                .edition(Edition.SERVER_STANDARD)
                                .build(20348)
                                .serverInstallation(ServerInstallation.DESKTOP_EXPERIENCE),
                        Mode.LINUX_VM);
        int create = text.indexOf("New-VM -Name $vmName");
        assertTrue(create > 0);
        assertTrue(
                text.substring(create, text.indexOf('\n', create))
                        .contains("-SwitchName $switchName"));
        String before = text.substring(0, create);
        assertTrue(
                before.contains(
                                "if (-not (Get-VMSwitch -Name $switchName -ErrorAction"
                                        + " SilentlyContinue)) {")
                        && before.contains("New-VMSwitch -Name $switchName -SwitchType Internal")
                        && before.contains("New-NetNat -Name 'DockwiseNAT'"),
                before);
        assertTrue(
                before.contains("if (Get-NetNat -ErrorAction SilentlyContinue) {"),
                "Windows allows one NAT network: an existing one is left alone");
    }

    @Test
    void theScriptForInsideTheVmIsSavedAndShownWhole() throws Exception {
        String text = script(TestProfile.baseline(), Mode.LINUX_VM, ScriptCorpus.allOptions());
        assertTrue(text.contains("Write-Output $vmScript"));
        // the shell's quotes, inside PowerShell's (which doubles them)
        assertTrue(
                text.contains("export DOCKWISE_HTTP_PROXY=''http://proxy.example.com:8080''"),
                "the proxy as shell text, quoted");
        assertFalse(
                text.contains("Write-Output '    fi'"),
                "no line-by-line copy with blocks cut apart");
    }

    @Test
    void everyDownloadIsVerifiedAndGoesThroughTheProxyOverTls12() throws Exception {
        for (ScriptCorpus.Item item : ScriptCorpus.all()) {
            String text = item.script().text().replace("\r\n", "\n");
            int function = text.indexOf("function Get-DockwiseDownload {");
            int end = text.indexOf("\n}\n", function);
            String body = text.substring(function, end);
            // Invoke-WebRequest only inside the one download function, which uses a file only when
            // it is verified
            assertEquals(
                    text.split("Invoke-WebRequest", -1).length - 1,
                    body.split("Invoke-WebRequest", -1).length - 1,
                    item.name());
            assertTrue(
                    body.trim()
                            .endsWith(
                                    "throw ('Dockwise could not verify ' + $Uri + ': no pinned"
                                        + " SHA-256 or signature vouches for it, so it is not used."
                                        + " Its SHA-256 is ' + $actual + '. Compare that with one"
                                        + " from a source you trust; if they match, run this script"
                                        + " again with -TrustedHash ' + $actual)"),
                    "an unverified download ends the script");
            assertTrue(
                    text.contains(
                            "[Net.ServicePointManager]::SecurityProtocol ="
                                    + " [Net.ServicePointManager]::SecurityProtocol -bor"
                                    + " [Net.SecurityProtocolType]::Tls12"));
            assertTrue(
                    body.contains("$request['Proxy'] = $DockwiseProxy"),
                    "the script's own downloads go through the proxy option");
            if (item.name().endsWith("-options")) {
                assertTrue(
                        text.contains("$DockwiseProxy = 'http://proxy.example.com:8443'")
                                && text.contains(
                                        "$env:HTTPS_PROXY = Get-DockwiseProxyUrl -Url"
                                                + " $DockwiseProxy"),
                        item.name());
                if (text.contains("'--no-distribution'")) {
                    assertTrue(
                            text.contains("$wslArguments = @('--install', '--no-distribution')\n")
                                    && text.contains(
                                            "Invoke-DockwiseNative -FilePath 'wsl.exe'"
                                                    + " -ArgumentList ($wslArguments +"
                                                    + " '--web-download')"),
                            item.name() + ": WSL from GitHub behind a proxy");
                }
            }
        }
        String desktop =
                script(
                        TestProfile.baseline(),
                        Mode.DESKTOP_WSL2,
                        ScriptOptions.builder().acceptLicense(true).build());
        assertTrue(desktop.contains("-OutFile $installer -Publisher 'Docker Inc'"));
        String server = script(VerifiedDownloadsTest.server2022(), Mode.WINDOWS_PROCESS);
        assertTrue(
                server.contains(
                        "-OutFile $zip -PinnedHash '"
                                + TestEngine.ADVISOR.knowledge().install().dockerCeStatic().sha256()
                                + "'"),
                server);
        String containerd =
                script(
                        VerifiedDownloadsTest.server2022(),
                        Mode.WINDOWS_PROCESS,
                        ScriptOptions.builder()
                                .engine(ScriptOptions.ServerEngine.CONTAINERD)
                                .build());
        assertTrue(
                containerd.contains(
                        "-OutFile $archive -PinnedHash '"
                                + TestEngine.ADVISOR.knowledge().install().containerd().sha256()
                                + "'"),
                containerd);
    }

    @Test
    void aReRunOnServerKnowsTheEngineByItsServiceAndLeavesRunningContainersAlone()
            throws Exception {
        String text =
                script(
                        VerifiedDownloadsTest.server2022()
                                .windowsImage(WindowsImage.SERVERCORE)
                                .windowsImageVersion(ImageVersion.LTSC2022),
                        Mode.WINDOWS_PROCESS,
                        ScriptCorpus.allOptions());
        String install =
                text.substring(
                        text.indexOf(": Install Docker CE"),
                        text.indexOf(": Configure the Docker daemon"));
        assertTrue(
                install.contains(
                                "Get-CimInstance -ClassName Win32_Service -Filter"
                                        + " \"Name='docker'\"")
                        && install.contains("$info = (Get-Item -Path $serviceExe).VersionInfo")
                        && install.contains("$installed = [string]$info.ProductVersion")
                        && install.contains("if ($sameVersion -and $fromHere) {"),
                "installed = the service runs the wanted version");
        assertFalse(
                install.contains("if (Test-Path -Path $dockerd) {"),
                "a dockerd.exe on disk is not an installed engine");

        String daemon =
                text.substring(
                        text.indexOf(": Configure the Docker daemon"), text.indexOf(": Pull "));
        int restart = daemon.indexOf("Restart-Service -Name 'docker'");
        assertTrue(
                restart > 0 && daemon.lastIndexOf("elseif ($changed) {", restart) > 0,
                "restarted only when the settings changed: " + daemon);
        assertTrue(
                daemon.contains(
                        "$changed -and $PSCmdlet.ShouldProcess($daemonJson, 'Write daemon"
                                + " configuration')"));
        assertTrue(
                daemon.indexOf("} until ($LASTEXITCODE -eq 0 -or (Get-Date) -gt $deadline)")
                        > restart,
                "the engine answers before the pull");
    }

    /**
     * The per-account script a WSL engine script carries, as it will be written into the
     * developer's profile.
     */
    static String perUserScript(String text) {
        int start = text.indexOf("$userScript = @(\n");
        assertTrue(start > 0, "no per-account script");
        StringBuilder out = new StringBuilder();
        for (String line : text.substring(text.indexOf('\n', start) + 1).split("\n")) {
            String t = line.trim();
            if (t.equals(")")) {
                break;
            }
            t = t.endsWith(",") ? t.substring(0, t.length() - 1) : t;
            assertTrue(t.startsWith("'") && t.endsWith("'"), t);
            out.append(t, 1, t.length() - 1).append('\n');
        }
        return out.toString().replace("''", "'");
    }

    @Test
    void theDeveloperNotTheElevatingAdminGetsDockerAndWsl() throws Exception {
        String text = script(TestProfile.baseline(), Mode.WSL2_ENGINE, ScriptCorpus.allOptions());
        assertTrue(text.contains("$script:Target = Get-DockwiseTargetUser"));
        assertTrue(
                text.contains(
                        "$name = [string](Get-CimInstance -ClassName"
                                + " Win32_ComputerSystem).UserName"),
                "the console user, not the elevated account");
        assertTrue(
                text.contains(
                        "$wslConfig = Join-Path -Path $script:Target.Profile -ChildPath"
                                + " '.wslconfig'"));
        assertFalse(text.contains("$env:USERPROFILE -ChildPath '.wslconfig'"));
        int handOver = text.indexOf("if (-not $script:Target.IsMe) {");
        assertTrue(
                handOver > 0 && handOver < text.indexOf("--install', '--distribution', $distro"),
                "handed over before the per-account steps");
        String perUser = perUserScript(text);
        assertFalse(
                perUser.contains("RunAsAdministrator"), "the developer runs it without elevation");
        assertTrue(
                perUser.contains(
                                "$wslArguments = @('--install', '--distribution', $distro,"
                                        + " '--no-launch')")
                        && perUser.contains(
                                "Invoke-DockwiseNative -FilePath 'wsl.exe' -ArgumentList"
                                        + " ($wslArguments + '--web-download')")
                        && perUser.contains("$engineScript = @'")
                        && perUser.contains("function Invoke-DockwiseNative {"),
                perUser);
        assertEquals(
                AptEngineScriptTest.embedded(text, "engineScript"),
                AptEngineScriptTest.embedded(perUser, "engineScript"),
                "the same Linux steps");

        String desktop =
                script(
                        TestProfile.baseline(),
                        Mode.DESKTOP_WSL2,
                        ScriptOptions.builder().acceptLicense(true).build());
        assertTrue(
                desktop.contains(
                        "Add-LocalGroupMember -Group 'docker-users' -Member (New-Object -TypeName"
                                + " System.Security.Principal.SecurityIdentifier -ArgumentList"
                                + " $script:Target.Sid)"),
                "docker-users by SID");
        assertFalse(
                desktop.contains("$env:USERDOMAIN + '\\' + $env:USERNAME"),
                "not the elevated account's name");
    }

    @Test
    void thePerAccountScriptParses() throws Exception {
        java.nio.file.Path home = PsTool.home();
        java.nio.file.Path file = java.nio.file.Files.createTempFile("per-user", ".ps1");
        java.nio.file.Files.writeString(
                file,
                perUserScript(
                        script(
                                TestProfile.baseline(),
                                Mode.WSL2_ENGINE,
                                ScriptCorpus.allOptions())));
        PsTool.Run run = PsTool.node("check.mjs", List.of(file));
        assertEquals(0, run.exitCode(), run.out());
        assertTrue(home != null);
    }
}
