package dev.dockwise.scripts.plans;

import static dev.dockwise.scripts.powershell.PowerShell.quote;

import dev.dockwise.engine.facts.ModeCatalog.MinBuild;
import dev.dockwise.engine.facts.ModeCatalog.Requirements;
import dev.dockwise.engine.facts.ReleaseTable;
import dev.dockwise.engine.facts.WindowsFamily;
import dev.dockwise.engine.facts.WindowsRelease;
import dev.dockwise.engine.model.Arch;
import dev.dockwise.engine.model.HostKind;
import dev.dockwise.engine.result.Fix;
import dev.dockwise.engine.result.FixTarget;
import dev.dockwise.scripts.powershell.PowerShell;
import dev.dockwise.scripts.powershell.ScriptText;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The first step of every script: checks on the real host what the plan relies on (Windows build,
 * architecture, virtualization read the right way round, memory, disk) and stops with the fix when
 * something is missing, before anything is changed.
 */
final class Preflight {
    private Preflight() {}

    static InstallPlan.Step step(ScriptContext c, Requirements req) {
        return new InstallPlan.Step(
                "Check this host (Windows build, architecture, virtualization, memory, disk)",
                s -> write(s, c, req));
    }

    private static void write(ScriptText s, ScriptContext c, Requirements req) {
        s.line("$os = Get-CimInstance -ClassName Win32_OperatingSystem");
        s.line("$computer = Get-CimInstance -ClassName Win32_ComputerSystem");
        s.line("$build = [int]$os.BuildNumber");
        s.line("Write-Output ('Windows: ' + $os.Caption + ', build ' + $build)");
        buildCheck(s, c, req);
        archCheck(s, req);
        if (req.hardwareVirtualization()) {
            virtualizationCheck(s, c, req);
        }
        if (req.memoryGb() != null) {
            s.line("$memoryGb = [math]::Round($computer.TotalPhysicalMemory / 1073741824, 1)");
            s.open("if ($memoryGb -lt " + (req.memoryGb() - 0.5) + ") {");
            s.line(
                    "throw ("
                            + quote(
                                    c.info().name()
                                            + " needs at least "
                                            + req.memoryGb().intValue()
                                            + " GB of memory; this host has ")
                            + " + $memoryGb + ' GB.')");
            s.close();
        }
        s.line("$systemDrive = Get-PSDrive -Name $env:SystemDrive.TrimEnd(':')");
        s.line("$freeGb = [math]::Round($systemDrive.Free / 1073741824, 1)");
        s.open("if ($freeGb -lt 10) {");
        s.line(
                "Write-Warning ('Only ' + $freeGb + ' GB free on ' + $env:SystemDrive + '; images"
                        + " and containers need room (20 GB or more is comfortable).')");
        s.close();
        List<Fix> fixes = c.verdict().fixes();
        if (!fixes.isEmpty()) {
            s.line(
                    "Write-Warning "
                            + quote(
                                    "Dockwise found changes this host needs first. The checks above"
                                            + " stop the script if they are still missing:"));
            for (Fix fix : fixes) {
                s.line("Write-Warning " + quote("- " + withCommand(fix)));
            }
        }
    }

