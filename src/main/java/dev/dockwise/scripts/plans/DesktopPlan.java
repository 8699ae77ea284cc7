package dev.dockwise.scripts.plans;

import static dev.dockwise.scripts.powershell.PowerShell.quote;

import dev.dockwise.engine.facts.InstallFacts;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.scripts.options.ScriptOptions;
import dev.dockwise.scripts.powershell.WindowsArgv;
import java.util.ArrayList;
import java.util.List;

/**
 * Docker Desktop: with the WSL 2 or the Hyper-V backend, or as the engine for Windows containers on
 * Windows 10/11 (all-users install with com.docker.service, Hyper-V and Containers features).
 */
final class DesktopPlan {
    private DesktopPlan() {}

    static InstallPlan plan(ScriptContext c) {
        InstallFacts.Features f = c.install().features();
        boolean wslBackend = c.mode() == Mode.DESKTOP_WSL2;
        boolean windowsContainers =
                c.mode() == Mode.WINDOWS_PROCESS
                        || c.mode() == Mode.WINDOWS_HYPERV
                        || c.needsWindows();
        List<InstallPlan.Step> steps = new ArrayList<>();
        var requirements =
                c.mode() == Mode.WINDOWS_PROCESS || c.mode() == Mode.WINDOWS_HYPERV
                        ? c.knowledge().modes().mode(Mode.DESKTOP_HYPERV).requires()
                        : c.info().requires();
        steps.add(Preflight.step(c, requirements));
        List<String> features = new ArrayList<>();
        if (wslBackend) {
            features.addAll(f.clientWsl());
        }
        if (!wslBackend || windowsContainers) {
            features.add(f.clientHyperV());
        }
        if (windowsContainers) {
            features.add(f.clientContainers());
        }
        steps.add(
                CommonSteps.features(
                        features, wslBackend ? "Install or update WSL" : "Install Docker Desktop"));
        if (wslBackend) {
            steps.add(
                    CommonSteps.wsl(
                            "Make WSL 2 the default and install Docker Desktop", c.options()));
            steps.add(CommonSteps.defaultVersionForTarget());
            if (c.options().wslMemoryGb() != null || c.options().wslProcessors() != null) {
                steps.add(CommonSteps.wslConfig(c.options()));
            }
        }
        steps.add(install(c, wslBackend, windowsContainers));
        steps.add(CommonSteps.dockerUsers());
        steps.add(nextSteps(c, windowsContainers));
        List<String> notes = new ArrayList<>();
        notes.add(
                c.options().acceptLicense()
                        ? "Installs Docker Desktop with the Docker Subscription Service Agreement"
                                + " accepted, as you chose."
                        : "Docker Desktop asks you to accept the Docker Subscription Service"
                                + " Agreement when it first starts.");
        notes.add(
                "Commercial use in organizations with "
                        + c.knowledge().licensing().dockerDesktop().paidAbove()
                        + " needs a paid Docker subscription.");
        String what =
                c.mode() == Mode.WINDOWS_PROCESS || c.mode() == Mode.WINDOWS_HYPERV
                        ? "Docker Desktop for Windows containers (" + c.info().name() + ")"
                        : c.info().name();
        return new InstallPlan(c.mode(), what, c.hostName(), steps, notes);
    }

