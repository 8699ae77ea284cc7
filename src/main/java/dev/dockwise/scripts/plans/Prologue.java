package dev.dockwise.scripts.plans;

import static dev.dockwise.scripts.powershell.PowerShell.quote;

import dev.dockwise.scripts.options.ScriptOptions;
import dev.dockwise.scripts.powershell.ScriptSnippets;
import dev.dockwise.scripts.powershell.ScriptText;

/**
 * The part every install script shares: strict mode, a transcript, helpers that check the exit code
 * of every native program, Windows features on client and server, and the restart handling that
 * lets the script be run again to continue where it stopped.
 */
final class Prologue {
    /**
     * Makers and models VMs report: Hyper-V, VMware, VirtualBox, KVM/QEMU, Xen (AWS's older
     * instances), Parallels, Nutanix AHV, OpenStack, the clouds.
     */
    static final String VM_FIRMWARE =
            "Virtual Machine|VMware|VirtualBox|innotek|KVM|QEMU|Xen|HVM"
                + " domU|Parallels|Nutanix|AHV|OpenStack|Amazon EC2|Google Compute Engine|Standard"
                + " PC \\(";

    private Prologue() {}

    /**
     * The --proxy-* options for what the script itself downloads ($DockwiseProxy for
     * Invoke-WebRequest), and for the programs it starts (WSL's own downloads, curl, tar): the
     * process's proxy variables.
     */
    private static void proxy(ScriptText s, ScriptOptions o) {
        String proxy =
                ScriptOptions.present(o.proxyHttps())
                        ? o.proxyHttps()
                        : ScriptOptions.present(o.proxyHttp()) ? o.proxyHttp() : "";
        s.line("$DockwiseProxy = " + quote(proxy));
        proxyUrlFunction(s);
        if (ScriptOptions.present(o.proxyHttp())) {
            s.line("$env:HTTP_PROXY = Get-DockwiseProxyUrl -Url " + quote(o.proxyHttp()));
        }
        if (ScriptOptions.present(o.proxyHttps()) || ScriptOptions.present(o.proxyHttp())) {
            s.line("$env:HTTPS_PROXY = Get-DockwiseProxyUrl -Url $DockwiseProxy");
        }
        if (ScriptOptions.present(o.proxyExclude())) {
            s.line("$env:NO_PROXY = " + quote(o.proxyExclude()));
        }
    }

    /**
     * Get-DockwiseProxyUrl: the proxy's address with the user name and password given when the
     * script runs (-ProxyCredential), percent-encoded, for the programs that take them only in an
     * address (WSL, curl, apt, the engine). It lives in this process's environment or in files only
     * Administrators and SYSTEM (root) read; the script's own text never holds it, nor does its
     * transcript.
     */
    static void proxyUrlFunction(ScriptText s) {
        s.open("function Get-DockwiseProxyUrl {");
        s.line("param([string]$Url)");
        s.open("if ($Url -eq '' -or $null -eq $ProxyCredential) {");
        s.line("return $Url");
        s.close();
        s.line("$network = $ProxyCredential.GetNetworkCredential()");
        s.line("$user = $network.UserName");
        s.open("if ($network.Domain -ne '') {");
        s.line("$user = $network.Domain + '\\' + $user");
        s.close();
        s.line(
                "$userInfo = [uri]::EscapeDataString($user) + ':' +"
                        + " [uri]::EscapeDataString($network.Password) + '@'");
        s.line("return ($Url -replace '^(https?://)', ('${1}' + $userInfo))");
        s.close();
    }