    /**
     * Build ranges per family of this kind of Windows, each with the lowest build the mode runs on.
     */
    private static void buildCheck(ScriptText s, ScriptContext c, Requirements req) {
        ReleaseTable releases = c.knowledge().releases();
        HostKind kind = c.host().kind();
        List<MinBuild> minimums = req.minBuildsFor(c.host().arch());
        List<String> rows = new ArrayList<>();
        List<WindowsFamily> families =
                releases.families().stream().filter(f -> f.kind() == kind).toList();
        for (WindowsFamily family : families) {
            List<WindowsRelease> members = releases.releasesOfFamily(family.id());
            int from = members.get(0).build();
            int min =
                    minimums.stream()
                            .filter(m -> m.family().equals(family.id()))
                            .mapToInt(MinBuild::build)
                            .findFirst()
                            .orElse(-1);
            String builds =
                    members.stream()
                            .map(r -> String.valueOf(r.build()))
                            .distinct()
                            .collect(Collectors.joining(", "));
            String ubrs =
                    minimums.stream()
                            .filter(m -> m.family().equals(family.id()))
                            .flatMap(m -> m.ubrByBuild().entrySet().stream())
                            .sorted(java.util.Map.Entry.comparingByKey())
                            .map(e -> "'" + e.getKey() + "' = " + e.getValue())
                            .collect(Collectors.joining("; "));
            rows.add(
                    "[pscustomobject]@{ First = "
                            + from
                            + "; Builds = @("
                            + builds
                            + "); Min = "
                            + min
                            + "; MinUbr = @{"
                            + (ubrs.isEmpty() ? "" : " " + ubrs + " ")
                            + "}; Name = "
                            + quote(family.name())
                            + "; Updatable = "
                            + (family.updatableWithinFamily() ? "$true" : "$false")
                            + " }");
        }
        String supported =
                minimums.stream()
                        .map(
                                m ->
                                        releases.family(m.family())
                                                        .map(WindowsFamily::name)
                                                        .orElse(m.family())
                                                + " build "
                                                + m.build())
                        .collect(Collectors.joining(", "));
        s.comment("Windows families with the lowest build this mode needs (Min -1: not supported)");
        s.open("$buildRanges = @(");
        for (int i = 0; i < rows.size(); i++) {
            s.line(rows.get(i) + (i < rows.size() - 1 ? "," : ""));
        }
        s.close(")");
        s.line(
                "$family = $buildRanges | Where-Object { $_.Builds -contains $build } |"
                        + " Select-Object -First 1");
        s.open("if ($null -eq $family) {");
        s.line(
                "$family = $buildRanges | Where-Object { $build -ge $_.First } | Sort-Object"
                        + " -Property First | Select-Object -Last 1");
        s.close();
        s.open("if ($null -eq $family -or $family.Min -lt 0) {");
        s.line(
                "throw ("
                        + quote(c.info().name() + " does not run on this Windows (build ")
                        + " + $build + "
                        + quote("). It needs: " + supported + ".")
                        + ")");
        s.close();
        s.comment(
                "An LTSC release (or Windows 8.1) keeps its build: Windows Update brings it no"
                        + " newer one, so it is not told to update");
        s.open("if ($build -lt $family.Min -and $family.Updatable) {");
        s.line(
                "throw ("
                        + quote(c.info().name() + " needs ")
                        + " + $family.Name + ' build ' + $family.Min + "
                        + quote(" or later; this host has build ")
                        + " + $build + "
                        + quote(
                                ". Update Windows (Settings > Windows Update), then run this script"
                                        + " again.")
                        + ")");
        s.close();
        s.open("elseif ($build -lt $family.Min) {");
        s.line(
                "throw ("
                        + quote(c.info().name() + " needs ")
                        + " + $family.Name + ' build ' + $family.Min + "
                        + quote(" or later; this host has build ")
                        + " + $build + "
                        + quote(
                                ", and Windows Update does not move this release to a newer build"
                                    + " (an LTSC release keeps its build). Install a newer release"
                                    + " of it, or another edition, then run this script again.")
                        + ")");
        s.close();
        s.comment(
                "Some builds need a given cumulative update (the update revision, UBR) before the"
                        + " mode works on them");
        s.line(
                "$ubr = [int](Get-DockwiseProperty -InputObject (Get-ItemProperty -Path"
                        + " 'HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion' -ErrorAction"
                        + " SilentlyContinue) -Name 'UBR')");
        s.open(
                "if ($family.MinUbr.ContainsKey([string]$build) -and $ubr -lt"
                        + " $family.MinUbr[[string]$build]) {");
        s.line(
                "throw ("
                        + quote(c.info().name() + " needs build ")
                        + " + $build + '.' + $family.MinUbr[[string]$build] + "
                        + quote(" or later; this host has ")
                        + " + $build + '.' + $ubr + "
                        + quote(
                                ". Install the latest cumulative update (Settings > Windows"
                                        + " Update), then run this script again.")
                        + ")");
        s.close();
    }

    private static void archCheck(ScriptText s, Requirements req) {
        List<String> allowed = new ArrayList<>();
        if (req.archs().contains(Arch.X64)) {
            allowed.add("AMD64");
        }
        if (req.archs().contains(Arch.ARM64)) {
            allowed.add("ARM64");
        }
        s.comment(
                "The processor's architecture: under emulation (x64 PowerShell on ARM64) the"
                        + " environment says AMD64");
        s.open(
                "$architecture = switch (Get-DockwiseProperty -InputObject (Get-CimInstance"
                    + " -ClassName Win32_Processor | Select-Object -First 1) -Name 'Architecture')"
                    + " {");
        s.line("9 { 'AMD64' }");
        s.line("12 { 'ARM64' }");
        s.line("0 { 'x86' }");
        s.line("default { $env:PROCESSOR_ARCHITECTURE }");
        s.close();
        s.open("if (" + PowerShell.array(allowed) + " -notcontains $architecture) {");
        s.line("throw ('This mode does not run on ' + $architecture + ' Windows.')");
        s.close();
    }

