package dev.dockwise.scripts;

import static dev.dockwise.scripts.PowerShell.quote;

import dev.dockwise.engine.facts.Capability;
import java.util.ArrayList;
import java.util.List;

/**
 * A Linux VM for Docker Engine. On editions with Hyper-V the script creates the VM; the Linux
 * install inside it and Docker Engine follow Docker's guide, which the script prints. Where the VM
 * runs on VirtualBox or VMware, the script checks the host and prints the steps.
 */
final class LinuxVmPlan {
    private LinuxVmPlan() {
    }

    static InstallPlan plan(ScriptContext c) {
        boolean hyperV = c.host().edition().can(Capability.HYPER_V) && c.software().virtualBox() == null
                && c.software().vmwareWorkstation() == null;
        String vm = c.options().vmName() != null && !c.options().vmName().isBlank() ? c.options().vmName() : "docker-linux";
        String vmLiteral = PowerShell.vmName(vm);
        List<InstallPlan.Step> steps = new ArrayList<>();
        steps.add(Preflight.step(c, c.info().requires()));
        if (hyperV) {
            String feature = c.server() ? c.install().features().serverHyperV() : c.install().features().clientHyperV();
            steps.add(CommonSteps.features(List.of(feature), "Create the VM " + vm));
            steps.add(new InstallPlan.Step("Create the Hyper-V VM " + vm + " (Generation 2, 4 GB, 2 processors, 64 GB disk)", s -> {
                s.line("$vmName = " + vmLiteral);
                s.open("if (Get-VM -Name $vmName -ErrorAction SilentlyContinue) {");
                s.line("Write-Output ('The VM ' + $vmName + ' exists already.')");
                s.close();
                s.open("elseif ($PSCmdlet.ShouldProcess($vmName, 'Create Hyper-V VM')) {");
                s.line("$vhd = Join-Path -Path (Get-VMHost).VirtualHardDiskPath -ChildPath ($vmName + '.vhdx')");
                s.line("New-VM -Name $vmName -Generation 2 -MemoryStartupBytes 4294967296 -NewVHDPath $vhd -NewVHDSizeBytes 68719476736 -SwitchName 'Default Switch' | Out-Null");
                s.line("Set-VMProcessor -VMName $vmName -Count 2");
                s.line("Set-VMFirmware -VMName $vmName -SecureBootTemplate 'MicrosoftUEFICertificateAuthority'");
                s.line("Write-Output ('Created ' + $vmName + '. Attach an Ubuntu Server ISO: Add-VMDvdDrive -VMName ' + $vmName + ' -Path <path to the .iso>, then start it.')");
                s.close();
            }));
        } else {
            steps.add(new InstallPlan.Step("Create the VM in VirtualBox or VMware Workstation", s -> {
                s.line("Write-Output " + quote("Create a VM named " + vm + " with 4 GB of memory, 2 processors and a 64 GB disk in VirtualBox or VMware Workstation, "
                        + "and install Ubuntu Server in it."));
            }));
        }
        steps.add(new InstallPlan.Step("Install Docker Engine inside the VM (Docker's apt repository)", s -> {
            s.line("Write-Output 'Inside the VM, run as root:'");
            for (String line : WslEnginePlan.bash(c.install().dockerEngineApt())) {
                if (!line.contains("wsl.conf") && !line.contains("systemd=true") && !line.contains("DOCKWISE")) {
                    s.line("Write-Output " + quote("    " + line));
                }
            }
            s.line("Write-Output 'Then point Docker on Windows at it: docker context create linux-vm --docker host=ssh://<user>@<VM address>'");
        }));
        return new InstallPlan(c.mode(), c.info().name(), c.hostName(), steps,
                List.of("docker-machine is archived; the VM is an ordinary Linux server that you update like any other."));
    }
}
