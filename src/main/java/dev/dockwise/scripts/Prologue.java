package dev.dockwise.scripts;

import static dev.dockwise.scripts.PowerShell.quote;

/**
 * The part every install script shares: strict mode, a transcript, helpers that check the exit
 * code of every native program, Windows features on client and server, and the restart handling
 * that lets the script be run again to continue where it stopped.
 */
final class Prologue {
    /** Makers and models VMs report: Hyper-V, VMware, VirtualBox, KVM/QEMU, Xen (AWS's older instances), Parallels, Nutanix AHV, OpenStack, the clouds. */
    static final String VM_FIRMWARE = "Virtual Machine|VMware|VirtualBox|innotek|KVM|QEMU|Xen|HVM domU|Parallels|Nutanix|AHV|OpenStack"
            + "|Amazon EC2|Google Compute Engine|Standard PC \\(";

    private Prologue() {
    }

    static void write(ScriptText s, String logName) {
        s.line("[CmdletBinding(SupportsShouldProcess)]");
        s.open("param(");
        s.comment("Go on in a VM where Dockwise cannot see the virtualization extensions the parent exposes (you checked them yourself).");
        s.line("[switch]$SkipVirtualizationCheck");
        s.close(")");
        s.blank();
        s.line("Set-StrictMode -Version Latest");
        s.line("$ErrorActionPreference = 'Stop'");
        s.line("$ProgressPreference = 'SilentlyContinue'");
        s.line("$env:WSL_UTF8 = '1'");
        s.line("$script:RestartNeeded = $false");
        s.line("$script:IsServer = (Get-CimInstance -ClassName Win32_OperatingSystem).ProductType -ne 1");
        s.line("$DockwiseLogDir = Join-Path -Path $env:ProgramData -ChildPath 'Dockwise\\logs'");
        s.line("$DockwiseLog = Join-Path -Path $DockwiseLogDir -ChildPath ('" + logName + "-' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.log')");
        s.blank();
        s.open("function Write-DockwiseStep {");
        s.line("param([string]$Title)");
        s.line("Write-Output ''");
        s.line("Write-Output ('== ' + $Title)");
        s.close();
        s.blank();
        s.open("function Get-DockwiseProperty {");
        s.comment("A property older Windows lacks (HypervisorPresent and the processor's virtualization flags came with Windows 8):");
        s.comment("$null, unknown, instead of an error under strict mode.");
        s.line("param([object]$InputObject, [string]$Name)");
        s.open("if ($null -eq $InputObject) {");
        s.line("return $null");
        s.close();
        s.line("$property = $InputObject.PSObject.Properties[$Name]");
        s.open("if ($null -eq $property) {");
        s.line("return $null");
        s.close();
        s.line("return $property.Value");
        s.close();
        s.blank();
        s.open("function Test-DockwiseVirtualMachine {");
        s.comment("Whether this Windows runs in a VM, from the firmware's maker and model (as the Dockwise probe reads them).");
        s.line("$computer = Get-CimInstance -ClassName Win32_ComputerSystem");
        s.line("$firmware = [string]$computer.Manufacturer + ' ' + [string]$computer.Model");
        s.line("return $firmware -match " + quote(VM_FIRMWARE));
        s.close();
        s.blank();
        s.open("function Invoke-DockwiseNative {");
        s.comment("Runs a program and stops the script when it fails: every native exit code is checked.");
        s.open("param(");
        s.line("[Parameter(Mandatory = $true)][string]$FilePath,");
        s.line("[string[]]$ArgumentList = @(),");
        s.line("[int[]]$SuccessExitCodes = @(0)");
        s.close(")");
        s.line("& $FilePath @ArgumentList");
        s.line("$code = $LASTEXITCODE");
        s.open("if ($SuccessExitCodes -notcontains $code) {");
        s.line("throw ('{0} {1} failed with exit code {2}' -f $FilePath, ($ArgumentList -join ' '), $code)");
        s.close();
        s.close();
        s.blank();
        s.open("function Invoke-DockwiseInstaller {");
        s.comment("Runs an installer, waits for it and checks its exit code (3010 means: restart needed).");
        s.open("param(");
        s.line("[Parameter(Mandatory = $true)][string]$FilePath,");
        s.line("[string[]]$ArgumentList = @()");
        s.close(")");
        s.line("$process = Start-Process -FilePath $FilePath -ArgumentList $ArgumentList -Wait -PassThru");
        s.open("if ($process.ExitCode -eq 3010) {");
        s.line("$script:RestartNeeded = $true");
        s.close();
        s.open("elseif ($process.ExitCode -ne 0) {");
        s.line("throw ('{0} failed with exit code {1}' -f $FilePath, $process.ExitCode)");
        s.close();
        s.close();
        s.blank();
        s.open("function Test-DockwiseFeature {");
        s.line("param([string]$Name)");
        s.open("if ($script:IsServer -and (Get-Command -Name Get-WindowsFeature -ErrorAction SilentlyContinue)) {");
        s.line("$feature = Get-WindowsFeature -Name $Name");
        s.open("if ($null -ne $feature) {");
        s.line("return [bool]$feature.Installed");
        s.close();
        s.close();
        s.line("$optional = Get-WindowsOptionalFeature -Online -FeatureName $Name -ErrorAction SilentlyContinue");
        s.line("return ($null -ne $optional -and $optional.State -eq 'Enabled')");
        s.close();
        s.blank();
        s.open("function Enable-DockwiseFeature {");
        s.comment("Turns a Windows feature on (Install-WindowsFeature on Server, Enable-WindowsOptionalFeature on clients).");
        s.line("param([string]$Name)");
        s.open("if (Test-DockwiseFeature -Name $Name) {");
        s.line("Write-Output ('Feature already on: ' + $Name)");
        s.line("return");
        s.close();
        s.open("if (-not $PSCmdlet.ShouldProcess($Name, 'Turn on Windows feature')) {");
        s.line("return");
        s.close();
        s.comment("Install-WindowsFeature only for what Server Manager knows by that name: VirtualMachinePlatform, for one, is an");
        s.comment("optional feature there as on clients (Enable-WindowsOptionalFeature works on both, so nothing is lost either way).");
        s.open("if ($script:IsServer -and (Get-Command -Name Install-WindowsFeature -ErrorAction SilentlyContinue) -and (Get-WindowsFeature -Name $Name)) {");
        s.line("$result = Install-WindowsFeature -Name $Name -IncludeManagementTools");
        s.line("$script:RestartNeeded = $script:RestartNeeded -or ($result.RestartNeeded -eq 'Yes')");
        s.close();
        s.open("else {");
        s.line("$result = Enable-WindowsOptionalFeature -Online -FeatureName $Name -All -NoRestart");
        s.line("$script:RestartNeeded = $script:RestartNeeded -or [bool]$result.RestartNeeded");
        s.close();
        s.line("Write-Output ('Feature turned on: ' + $Name)");
        s.close();
        s.blank();
        s.open("function Stop-DockwiseForRestart {");
        s.comment("Windows must restart before the next step; running the script again continues there.");
        s.line("param([string]$NextStep)");
        s.open("if ($script:RestartNeeded) {");
        s.line("Write-Warning 'Windows needs a restart to finish turning on features.'");
        s.line("Write-Warning ('Restart Windows, then run this same script again as administrator: it skips what is done and continues with: ' + $NextStep)");
        s.line("exit 3010");
        s.close();
        s.close();
        s.blank();
        s.open("function Get-DockwiseDownload {");
        s.comment("Downloads a file over HTTPS; verifies its SHA-256 when one is known, else prints it for the log.");
        s.open("param(");
        s.line("[Parameter(Mandatory = $true)][string]$Uri,");
        s.line("[Parameter(Mandatory = $true)][string]$OutFile,");
        s.line("[string]$Sha256 = ''");
        s.close(")");
        s.line("Invoke-WebRequest -Uri $Uri -OutFile $OutFile -UseBasicParsing");
        s.line("$actual = (Get-FileHash -Path $OutFile -Algorithm SHA256).Hash");
        s.open("if ($Sha256 -ne '' -and $actual -ne $Sha256.ToUpperInvariant()) {");
        s.line("Remove-Item -Path $OutFile -Force");
        s.line("throw ('Checksum mismatch for ' + $Uri + ': expected ' + $Sha256 + ', got ' + $actual)");
        s.close();
        s.line("Write-Output ('Downloaded ' + $Uri + ' (SHA-256 ' + $actual + ')')");
        s.close();
        s.blank();
    }
}