    static void write(ScriptText s, String logName, ScriptOptions options) {
        s.line("[CmdletBinding(SupportsShouldProcess)]");
        s.open("param(");
        s.comment(
                "Go on in a VM where Dockwise cannot see the virtualization extensions the parent"
                        + " exposes (you checked them yourself).");
        s.line("[switch]$SkipVirtualizationCheck,");
        s.comment(
                "SHA-256 of downloads you checked yourself, for those no published checksum or"
                        + " signature vouches for.");
        s.line("[string[]]$TrustedHash = @(),");
        s.comment(
                "The proxy's user name and password, asked for when you run it: -ProxyCredential"
                        + " (Get-Credential). Never written in clear.");
        s.line("[System.Management.Automation.PSCredential]$ProxyCredential = $null,");
        s.comment(
                "Windows Server: replace a docker service of another engine (Mirantis Container"
                        + " Runtime) with the one this script installs.");
        s.line("[switch]$ReplaceEngine,");
        s.comment(
                "The account that will use Docker (DOMAIN\\user), when it is not the one signed in"
                        + " at the console.");
        s.line("[string]$ForUser = ''");
        s.close(")");
        s.blank();
        s.line("Set-StrictMode -Version Latest");
        s.line("$ErrorActionPreference = 'Stop'");
        s.line("$ProgressPreference = 'SilentlyContinue'");
        s.line("$env:WSL_UTF8 = '1'");
        s.line("$script:RestartNeeded = $false");
        s.line(
                "$script:IsServer = (Get-CimInstance -ClassName Win32_OperatingSystem).ProductType"
                        + " -ne 1");
        s.line("$DockwiseHome = Join-Path -Path $env:ProgramData -ChildPath 'Dockwise'");
        s.line("$DockwiseLogDir = Join-Path -Path $DockwiseHome -ChildPath 'logs'");
        s.line("$script:WorkDir = $null");
        s.line(
                "$DockwiseLog = Join-Path -Path $DockwiseLogDir -ChildPath ('"
                        + logName
                        + "-' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.log')");
        s.comment(
                "Windows PowerShell 5.1 may offer only TLS 1.0 and 1.1, which download.docker.com"
                        + " and GitHub refuse (PowerShell 7 needs nothing).");
        s.line(
                "[Net.ServicePointManager]::SecurityProtocol ="
                        + " [Net.ServicePointManager]::SecurityProtocol -bor"
                        + " [Net.SecurityProtocolType]::Tls12");
        proxy(s, options);
        s.blank();
        s.open("function Write-DockwiseStep {");
        s.line("param([string]$Title)");
        s.line("Write-Output ''");
        s.line("Write-Output ('== ' + $Title)");
        s.close();
        s.blank();
        // the probe's own, so that both read Windows 7 the same way
        for (String line : ScriptSnippets.text("Get-DockwiseProperty.ps1").strip().split("\n")) {
            s.raw(line);
        }
        s.blank();
        s.open("function Test-DockwiseVirtualMachine {");
        s.comment(
                "Whether this Windows runs in a VM, from the firmware's maker and model (as the"
                        + " Dockwise probe reads them).");
        s.line("$computer = Get-CimInstance -ClassName Win32_ComputerSystem");
        s.line("$firmware = [string]$computer.Manufacturer + ' ' + [string]$computer.Model");
        s.line("return $firmware -match " + quote(VM_FIRMWARE));
        s.close();
        s.blank();
        s.open("function Get-DockwiseTargetUser {");
        s.comment(
                "Who will use Docker: -ForUser, else the owner of the desktop (explorer.exe) of the"
                        + " session this script runs in: the");
        s.comment(
                "person who elevated it, over the shoulder or over RDP, where the console's user is"
                        + " empty or someone else; else the");
        s.comment(
                "person at the console (a script run as SYSTEM has no desktop), else the account"
                        + " running it. Known by SID, with its profile.");
        s.line("$me = [System.Security.Principal.WindowsIdentity]::GetCurrent()");
        s.line("$name = $ForUser");
        s.line("$session = [System.Diagnostics.Process]::GetCurrentProcess().SessionId");
        s.open("if ($name -eq '' -and $session -ne 0) {");
        s.line(
                "$desktop = @(Get-CimInstance -ClassName Win32_Process -Filter"
                    + " (\"Name='explorer.exe' AND SessionId=\" + $session)) | Select-Object -First"
                    + " 1");
        s.open("if ($null -ne $desktop) {");
        s.line("$owner = Invoke-CimMethod -InputObject $desktop -MethodName GetOwner");
        s.open("if ($owner.ReturnValue -eq 0 -and [string]$owner.User -ne '') {");
        s.line("$name = [string]$owner.Domain + '\\' + [string]$owner.User");
        s.close();
        s.close();
        s.close();
        s.open("if ($name -eq '') {");
        s.line("$name = [string](Get-CimInstance -ClassName Win32_ComputerSystem).UserName");
        s.close();
        s.open("if ($name -eq '') {");
        s.line("$name = $me.Name");
        s.close();
        s.open("try {");
        s.line(
                "$sid = (New-Object -TypeName System.Security.Principal.NTAccount -ArgumentList"
                    + " $name).Translate([System.Security.Principal.SecurityIdentifier]).Value");
        s.close();
        s.open("catch {");
        s.line(
                "throw ('Dockwise cannot tell who will use Docker: the account ' + $name + ' is not"
                        + " known here. Name them: -ForUser DOMAIN\\user')");
        s.close();
        s.line(
                "$userProfile = Get-CimInstance -ClassName Win32_UserProfile -Filter (\"SID='\" +"
                        + " $sid + \"'\")");
        s.line("$profilePath = $null");
        s.open("if ($null -ne $userProfile) {");
        s.line("$profilePath = [string]$userProfile.LocalPath");
        s.close();
        s.line(
                "return [pscustomobject]@{ Name = $name; Sid = $sid; Profile = $profilePath; IsMe ="
                        + " ($sid -eq $me.User.Value) }");
        s.close();
        s.blank();
        nativeCommand(s);
        folders(s);
        s.open("function Invoke-DockwiseInstaller {");
        s.comment(
                "Runs an installer, waits for it and checks its exit code (3010 means: restart"
                        + " needed).");
        s.open("param(");
        s.line("[Parameter(Mandatory = $true)][string]$FilePath,");
        s.line("[string[]]$ArgumentList = @()");
        s.close(")");
        s.line(
                "$process = Start-Process -FilePath $FilePath -ArgumentList $ArgumentList -Wait"
                        + " -PassThru");
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
        s.open(
                "if ($script:IsServer -and (Get-Command -Name Get-WindowsFeature -ErrorAction"
                        + " SilentlyContinue)) {");
        s.line("$feature = Get-WindowsFeature -Name $Name");
        s.open("if ($null -ne $feature) {");
        s.line("return [bool]$feature.Installed");
        s.close();
        s.close();
        s.line(
                "$optional = Get-WindowsOptionalFeature -Online -FeatureName $Name -ErrorAction"
                        + " SilentlyContinue");
        s.line("return ($null -ne $optional -and $optional.State -eq 'Enabled')");
        s.close();
        s.blank();
        s.open("function Enable-DockwiseFeature {");
        s.comment(
                "Turns a Windows feature on (Install-WindowsFeature on Server,"
                        + " Enable-WindowsOptionalFeature on clients).");
        s.line("param([string]$Name)");
        s.open("if (Test-DockwiseFeature -Name $Name) {");
        s.line("Write-Output ('Feature already on: ' + $Name)");
        s.line("return");
        s.close();
        s.open("if (-not $PSCmdlet.ShouldProcess($Name, 'Turn on Windows feature')) {");
        s.line("return");
        s.close();
        s.comment(
                "Install-WindowsFeature only for what Server Manager knows by that name:"
                        + " VirtualMachinePlatform, for one, is an");
        s.comment(
                "optional feature there as on clients (Enable-WindowsOptionalFeature works on both,"
                        + " so nothing is lost either way).");
        s.open(
                "if ($script:IsServer -and (Get-Command -Name Install-WindowsFeature -ErrorAction"
                        + " SilentlyContinue) -and (Get-WindowsFeature -Name $Name)) {");
        s.line("$result = Install-WindowsFeature -Name $Name -IncludeManagementTools");
        s.line(
                "$script:RestartNeeded = $script:RestartNeeded -or ($result.RestartNeeded -eq"
                        + " 'Yes')");
        s.close();
        s.open("else {");
        s.line(
                "$result = Enable-WindowsOptionalFeature -Online -FeatureName $Name -All"
                        + " -NoRestart");
        s.line("$script:RestartNeeded = $script:RestartNeeded -or [bool]$result.RestartNeeded");
        s.close();
        s.line("Write-Output ('Feature turned on: ' + $Name)");
        s.close();
        s.blank();
        s.open("function Test-DockwiseRestartPending {");
        s.comment(
                "Whether Windows' servicing stack waits for a restart (a feature or package an"
                        + " installer turned on).");
        s.line(
                "return (Test-Path -Path"
                        + " 'HKLM:\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Component Based"
                        + " Servicing\\RebootPending')");
        s.close();
        s.blank();
        s.open("function Stop-DockwiseForRestart {");
        s.comment(
                "Windows must restart before the next step; running the script again continues"
                        + " there.");
        s.line("param([string]$NextStep)");
        s.open("if ($script:RestartNeeded) {");
        s.line("Write-Warning 'Windows needs a restart to finish turning on features.'");
        s.line(
                "Write-Warning ('Restart Windows, then run this same script again as administrator:"
                        + " it skips what is done and continues with: ' + $NextStep)");
        s.line("exit 3010");
        s.close();
        s.close();
        s.blank();
        signer(s);
        s.open("function Get-DockwiseDownload {");
        s.comment(
                "Downloads a file over HTTPS and lets it be used only when verified, before"
                        + " anything unpacks or runs it: by the SHA-256");
        s.comment(
                "Dockwise pinned from a published source (the whole file), by its maker's"
                        + " Authenticode signature, or by a SHA-256 you");
        s.comment(
                "checked (-TrustedHash). A pinned SHA-256 that does not match ends the script:"
                        + " nothing else can vouch for that file then.");
        s.open("param(");
        s.line("[Parameter(Mandatory = $true)][string]$Uri,");
        s.line("[Parameter(Mandatory = $true)][string]$OutFile,");
        s.line("[string]$PinnedHash = '',");
        s.line("[string]$Publisher = ''");
        s.close(")");
        s.line("$request = @{ Uri = $Uri; OutFile = $OutFile; UseBasicParsing = $true }");
        s.open("if ($DockwiseProxy -ne '') {");
        s.line("$request['Proxy'] = $DockwiseProxy");
        s.open("if ($null -ne $ProxyCredential) {");
        s.line("$request['ProxyCredential'] = $ProxyCredential");
        s.close();
        s.open("else {");
        s.comment("the signed-in account's own (NTLM, Kerberos), as a browser would");
        s.line("$request['ProxyUseDefaultCredentials'] = $true");
        s.close();
        s.close();
        s.line("Invoke-WebRequest @request");
        s.line("$actual = (Get-FileHash -Path $OutFile -Algorithm SHA256).Hash");
        s.line("Write-Output ('Downloaded ' + $Uri + ' (SHA-256 ' + $actual + ')')");
        s.open("if ($PinnedHash -ne '') {");
        s.open("if ($actual -ne $PinnedHash.ToUpperInvariant()) {");
        s.line("Remove-Item -Path $OutFile -Force");
        s.line(
                "throw ('SHA-256 mismatch for ' + $Uri + ': Dockwise pinned ' +"
                    + " $PinnedHash.ToUpperInvariant() + ', the download has ' + $actual + '. It is"
                    + " not used.')");
        s.close();
        s.line("Write-Output 'Its SHA-256 is the one Dockwise pinned from a published source.'");
        s.line("return");
        s.close();
        s.open("if ($Publisher -ne '') {");
        s.open("if (Test-DockwiseSigner -Path $OutFile -Organization $Publisher) {");
        s.line(
                "Write-Output ('Signed by ' + $Publisher + ', with a certificate chain to a root"
                        + " this computer trusts.')");
        s.line("return");
        s.close();
        s.line("$signature = Get-AuthenticodeSignature -FilePath $OutFile");
        s.line(
                "$signer = @($signature.SignerCertificate | Where-Object { $null -ne $_ } |"
                        + " ForEach-Object { $_.Subject }) -join ''");
        s.line(
                "Write-Warning ('Not accepted as signed by ' + $Publisher + ': signature ' +"
                        + " $signature.Status + ', signer ' + $signer)");
        s.close();
        s.open("if ($TrustedHash -contains $actual) {");
        s.line("Write-Output 'Its SHA-256 is one you gave with -TrustedHash.'");
        s.line("return");
        s.close();
        s.line("Remove-Item -Path $OutFile -Force");
        s.line(
                "throw ('Dockwise could not verify ' + $Uri + ': no pinned SHA-256 or signature"
                    + " vouches for it, so it is not used. Its SHA-256 is ' + $actual + '. Compare"
                    + " that with one from a source you trust; if they match, run this script again"
                    + " with -TrustedHash ' + $actual)");
        s.close();
        s.blank();
    }

