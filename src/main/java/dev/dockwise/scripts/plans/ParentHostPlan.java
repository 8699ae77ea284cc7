package dev.dockwise.scripts.plans;

import static dev.dockwise.scripts.powershell.PowerShell.quote;

import dev.dockwise.engine.facts.VirtualizationFacts;
import dev.dockwise.scripts.powershell.PowerShell;
import java.util.List;

/**
 * The script for the Hyper-V host that runs the VM: exposes virtualization extensions to it (the VM
 * must be off), turns dynamic memory off and allows MAC spoofing for nested guests' networking.
 */
final class ParentHostPlan {
    private ParentHostPlan() {}

    static InstallPlan plan(ScriptContext c, String vmName) {
        VirtualizationFacts.HypervParent parent = c.knowledge().virtualization().hypervParent();
        String vm = PowerShell.vmName(vmName);
        InstallPlan.Step check =
                new InstallPlan.Step(
                        "Find the VM and check the Hyper-V host",
                        s -> {
                            s.line("$vmName = " + vm);
                            s.line("$vm = Get-VM -Name $vmName");
                            s.line(
                                    "Write-Output ('VM ' + $vmName + ': state ' + $vm.State + ',"
                                            + " configuration version ' + $vm.Version)");
                            s.line(
                                    "Write-Output "
                                            + quote(
                                                    "Intel needs "
                                                            + parent.intel().parentMinimum()
                                                            + " and configuration version "
                                                            + parent.intel().configVersion()
                                                            + " or later; AMD needs "
                                                            + parent.amd().parentMinimum()
                                                            + " and "
                                                            + parent.amd().configVersion()
                                                            + " or later."));
                        });
        InstallPlan.Step expose =
                new InstallPlan.Step(
                        "Turn the VM off and expose virtualization extensions to it",
                        s -> {
                            s.open(
                                    "if ((Get-VMProcessor -VMName"
                                            + " $vmName).ExposeVirtualizationExtensions) {");
                            s.line(
                                    "Write-Output 'Virtualization extensions are already exposed to"
                                            + " this VM.'");
                            s.close();
                            s.open(
                                    "elseif ($PSCmdlet.ShouldProcess($vmName, 'Stop the VM and"
                                            + " expose virtualization extensions')) {");
                            s.open("if ($vm.State -ne 'Off') {");
                            s.line("Stop-VM -Name $vmName");
                            s.close();
                            s.line(
                                    "Set-VMProcessor -VMName $vmName"
                                            + " -ExposeVirtualizationExtensions $true");
                            s.line("Set-VMMemory -VMName $vmName -DynamicMemoryEnabled $false");
                            s.line(
                                    "Get-VMNetworkAdapter -VMName $vmName | Set-VMNetworkAdapter"
                                            + " -MacAddressSpoofing On");
                            s.close();
                        });
        InstallPlan.Step start =
                new InstallPlan.Step(
                        "Start the VM again",
                        s -> {
                            s.open(
                                    "if ((Get-VM -Name $vmName).State -eq 'Off' -and"
                                        + " $PSCmdlet.ShouldProcess($vmName, 'Start the VM')) {");
                            s.line("Start-VM -Name $vmName");
                            s.close();
                            s.line(
                                    "Write-Output 'Done: inside the VM, run the install script"
                                            + " Dockwise made for it.'");
                        });
        return new InstallPlan(
                c.mode(),
                "Nested virtualization for " + vmName,
                "the Hyper-V host that runs " + vmName,
                List.of(check, expose, start),
                List.of(parent.notes()));
    }
}
