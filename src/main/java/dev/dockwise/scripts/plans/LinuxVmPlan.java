package dev.dockwise.scripts.plans;

import static dev.dockwise.scripts.powershell.PowerShell.quote;

import dev.dockwise.engine.facts.Capability;
import dev.dockwise.scripts.options.ScriptOptions;
import dev.dockwise.scripts.powershell.PowerShell;
import dev.dockwise.scripts.powershell.ScriptText;
import java.util.ArrayList;
import java.util.List;

/**
 * A Linux VM for Docker Engine. Where Hyper-V exists with the cmdlets the script uses (Windows 10
 * 1511 and later, Pro or better; Windows Server 2016 and later) and no other hypervisor is
 * installed, the script creates the VM, on the Default Switch or, where there is none, on a NAT
 * switch of its own; elsewhere (Windows 7 and 8.1, VirtualBox or VMware installed) it prints the
 * steps for VirtualBox or VMware. Docker Engine inside the VM comes from the shell script it saves
 * and prints whole (see {@link AptEngineScript}).
 */
final class LinuxVmPlan {
    private LinuxVmPlan() {}

    /**
     * First builds whose Hyper-V the script can drive: New-NetNat (the NAT switch where there is no
     * Default Switch) came with Windows 10 1511 (build 10586) and Windows Server 2016 (14393), and
     * Set-VMFirmware -SecureBootTemplate with the Hyper-V module of Windows 10 and Server 2016 (VD
     * setup-nat-network.md; learn.microsoft.com powershell/module/hyper-v/set-vmfirmware, read
     * 2026-12-06; the review of issue 27 for Windows 8.1). Windows 8.1, Windows 10 1507 and Server
     * 2012 R2 have Hyper-V without them: they get the VirtualBox or VMware steps.
     */
    private static final int CLIENT_HYPER_V_BUILD = 10586;

    private static final int SERVER_HYPER_V_BUILD = 14393;

    /**
     * Hyper-V's "Default Switch" (NAT with DHCP) came with Windows 10 1709; Windows Server never
     * had it (VD setup-nat-network.md).
     */
    private static final String NAT_SWITCH = "DockwiseNAT";

    private static final String NAT_PREFIX = "192.168.250";

    private static boolean hasHyperV(ScriptContext c) {
        return c.host()
                .build()
                .map(b -> b >= (c.server() ? SERVER_HYPER_V_BUILD : CLIENT_HYPER_V_BUILD))
                .orElse(true);
    }

    /**
     * The switch for the VM: Hyper-V's Default Switch where there is one, else an internal switch
     * of Dockwise's own with NAT, made once (Windows allows one NAT network; an existing one is
     * left as it is).
     */
    private static void natSwitch(ScriptText s) {
        s.line("$switchName = 'Default Switch'");
        s.open("if (-not (Get-VMSwitch -Name $switchName -ErrorAction SilentlyContinue)) {");
        s.line("$switchName = '" + NAT_SWITCH + "'");
        s.open("if (-not (Get-VMSwitch -Name $switchName -ErrorAction SilentlyContinue)) {");
        s.line("New-VMSwitch -Name $switchName -SwitchType Internal | Out-Null");
        s.line("$adapter = Get-NetAdapter -Name ('vEthernet (' + $switchName + ')')");
        s.line(
                "New-NetIPAddress -IPAddress '"
                        + NAT_PREFIX
                        + ".1' -PrefixLength 24 -InterfaceIndex $adapter.ifIndex | Out-Null");
        s.open("if (Get-NetNat -ErrorAction SilentlyContinue) {");
        s.line(
                "Write-Warning 'This host has a NAT network already, and Windows allows only one:"
                        + " the VM reaches this host but not the internet until its network ("
                        + NAT_PREFIX
                        + ".0/24) is routed, or until you connect it to an external switch"
                        + " (Connect-VMNetworkAdapter).'");
        s.close();
        s.open("else {");
        s.line(
                "New-NetNat -Name '"
                        + NAT_SWITCH
                        + "' -InternalIPInterfaceAddressPrefix '"
                        + NAT_PREFIX
                        + ".0/24' | Out-Null");
        s.close();
        s.close();
        s.line(
                "Write-Output ('No Default Switch here (Windows Server, or Windows 10 before 1709):"
                    + " the VM is on the NAT switch ' + $switchName + ' without DHCP. In the Linux"
                    + " installer give it the address "
                        + NAT_PREFIX
                        + ".10/24, gateway "
                        + NAT_PREFIX
                        + ".1 and a DNS server.')");
        s.close();
    }

    /** DOCKWISE_HTTP_PROXY='...' and the others, each value quoted for the shell. */
    static String proxyExports(ScriptOptions o) {
        List<String> exports = new ArrayList<>();
        if (ScriptOptions.present(o.proxyHttp())) {
            exports.add("DOCKWISE_HTTP_PROXY=" + shellQuote(o.proxyHttp()));
        }
        if (ScriptOptions.present(o.proxyHttps())) {
            exports.add("DOCKWISE_HTTPS_PROXY=" + shellQuote(o.proxyHttps()));
        }
        if (ScriptOptions.present(o.proxyExclude())) {
            exports.add("DOCKWISE_NO_PROXY=" + shellQuote(o.proxyExclude()));
        }
        return String.join(" ", exports) + " (and run the script with sudo -E)";
    }