    /**
     * Test-DockwiseSigner: the organisation of an Authenticode signer compared exactly, and its
     * chain to a root of the machine's stores. X500DistinguishedName.Decode with UseNewLines puts
     * each attribute on its own line and quotes a value holding a comma or line break, so no part
     * of another attribute can pass for the O= line (learn.microsoft.com
     * X500DistinguishedNameFlags, 2026-12-06).
     */
    private static void signer(ScriptText s) {
        s.open("function Test-DockwiseSigner {");
        s.comment(
                "Whether a valid Authenticode signature is this organisation's: the O= of the"
                        + " signer's subject compared whole (a");
        s.comment(
                "'*Docker Inc*' match let any trusted certificate naming it pass), and a chain that"
                        + " ends in a root this computer trusts");
        s.comment(
                "for every account (a root one user added to their own store does not count)."
                        + " Anything else: not signed by it.");
        s.open("param(");
        s.line("[Parameter(Mandatory = $true)][string]$Path,");
        s.line("[Parameter(Mandatory = $true)][string]$Organization");
        s.close(")");
        s.line("$signature = Get-AuthenticodeSignature -FilePath $Path");
        s.open("if ($signature.Status -ne 'Valid' -or $null -eq $signature.SignerCertificate) {");
        s.line("return $false");
        s.close();
        s.line("$certificate = $signature.SignerCertificate");
        s.line(
                "$names ="
                    + " $certificate.SubjectName.Decode([System.Security.Cryptography.X509Certificates.X500DistinguishedNameFlags]::UseNewLines)"
                    + " -split \"`r?`n\"");
        s.line("$organizations = @($names | Where-Object { $_ -clike 'O=*' })");
        s.open(
                "if ($organizations.Count -ne 1 -or $organizations[0] -cne ('O=' + $Organization))"
                        + " {");
        s.line("return $false");
        s.close();
        s.line(
                "$chain = New-Object -TypeName"
                        + " System.Security.Cryptography.X509Certificates.X509Chain");
        s.comment(
                "Revocation was checked with the signature; here only where the chain ends counts");
        s.line(
                "$chain.ChainPolicy.RevocationMode ="
                    + " [System.Security.Cryptography.X509Certificates.X509RevocationMode]::NoCheck");
        s.line("[void]$chain.Build($certificate)");
        s.open("if ($chain.ChainElements.Count -lt 2) {");
        s.line("return $false");
        s.close();
        s.line("$root = $chain.ChainElements[$chain.ChainElements.Count - 1].Certificate");
        s.open("if ($root.Subject -ne $root.Issuer) {");
        s.line("return $false");
        s.close();
        s.line(
                "return ((Test-Path -Path ('Cert:\\LocalMachine\\Root\\' + $root.Thumbprint)) -or"
                    + " (Test-Path -Path ('Cert:\\LocalMachine\\AuthRoot\\' + $root.Thumbprint)))");
        s.close();
        s.blank();
    }