    private static void virtualizationCheck(ScriptText s, ScriptContext c, Requirements req) {
        String fix =
                c.verdict().fixes().stream()
                        .filter(f -> f.action().toLowerCase().contains("virtualiz"))
                        .map(Preflight::withCommand)
                        .findFirst()
                        .orElse(
                                "Turn on Intel VT-x or AMD-V in the UEFI/BIOS setup (in a VM:"
                                    + " expose virtualization extensions from the parent host).");
        s.line("$cpu = Get-CimInstance -ClassName Win32_Processor | Select-Object -First 1");
        s.line(
                "$hypervisorPresent = Get-DockwiseProperty -InputObject $computer -Name"
                        + " 'HypervisorPresent'");
        s.line(
                "$firmwareFlag = Get-DockwiseProperty -InputObject $cpu -Name"
                        + " 'VirtualizationFirmwareEnabled'");
        s.line("$vmxFlag = Get-DockwiseProperty -InputObject $cpu -Name 'VMMonitorModeExtensions'");
        s.comment(
                "Firmware and SLAT flags are only meaningful while no hypervisor runs"
                        + " (HypervisorPresent first). Inside a VM the");
        s.comment(
                "parent's hypervisor always shows as present and Windows hides the flags once one"
                        + " runs: only a flag reading true tells.");
        s.open("if (Test-DockwiseVirtualMachine) {");
        s.open("if ($firmwareFlag -eq $true -or $vmxFlag -eq $true) {");
        s.line(
                "Write-Output 'This VM sees virtualization extensions: the parent exposes nested"
                        + " virtualization.'");
        s.close();
        s.open("elseif ($SkipVirtualizationCheck) {");
        s.line("Write-Warning 'Nested virtualization was not checked (-SkipVirtualizationCheck).'");
        s.close();
        s.open("else {");
        List<Fix> outside =
                c.verdict().fixes().stream()
                        .filter(
                                f ->
                                        f.where() == FixTarget.PARENT_HOST
                                                || f.where() == FixTarget.CLOUD_PORTAL)
                        .toList();
        if (!outside.isEmpty() && !Boolean.TRUE.equals(c.profile().host().nestedVirtualization())) {
            // the assessment found this VM without nested virtualization: the promised check stops
            // here until it is exposed
            String what =
                    outside.stream().map(Preflight::withCommand).collect(Collectors.joining(" "));
            s.line(
                    "throw "
                            + quote(
                                    what
                                            + " Dockwise cannot see virtualization extensions from"
                                            + " inside this VM. Once they are exposed, run this"
                                            + " script again with -SkipVirtualizationCheck."));
        } else {
            s.line(
                    "Write-Warning "
                            + quote(
                                    "Dockwise cannot see from inside this VM whether its parent"
                                        + " exposes virtualization extensions (Windows hides them"
                                        + " once a hypervisor runs). If WSL 2 or Hyper-V later"
                                        + " fails with 0x80370102, expose them on the parent host"
                                        + " or pick a cloud VM size that offers nested"
                                        + " virtualization."));
        }
        s.close();
        s.close();
        s.open("elseif ($hypervisorPresent -eq $true) {");
        s.line("Write-Output 'A hypervisor is running, so hardware virtualization is on.'");
        s.close();
        s.open("elseif ($null -eq $firmwareFlag) {");
        s.line(
                "Write-Warning 'This Windows does not report whether virtualization is on in the"
                    + " firmware (Windows 7 and older do not). If a VM will not start for lack of"
                    + " VT-x or AMD-V, turn it on in the UEFI/BIOS setup.'");
        s.close();
        s.open("else {");
        s.open("if (-not $firmwareFlag) {");
        s.line("throw " + quote("Hardware virtualization is off or hidden from Windows. " + fix));
        s.close();
        if (req.slat()) {
            s.open(
                    "if ((Get-DockwiseProperty -InputObject $cpu -Name"
                            + " 'SecondLevelAddressTranslationExtensions') -eq $false) {");
            s.line(
                    "throw "
                            + quote(
                                    "The processor lacks Second Level Address Translation"
                                            + " (EPT/RVI), which Hyper-V and WSL 2 need."));
            s.close();
        }
        s.line("Write-Output 'Hardware virtualization is on in the firmware.'");
        s.close();
    }

    private static String withCommand(Fix fix) {
        return fix.action() + (fix.hasCommand() ? " Command: " + fix.command() : "");
    }
}