    private static InstallPlan.Step install(
            ScriptContext c, boolean wslBackend, boolean windowsContainers) {
        InstallFacts.DockerDesktop dd = c.install().dockerDesktop();
        ScriptOptions o = c.options();
        return new InstallPlan.Step(
                "Download Docker Desktop and install it ("
                        + (wslBackend ? "WSL 2" : "Hyper-V")
                        + " backend"
                        + (windowsContainers ? ", Windows containers on" : "")
                        + ")",
                s -> {
                    s.line(
                            "$installDir = "
                                    + (ScriptOptions.present(o.installDir())
                                            ? quote(o.installDir())
                                            : "Join-Path -Path $env:ProgramFiles -ChildPath"
                                                    + " 'Docker\\Docker'"));
                    s.open(
                            "if (Test-Path -Path (Join-Path -Path $installDir -ChildPath 'Docker"
                                    + " Desktop.exe')) {");
                    s.line(
                            "Write-Output 'Docker Desktop is already installed; it updates itself"
                                    + " from its settings.'");
                    s.close();
                    s.open(
                            "elseif ($PSCmdlet.ShouldProcess('Docker Desktop', 'Download and"
                                    + " install')) {");
                    s.line(
                            "$installer = Join-Path -Path $script:WorkDir -ChildPath"
                                    + " 'DockerDesktopInstaller.exe'");
                    s.line(
                            "Get-DockwiseDownload -Uri "
                                    + quote(c.arm64() ? dd.downloadArm64() : dd.downloadX64())
                                    + " -OutFile $installer -Publisher "
                                    + quote(dd.signer()));
                    List<String> arguments =
                            new ArrayList<>(
                                    List.of(
                                            "install",
                                            "--quiet",
                                            "--backend=" + (wslBackend ? "wsl-2" : "hyper-v")));
                    if (o.acceptLicense()) {
                        arguments.add("--accept-license");
                    }
                    if (windowsContainers || !wslBackend) {
                        arguments.add("--always-run-service");
                    }
                    if (!windowsContainers) {
                        arguments.add("--no-windows-containers");
                    }
                    if (ScriptOptions.present(o.installDir())) {
                        arguments.add("--installation-dir=" + o.installDir());
                    }
                    if (ScriptOptions.present(o.dataRoot())) {
                        arguments.add(
                                (wslBackend
                                                ? "--wsl-default-data-root="
                                                : "--hyper-v-default-data-root=")
                                        + o.dataRoot());
                        if (windowsContainers) {
                            arguments.add("--windows-containers-default-data-root=" + o.dataRoot());
                        }
                    }
                    if (o.hasProxy()) {
                        arguments.add("--proxy-http-mode=manual");
                        if (ScriptOptions.present(o.proxyHttp())) {
                            arguments.add("--override-proxy-http=" + o.proxyHttp());
                        }
                        if (ScriptOptions.present(o.proxyHttps())) {
                            arguments.add("--override-proxy-https=" + o.proxyHttps());
                        }
                        if (ScriptOptions.present(o.proxyExclude())) {
                            arguments.add("--override-proxy-exclude=" + o.proxyExclude());
                        }
                    }
                    s.comment(
                            "One command line, quoted by Windows' rules: Start-Process passes it to"
                                    + " the installer as it is.");
                    s.line("$arguments = " + quote(WindowsArgv.join(arguments)));
                    s.line(
                            "Invoke-DockwiseInstaller -FilePath $installer -ArgumentList"
                                    + " $arguments");
                    s.line("Remove-Item -Path $installer -Force");
                    s.line("Write-Output 'Docker Desktop is installed.'");
                    s.close();
                    s.line(
                            "Stop-DockwiseForRestart -NextStep 'Add this account to the"
                                    + " docker-users group'");
                });
    }

    private static InstallPlan.Step nextSteps(ScriptContext c, boolean windowsContainers) {
        return new InstallPlan.Step(
                "Say what to do next",
                s -> {
                    s.line("Write-Output ''");
                    s.line(
                            "Write-Output 'Next: sign out and in, start Docker Desktop and accept"
                                    + " its terms, then run: docker run --rm hello-world'");
                    if (windowsContainers) {
                        s.line(
                                "Write-Output ('Switch to Windows containers from the tray icon, or"
                                        + " run: & ''' + (Join-Path -Path $installDir -ChildPath"
                                        + " 'DockerCli.exe') + ''' -SwitchDaemon')");
                        if (c.mode() == Mode.WINDOWS_PROCESS) {
                            s.line(
                                    "Write-Output 'Then run containers with process isolation:"
                                            + " docker run --isolation=process ...'");
                        }
                        ImageSteps.suggestPull(s, c);
                    }
                });
    }
}