    /**
     * The folders under %ProgramData%\Dockwise: owned by Administrators, inheritance off, only
     * Administrators and SYSTEM write there (everyone signed in may read the logs, for "Check the
     * setup"), and a work folder per run with a fresh name that only Administrators and SYSTEM can
     * open. %TEMP% is C:\Windows\Temp when the script runs as SYSTEM (Intune, ConfigMgr, an RMM
     * tool), where a local user could swap a verified file before it runs.
     */
    private static void folders(ScriptText s) {
        s.open("function Protect-DockwiseFolder {");
        s.comment(
                "Owner Administrators, inheritance off, full control for Administrators and SYSTEM"
                        + " only (-UsersRead: reading for Users).");
        s.comment(
                "A link (junction) is refused: someone made it to send what the script writes"
                        + " elsewhere.");
        s.open("param(");
        s.line("[Parameter(Mandatory = $true)][string]$Path,");
        s.line("[switch]$UsersRead");
        s.close(")");
        s.line("$item = Get-Item -LiteralPath $Path -Force");
        s.open(
                "if (-not $item.PSIsContainer -or ($item.Attributes -band"
                        + " [System.IO.FileAttributes]::ReparsePoint)) {");
        s.line(
                "throw ($Path + ' is not a plain folder (a file or a link to another place):"
                    + " Dockwise does not write there. Remove it, then run this script again.')");
        s.close();
        s.line(
                "$administrators = New-Object -TypeName"
                    + " System.Security.Principal.SecurityIdentifier -ArgumentList 'S-1-5-32-544'");
        s.line(
                "$system = New-Object -TypeName System.Security.Principal.SecurityIdentifier"
                        + " -ArgumentList 'S-1-5-18'");
        s.line("$acl = New-Object -TypeName System.Security.AccessControl.DirectorySecurity");
        s.line("$acl.SetOwner($administrators)");
        s.line("$acl.SetAccessRuleProtection($true, $false)");
        s.line("$grants = @(@($administrators, 'FullControl'), @($system, 'FullControl'))");
        s.open("if ($UsersRead) {");
        s.line(
                "$grants += ,@((New-Object -TypeName System.Security.Principal.SecurityIdentifier"
                        + " -ArgumentList 'S-1-5-32-545'), 'ReadAndExecute')");
        s.close();
        s.open("foreach ($grant in $grants) {");
        s.line(
                "$acl.AddAccessRule((New-Object -TypeName"
                    + " System.Security.AccessControl.FileSystemAccessRule -ArgumentList $grant[0],"
                    + " $grant[1], 'ContainerInherit, ObjectInherit', 'None', 'Allow'))");
        s.close();
        s.line("Set-Acl -LiteralPath $Path -AclObject $acl -WhatIf:$false");
        s.comment(
                "What someone else put there before it was protected is not used: everything in it"
                        + " must be Administrators' or SYSTEM's");
        s.open("foreach ($child in @(Get-ChildItem -LiteralPath $Path -Force)) {");
        s.line(
                "$owner = (Get-Acl -LiteralPath"
                    + " $child.FullName).GetOwner([System.Security.Principal.SecurityIdentifier]).Value");
        s.open("if (@('S-1-5-32-544', 'S-1-5-18') -notcontains $owner) {");
        s.line(
                "throw ($child.FullName + ' belongs to another account (' + $owner + '): Dockwise"
                        + " does not use it. Remove it, then run this script again.')");
        s.close();
        s.close();
        s.close();
        s.blank();
        s.open("function Initialize-DockwiseFolders {");
        s.comment(
                "%ProgramData%\\Dockwise, its logs and its work folders, made and protected before"
                        + " the transcript starts (also in a dry run:");
        s.comment("the transcript of the dry run is written there)");
        s.open(
                "foreach ($folder in @($DockwiseHome, $DockwiseLogDir, (Join-Path -Path"
                        + " $DockwiseHome -ChildPath 'work'))) {");
        s.open("if (-not (Test-Path -LiteralPath $folder)) {");
        s.line("New-Item -ItemType Directory -Path $folder -WhatIf:$false | Out-Null");
        s.close();
        s.line(
                "Protect-DockwiseFolder -Path $folder -UsersRead:($folder -ne (Join-Path -Path"
                        + " $DockwiseHome -ChildPath 'work'))");
        s.close();
        s.close();
        s.blank();
        s.open("function Write-DockwisePrivateFile {");
        s.comment(
                "Writes text as UTF-8 without a BOM into a file only Administrators and SYSTEM can"
                        + " read: made in this run's work folder");
        s.comment(
                "(readable by them alone from the start), then moved into place and its access list"
                        + " set again, inheritance off.");
        s.open("param(");
        s.line("[Parameter(Mandatory = $true)][string]$Path,");
        s.line("[Parameter(Mandatory = $true)][string]$Text");
        s.close(")");
        s.line(
                "$staged = Join-Path -Path $script:WorkDir -ChildPath"
                        + " ([guid]::NewGuid().ToString('N'))");
        s.line(
                "[System.IO.File]::WriteAllText($staged, $Text, (New-Object -TypeName"
                        + " System.Text.UTF8Encoding -ArgumentList $false))");
        s.line(
                "New-Item -ItemType Directory -Path (Split-Path -Path $Path -Parent) -Force"
                        + " -WhatIf:$false | Out-Null");
        s.line("Move-Item -LiteralPath $staged -Destination $Path -Force -WhatIf:$false");
        s.line("$acl = New-Object -TypeName System.Security.AccessControl.FileSecurity");
        s.line(
                "$acl.SetOwner((New-Object -TypeName System.Security.Principal.SecurityIdentifier"
                        + " -ArgumentList 'S-1-5-32-544'))");
        s.line("$acl.SetAccessRuleProtection($true, $false)");
        s.open("foreach ($sid in @('S-1-5-32-544', 'S-1-5-18')) {");
        s.line(
                "$acl.AddAccessRule((New-Object -TypeName"
                        + " System.Security.AccessControl.FileSystemAccessRule -ArgumentList"
                        + " (New-Object -TypeName System.Security.Principal.SecurityIdentifier"
                        + " -ArgumentList $sid), 'FullControl', 'Allow'))");
        s.close();
        s.line("Set-Acl -LiteralPath $Path -AclObject $acl -WhatIf:$false");
        s.close();
        s.blank();
        s.open("function New-DockwiseWorkFolder {");
        s.comment(
                "This run's own folder for downloads: a fresh name, for Administrators and SYSTEM"
                        + " only; removed when the script ends.");
        s.comment("In a dry run only its name: nothing is downloaded.");
        s.line(
                "$folder = Join-Path -Path $DockwiseHome -ChildPath ('work\\' +"
                        + " [guid]::NewGuid().ToString('N'))");
        s.open("if (-not $WhatIfPreference) {");
        s.line("New-Item -ItemType Directory -Path $folder -WhatIf:$false | Out-Null");
        s.line("Protect-DockwiseFolder -Path $folder");
        s.close();
        s.line("return $folder");
        s.close();
        s.blank();
    }

    /**
     * Invoke-DockwiseNative: runs a program and stops the script when it fails (also in the
     * per-account script of WSL).
     */
    static void nativeCommand(ScriptText s) {
        s.open("function Invoke-DockwiseNative {");
        s.comment(
                "Runs a program and stops the script when it fails: every native exit code is"
                        + " checked.");
        s.open("param(");
        s.line("[Parameter(Mandatory = $true)][string]$FilePath,");
        s.line("[string[]]$ArgumentList = @(),");
        s.line("[int[]]$SuccessExitCodes = @(0)");
        s.close(")");
        s.line("& $FilePath @ArgumentList");
        s.line("$code = $LASTEXITCODE");
        s.open("if ($SuccessExitCodes -notcontains $code) {");
        s.line(
                "throw ('{0} {1} failed with exit code {2}' -f $FilePath, ($ArgumentList -join '"
                        + " '), $code)");
        s.close();
        s.close();
        s.blank();
    }
}