    private static String shellQuote(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }

    static InstallPlan plan(ScriptContext c) {
        boolean hyperV =
                c.host().edition().can(Capability.HYPER_V)
                        && hasHyperV(c)
                        && c.software().virtualBox() == null
                        && c.software().vmwareWorkstation() == null;
        String vm =
                c.options().vmName() != null && !c.options().vmName().isBlank()
                        ? c.options().vmName()
                        : "docker-linux";
        String vmLiteral = PowerShell.vmName(vm);
        List<InstallPlan.Step> steps = new ArrayList<>();
        steps.add(Preflight.step(c, c.info().requires()));
        if (hyperV) {
            String feature =
                    c.server()
                            ? c.install().features().serverHyperV()
                            : c.install().features().clientHyperV();
            steps.add(CommonSteps.features(List.of(feature), "Create the VM " + vm));
            steps.add(
                    new InstallPlan.Step(
                            "Create the Hyper-V VM "
                                    + vm
                                    + " (Generation 2, 4 GB, 2 processors, 64 GB disk)",
                            s -> {
                                s.line("$vmName = " + vmLiteral);
                                s.open("if (Get-VM -Name $vmName -ErrorAction SilentlyContinue) {");
                                s.line("Write-Output ('The VM ' + $vmName + ' exists already.')");
                                s.close();
                                s.open(
                                        "elseif ($PSCmdlet.ShouldProcess($vmName, 'Create Hyper-V"
                                                + " VM')) {");
                                natSwitch(s);
                                s.line(
                                        "$vhd = Join-Path -Path (Get-VMHost).VirtualHardDiskPath"
                                                + " -ChildPath ($vmName + '.vhdx')");
                                s.line(
                                        "New-VM -Name $vmName -Generation 2 -MemoryStartupBytes"
                                            + " 4294967296 -NewVHDPath $vhd -NewVHDSizeBytes"
                                            + " 68719476736 -SwitchName $switchName | Out-Null");
                                s.line("Set-VMProcessor -VMName $vmName -Count 2");
                                s.line(
                                        "Set-VMFirmware -VMName $vmName -SecureBootTemplate"
                                                + " 'MicrosoftUEFICertificateAuthority'");
                                s.line(
                                        "Write-Output ('Created ' + $vmName + '. Attach an Ubuntu"
                                            + " Server ISO: Add-VMDvdDrive -VMName ' + $vmName + '"
                                            + " -Path <path to the .iso>, then start it.')");
                                s.close();
                            }));
        } else {
            steps.add(
                    new InstallPlan.Step(
                            "Create the VM in VirtualBox or VMware Workstation",
                            s -> {
                                s.line(
                                        "Write-Output "
                                                + quote(
                                                        "Create a VM named "
                                                                + vm
                                                                + " with 4 GB of memory, 2"
                                                                + " processors and a 64 GB disk in"
                                                                + " VirtualBox or VMware"
                                                                + " Workstation, and install Ubuntu"
                                                                + " Server in it."));
                            }));
        }
        steps.add(
                new InstallPlan.Step(
                        "Install Docker Engine inside the VM (Docker's apt repository)",
                        s -> {
                            s.comment(
                                    "The script for inside the VM, whole: saved beside the"
                                            + " transcript and shown, to copy into the VM");
                            s.line("$vmScript = @'");
                            for (String line :
                                    AptEngineScript.lines(
                                            c.install().dockerEngineApt(),
                                            AptEngineScript.Target.VM)) {
                                s.raw(line);
                            }
                            s.raw("'@");
                            s.line(
                                    "$vmScriptFile = Join-Path -Path $DockwiseLogDir -ChildPath"
                                            + " 'docker-engine-in-vm.sh'");
                            s.open(
                                    "if ($PSCmdlet.ShouldProcess($vmScriptFile, 'Save the script"
                                            + " for inside the VM')) {");
                            s.line(
                                    "[System.IO.File]::WriteAllText($vmScriptFile, ($vmScript"
                                            + " -replace \"`r`n\", \"`n\"))");
                            s.close();
                            s.line(
                                    "Write-Output ('Inside the VM (Ubuntu or Debian), run this"
                                        + " script as root: copy ' + $vmScriptFile + ' into the VM"
                                        + " and run: sudo sh docker-engine-in-vm.sh')");
                            ScriptOptions o = c.options();
                            if (o.hasProxy()) {
                                s.line(
                                        "Write-Output "
                                                + quote(
                                                        "Through the proxy, first run in the VM:"
                                                                + " export "
                                                                + proxyExports(o)));
                            }
                            s.line("Write-Output '----- docker-engine-in-vm.sh -----'");
                            s.line("Write-Output $vmScript");
                            s.line("Write-Output '----- end -----'");
                            s.line(
                                    "Write-Output 'Then point Docker on Windows at it: docker"
                                        + " context create linux-vm --docker host=ssh://<user>@<VM"
                                        + " address>'");
                        }));
        return new InstallPlan(
                c.mode(),
                c.info().name(),
                c.hostName(),
                steps,
                List.of(
                        "docker-machine is archived; the VM is an ordinary Linux server that you"
                                + " update like any other."));
    }
}
