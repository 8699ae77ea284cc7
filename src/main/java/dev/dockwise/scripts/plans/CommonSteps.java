package dev.dockwise.scripts.plans;

import static dev.dockwise.scripts.powershell.PowerShell.quote;

import dev.dockwise.scripts.options.ScriptOptions;
import dev.dockwise.scripts.powershell.ScriptText;
import java.util.List;

/** Steps several plans share: Windows features, WSL, docker-users, .wslconfig. */
final class CommonSteps {
    private CommonSteps() {}

    /** Turns features on, then stops for a restart if Windows asks for one. */
    static InstallPlan.Step features(List<String> names, String nextStep) {
        return new InstallPlan.Step(
                "Turn on the Windows features " + String.join(", ", names),
                s -> {
                    for (String name : names) {
                        s.line("Enable-DockwiseFeature -Name " + quote(name));
                    }
                    s.line("Stop-DockwiseForRestart -NextStep " + quote(nextStep));
                });
    }

    /**
     * Installs the current WSL (or updates an old one), for the whole computer, from the Microsoft
     * Store or GitHub ({@link #wslDownload}); the proxy variables the script set reach wsl.exe
     * either way. Which WSL version new distributions get is each account's own: {@link
     * #defaultVersion}.
     */
    static InstallPlan.Step wsl(String nextStep, ScriptOptions o) {
        return new InstallPlan.Step(
                "Install or update WSL",
                s -> {
                    s.line("$wslCurrent = $false");
                    s.open("try {");
                    s.line(
                            "Invoke-DockwiseNative -FilePath 'wsl.exe' -ArgumentList"
                                    + " @('--version')");
                    s.line("$wslCurrent = $true");
                    s.close();
                    s.open("catch {");
                    s.line(
                            "Write-Output 'WSL is missing or the old inbox version: the current WSL"
                                    + " will be installed.'");
                    s.close();
                    s.open(
                            "if ($PSCmdlet.ShouldProcess('Windows Subsystem for Linux', 'Install or"
                                    + " update')) {");
                    s.open("if ($wslCurrent) {");
                    wslDownload(s, "'--update'", o.hasProxy());
                    s.close();
                    s.open("else {");
                    wslDownload(s, "'--install', '--no-distribution'", o.hasProxy());
                    s.line("$script:RestartNeeded = $true");
                    s.close();
                    s.close();
                    s.line("Stop-DockwiseForRestart -NextStep " + quote(nextStep));
                });
    }

    /**
     * A download wsl.exe makes (WSL itself, a distribution), tried from both of its sources. By
     * default wsl.exe installs from the Microsoft Store; with --web-download "from an online source
     * rather than using the Microsoft Store", for --update "from the GitHub" (Microsoft, Basic
     * commands for WSL, MicrosoftDocs/WSL WSL/basic-commands.md @0031585, ms.date 2026-09-26). A
     * network that blocks the Store, also without a proxy, may let GitHub through
     * (microsoft/WSL#9482, 2023-10-24: "a corporate network where access to the Microsoft store was
     * blocked. Using --web-download allowed the installation"), and one that blocks GitHub may
     * allow the Store, so always using either could fail where the other works: the Store first
     * (GitHub first behind the proxy option, which the Store's own proxy settings would ignore),
     * the other when the first fails, with a warning saying why.
     */
    static void wslDownload(ScriptText s, String arguments, boolean webFirst) {
        String store = "Invoke-DockwiseNative -FilePath 'wsl.exe' -ArgumentList $wslArguments";
        String web =
                "Invoke-DockwiseNative -FilePath 'wsl.exe' -ArgumentList ($wslArguments +"
                        + " '--web-download')";
        s.line("$wslArguments = @(" + arguments + ")");
        s.open("try {");
        s.line(webFirst ? web : store);
        s.close();
        s.open("catch {");
        s.line(
                "Write-Warning ('wsl.exe ' + ($wslArguments -join ' ') + ' from "
                        + (webFirst ? "GitHub (--web-download)" : "the Microsoft Store")
                        + " failed: ' + $_.Exception.Message + '. Trying "
                        + (webFirst ? "the Microsoft Store" : "GitHub (--web-download)")
                        + " instead.')");
        s.line(webFirst ? store : web);
        s.close();
    }

    /**
     * Makes WSL 2 the default for the distributions this account installs. The default is the
     * account's own (HKCU\Software\Microsoft\Windows\CurrentVersion\Lxss DefaultVersion,
     * github.com/microsoft/WSL/issues/4380, 2019-08-06; the registry is no supported interface,
     * #5578), and wsl.exe refuses to run as LocalSystem ("WSL is tied to a user profile", a
     * maintainer in #11280, 2024-03-12): an elevated run for someone else would set the wrong
     * account's default, or stop a script run by SYSTEM. So it runs only as the account that will
     * use WSL.
     */
    static void defaultVersion(ScriptText s) {
        s.open(
                "if ($PSCmdlet.ShouldProcess('WSL of this account', 'Make WSL 2 the default"
                        + " version')) {");
        s.line(
                "Invoke-DockwiseNative -FilePath 'wsl.exe' -ArgumentList @('--set-default-version',"
                        + " '2')");
        s.close();
    }

