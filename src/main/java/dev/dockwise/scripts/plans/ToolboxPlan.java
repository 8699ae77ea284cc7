package dev.dockwise.scripts.plans;

import static dev.dockwise.scripts.powershell.PowerShell.quote;

import dev.dockwise.engine.facts.InstallFacts;
import java.util.ArrayList;
import java.util.List;

/** Docker Toolbox, pinned to its last release, behind a deprecation banner. */
final class ToolboxPlan {
    private ToolboxPlan() {}

    static InstallPlan plan(ScriptContext c) {
        InstallFacts.Toolbox tb = c.install().toolbox();
        List<InstallPlan.Step> steps = new ArrayList<>();
        steps.add(
                new InstallPlan.Step(
                        "Read the deprecation notice",
                        s -> {
                            s.line(
                                    "Write-Warning "
                                            + quote(
                                                    "Docker Toolbox is deprecated and unsupported: "
                                                            + c.info().support().note()));
                            s.line(
                                    "Write-Warning 'Use it only where nothing current works"
                                            + " (Windows 7 and 8.1). It installs Docker 19.03 and"
                                            + " VirtualBox 5.2.'");
                        }));
        steps.add(Preflight.step(c, c.info().requires()));
        steps.add(
                new InstallPlan.Step(
                        "Make sure the Windows hypervisor is off (VirtualBox 5.2 can't run beside"
                                + " it)",
                        s -> {
                            s.comment(
                                    "Windows 7 does not report HypervisorPresent (and runs no"
                                            + " Windows hypervisor): unknown reads as none.");
                            s.open(
                                    "if ((Get-DockwiseProperty -InputObject (Get-CimInstance"
                                            + " -ClassName Win32_ComputerSystem) -Name"
                                            + " 'HypervisorPresent') -eq $true) {");
                            s.line(
                                    "throw "
                                            + quote(
                                                    "A Windows hypervisor is running (Hyper-V, WSL"
                                                        + " 2 or Docker Desktop). VirtualBox 5.2"
                                                        + " can't start 64-bit VMs beside it. Turn"
                                                        + " it off with: "
                                                            + c.knowledge()
                                                                    .virtualization()
                                                                    .hypervisorOffCommand()
                                                            + " and restart (this stops WSL 2 and"
                                                            + " Docker Desktop), then run this"
                                                            + " script again."));
                            s.close();
                        }));
        steps.add(
                new InstallPlan.Step(
                        "Download Docker Toolbox " + tb.version() + " and run its installer",
                        s -> {
                            s.open(
                                    "if (Get-Command -Name 'docker-machine' -ErrorAction"
                                            + " SilentlyContinue) {");
                            s.line(
                                    "Write-Output 'Docker Toolbox (docker-machine) is already"
                                            + " installed.'");
                            s.close();
                            s.open(
                                    "elseif ($PSCmdlet.ShouldProcess('Docker Toolbox "
                                            + tb.version()
                                            + "', 'Download and install')) {");
                            s.line(
                                    "$installer = Join-Path -Path $script:WorkDir -ChildPath "
                                            + quote("DockerToolbox-" + tb.version() + ".exe"));
                            s.comment(
                                    "The installer is unsigned: its SHA-256 is the one the"
                                            + " Chocolatey package of this last Toolbox publishes");
                            s.line(
                                    "Get-DockwiseDownload -Uri "
                                            + quote(tb.download())
                                            + " -OutFile $installer -PinnedHash "
                                            + quote(tb.sha256()));
                            s.line(
                                    "Write-Warning 'The installer is unsigned (Windows asks before"
                                        + " running it); keep an existing VirtualBox by clearing"
                                        + " its box.'");
                            s.line("Invoke-DockwiseInstaller -FilePath $installer");
                            s.close();
                            s.line(
                                    "Write-Output 'Next: start the Docker Quickstart Terminal,"
                                        + " which creates the boot2docker VM (docker-machine create"
                                        + " default).'");
                        }));
        return new InstallPlan(
                c.mode(),
                c.info().name() + " " + tb.version() + " (legacy)",
                c.hostName(),
                steps,
                List.of(tb.note()));
    }
}