    /**
     * For a plan without a per-account script (Docker Desktop): WSL 2 the default when the script
     * runs as the person who will use it; anyone else is told the one command to run as themselves.
     */
    static InstallPlan.Step defaultVersionForTarget() {
        return new InstallPlan.Step(
                "Make WSL 2 the default for the account that will use Docker",
                s -> {
                    s.open("if ($script:Target.IsMe) {");
                    defaultVersion(s);
                    s.close();
                    s.open("else {");
                    s.line(
                            "Write-Output ('WSL''s default version belongs to each account: for the"
                                + " distributions of ' + $script:Target.Name + ' to run on WSL 2"
                                + " (Docker Desktop''s WSL integration needs that), ' +"
                                + " $script:Target.Name + ' runs once, signed in and without"
                                + " elevation: wsl --set-default-version 2')");
                    s.close();
                });
    }

    /**
     * Memory and processor limits for the WSL 2 VM, without overwriting a file the user already
     * has.
     */
    static InstallPlan.Step wslConfig(ScriptOptions o) {
        return new InstallPlan.Step(
                "Limit the WSL 2 VM in .wslconfig",
                s -> {
                    s.comment(
                            "WSL reads .wslconfig from the profile of the person using it, who may"
                                    + " not be the account running this script");
                    s.open("if ($null -eq $script:Target.Profile) {");
                    s.line(
                            "throw ($script:Target.Name + ' has not signed in on this computer yet,"
                                + " so has no profile for .wslconfig: sign in once, then run this"
                                + " script again.')");
                    s.close();
                    s.line(
                            "$wslConfig = Join-Path -Path $script:Target.Profile -ChildPath"
                                    + " '.wslconfig'");
                    StringBuilder values = new StringBuilder("@('[wsl2]'");
                    if (o.wslMemoryGb() != null) {
                        values.append(", 'memory=").append(o.wslMemoryGb()).append("GB'");
                    }
                    if (o.wslProcessors() != null) {
                        values.append(", 'processors=").append(o.wslProcessors()).append("'");
                    }
                    values.append(")");
                    s.line("$wslLimits = " + values);
                    s.open("if (Test-Path -Path $wslConfig) {");
                    s.line(
                            "Write-Warning ($wslConfig + ' exists and was left as it is. Add these"
                                    + " lines to it: ' + ($wslLimits -join ' '))");
                    s.close();
                    s.open("elseif ($PSCmdlet.ShouldProcess($wslConfig, 'Write WSL 2 limits')) {");
                    s.line("Set-Content -Path $wslConfig -Value $wslLimits -Encoding ASCII");
                    s.line(
                            "Write-Output ('Wrote ' + $wslConfig + ' for ' + $script:Target.Name +"
                                    + " '.')");
                    s.close();
                });
    }

    /**
     * Puts the person who will use Docker into docker-users (Docker Desktop's named pipe is
     * restricted to it), by SID: the name of a domain or Microsoft account may read differently in
     * the group.
     */
    static InstallPlan.Step dockerUsers() {
        return new InstallPlan.Step(
                "Add the account that will use Docker to the docker-users group",
                s -> {
                    s.line(
                            "$group = Get-LocalGroup -Name 'docker-users' -ErrorAction"
                                    + " SilentlyContinue");
                    s.open("if ($null -eq $group) {");
                    s.line(
                            "Write-Warning 'The docker-users group does not exist yet; Docker"
                                    + " Desktop creates it when it is installed for all users.'");
                    s.close();
                    s.open("else {");
                    s.line("$members = @()");
                    s.comment(
                            "Get-LocalGroupMember fails on groups with orphaned or Entra ID"
                                    + " members; then adding tells (MemberExists)");
                    s.open("try {");
                    s.line(
                            "$members = @(Get-LocalGroupMember -Group 'docker-users' -ErrorAction"
                                    + " Stop | ForEach-Object { $_.SID.Value })");
                    s.close();
                    s.open("catch {");
                    s.line(
                            "Write-Verbose ('Could not list docker-users: ' +"
                                    + " $_.Exception.Message)");
                    s.close();
                    s.open("if ($members -contains $script:Target.Sid) {");
                    s.line("Write-Output ($script:Target.Name + ' is already in docker-users.')");
                    s.close();
                    s.open(
                            "elseif ($PSCmdlet.ShouldProcess($script:Target.Name, 'Add to"
                                    + " docker-users')) {");
                    s.open("try {");
                    s.line(
                            "Add-LocalGroupMember -Group 'docker-users' -Member (New-Object"
                                    + " -TypeName System.Security.Principal.SecurityIdentifier"
                                    + " -ArgumentList $script:Target.Sid) -ErrorAction Stop");
                    s.line(
                            "Write-Output ('Added ' + $script:Target.Name + ' to docker-users: sign"
                                    + " out and in again for it to count.')");
                    s.close();
                    s.open("catch [Microsoft.PowerShell.Commands.MemberExistsException] {");
                    s.line("Write-Output ($script:Target.Name + ' is already in docker-users.')");
                    s.close();
                    s.close();
                    s.close();
                    s.line(
                            "Write-Output 'If other people use Docker on this computer, add them"
                                    + " too: Add-LocalGroupMember -Group docker-users -Member"
                                    + " <DOMAIN\\user>'");
                });
    }
}
