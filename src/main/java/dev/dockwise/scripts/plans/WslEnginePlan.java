package dev.dockwise.scripts.plans;

import static dev.dockwise.scripts.powershell.PowerShell.quote;

import dev.dockwise.engine.facts.InstallFacts;
import dev.dockwise.scripts.options.ScriptOptions;
import dev.dockwise.scripts.powershell.PowerShell;
import dev.dockwise.scripts.powershell.ScriptText;
import java.util.ArrayList;
import java.util.List;

/**
 * Docker Engine from Docker's apt repository inside a WSL 2 distribution, with systemd (see {@link
 * AptEngineScript}). User values (proxy) reach the Linux side as environment variables, never as
 * script text.
 */
final class WslEnginePlan {
    private WslEnginePlan() {}

    static InstallPlan plan(ScriptContext c) {
        InstallFacts install = c.install();
        String distro = PowerShell.distro(c.options().distroOrDefault());
        List<InstallPlan.Step> steps = new ArrayList<>();
        steps.add(Preflight.step(c, c.info().requires()));
        steps.add(CommonSteps.features(install.features().clientWsl(), "Install or update WSL"));
        steps.add(
                CommonSteps.wsl(
                        "Install the " + c.options().distroOrDefault() + " distribution",
                        c.options()));
        if (c.options().wslMemoryGb() != null || c.options().wslProcessors() != null) {
            steps.add(CommonSteps.wslConfig(c.options()));
        }
        List<InstallPlan.Step> perUser = new ArrayList<>();
        // first: the distribution installed next takes this account's default version
        perUser.add(
                new InstallPlan.Step(
                        "Make WSL 2 the default for this account's distributions",
                        CommonSteps::defaultVersion));
        perUser.add(
                new InstallPlan.Step(
                        "Install the " + c.options().distroOrDefault() + " distribution",
                        s -> {
                            s.line("$distro = " + distro);
                            s.line(
                                    "$installed = @(& wsl.exe --list --quiet) | ForEach-Object {"
                                            + " $_.Trim() }");
                            s.open("if ($LASTEXITCODE -ne 0) {");
                            s.line("$installed = @()");
                            s.close();
                            s.open("if ($installed -contains $distro) {");
                            s.line("Write-Output ($distro + ' is already installed.')");
                            s.close();
                            s.open(
                                    "elseif ($PSCmdlet.ShouldProcess($distro, 'Install WSL"
                                            + " distribution')) {");
                            CommonSteps.wslDownload(
                                    s,
                                    "'--install', '--distribution', $distro, '--no-launch'",
                                    c.options().hasProxy());
                            s.close();
                        }));
        perUser.add(
                new InstallPlan.Step(
                        "Install Docker Engine in "
                                + c.options().distroOrDefault()
                                + " (Docker's apt repository, systemd)",
                        s -> engine(s, c, install)));
        perUser.add(
                new InstallPlan.Step(
                        "Restart WSL and check Docker Engine",
                        s -> {
                            s.open(
                                    "if ($PSCmdlet.ShouldProcess('WSL', 'Restart to start systemd"
                                            + " and Docker')) {");
                            s.line(
                                    "Invoke-DockwiseNative -FilePath 'wsl.exe' -ArgumentList"
                                            + " @('--shutdown')");
                            s.line(
                                    "Invoke-DockwiseNative -FilePath 'wsl.exe' -ArgumentList"
                                            + " @('--distribution', $distro, '--user', 'root',"
                                            + " '--exec', 'docker', 'version')");
                            s.close();
                            s.line("Write-Output ''");
                            s.line(
                                    "Write-Output ('Next: open ' + $distro + ' (wsl -d ' + $distro"
                                        + " + '). At its first launch it asks for a user name and"
                                        + " password; that user is in the docker group. Then run:"
                                        + " docker run --rm hello-world')");
                            if (c.needsWindows()) {
                                s.line(
                                        "Write-Output 'For Windows containers at the same time, set"
                                            + " up Docker CE on Windows too (dockwise script --mode"
                                            + " windows-process).'");
                            }
                        }));
        steps.add(handOver(perUser));
        steps.addAll(perUser);
        List<String> notes = new ArrayList<>();
        notes.add(
                "Docker Engine is open source (Apache-2.0); no Docker Desktop subscription is"
                        + " involved.");
        notes.add(
                "WSL distributions belong to an account: run elevated as another account (over the"
                    + " shoulder), the script sets up Windows, then writes the remaining steps into"
                    + " the profile of the person who will use Docker, to run without elevation.");
        if (c.software().dockerDesktop() != null) {
            notes.add(
                    "Docker Desktop is installed: turn off its WSL integration for this"
                            + " distribution, or the two engines conflict.");
        }
        if (ScriptOptions.present(c.options().dataRoot())
                || ScriptOptions.present(c.options().installDir())) {
            notes.add(
                    "The data root and installation folder options apply to Windows installs;"
                            + " inside WSL, Docker keeps data in /var/lib/docker.");
        }
        return new InstallPlan(c.mode(), c.info().name(), c.hostName(), steps, notes);
    }

    /**
     * Exit code of a script that set up Windows and left the rest to the account that will use
     * Docker: not finished.
     */
    static final int HANDED_OVER = 2;

    /** Name of the script the per-account steps are written to, in that account's profile. */
    static final String PER_USER_SCRIPT = "dockwise-docker-in-wsl.ps1";

    /**
     * WSL distributions are per account: when this script runs as an administrator for someone
     * else, the steps that follow are written into a script in that person's profile, which they
     * run without elevation, and this script ends here. For the account running it, it goes
     * straight on.
     */
    private static InstallPlan.Step handOver(List<InstallPlan.Step> perUser) {
        ScriptText user = new ScriptText();
        user.line("#Requires -Version 5.1");
        user.comment(
                "Written by Dockwise's install script: the steps of Docker Engine in WSL 2 that"
                        + " belong to your account. Run it without elevation.");
        user.line("[CmdletBinding(SupportsShouldProcess)]");
        user.open("param(");
        user.comment(
                "The proxy's user name and password, asked for when you run it: -ProxyCredential"
                        + " (Get-Credential). Never written in clear.");
        user.line("[System.Management.Automation.PSCredential]$ProxyCredential = $null");
        user.close(")");
        user.line("Set-StrictMode -Version Latest");
        user.line("$ErrorActionPreference = 'Stop'");
        user.line("$env:WSL_UTF8 = '1'");
        Prologue.nativeCommand(user);
        Prologue.proxyUrlFunction(user);
        for (InstallPlan.Step step : perUser) {
            user.line("Write-Output " + quote("== " + step.title()));
            step.code().accept(user);
        }
        return new InstallPlan.Step(
                "Go on as the account that will use Docker (WSL distributions are per account)",
                s -> {
                    s.open("if (-not $script:Target.IsMe) {");
                    s.open("if ($null -eq $script:Target.Profile) {");
                    s.line(
                            "throw ($script:Target.Name + ' has not signed in on this computer yet:"
                                    + " sign in once, then run this script again.')");
                    s.close();
                    s.line(
                            "$userScriptFile = Join-Path -Path $script:Target.Profile -ChildPath "
                                    + quote(PER_USER_SCRIPT));
                    s.open("$userScript = @(");
                    List<String> lines = user.lines();
                    for (int i = 0; i < lines.size(); i++) {
                        s.line(quote(lines.get(i)) + (i < lines.size() - 1 ? "," : ""));
                    }
                    s.close(")");
                    s.open(
                            "if ($PSCmdlet.ShouldProcess($userScriptFile, ('Write the steps for ' +"
                                    + " $script:Target.Name))) {");
                    s.comment(
                            "UTF-8 with a BOM under Windows PowerShell 5.1 and PowerShell 7 alike"
                                    + " (7's -Encoding UTF8 writes none, and 5.1 reads a");
                    s.comment("file without one in the ANSI code page)");
                    s.line(
                            "[System.IO.File]::WriteAllLines($userScriptFile,"
                                    + " [string[]]$userScript, (New-Object -TypeName"
                                    + " System.Text.UTF8Encoding -ArgumentList $true))");
                    s.close();
                    s.line(
                            "Write-Output ('Windows is ready. The rest belongs to ' +"
                                + " $script:Target.Name + ': signed in as that account, run without"
                                + " elevation: powershell -ExecutionPolicy Bypass -File \"' +"
                                + " $userScriptFile + '\"')");
                    s.comment(
                            "Not finished: an RMM tool or a deployment reads exit code 0 as"
                                    + " installed");
                    s.line("exit " + HANDED_OVER);
                    s.close();
                    s.line("Write-Output 'This account will use Docker: the script goes on.'");
                });
    }

    private static void engine(ScriptText s, ScriptContext c, InstallFacts install) {
        InstallFacts.DockerEngineApt apt = install.dockerEngineApt();
        ScriptOptions o = c.options();
        s.comment(
                "The Linux part is fixed text: values from the user reach it as environment"
                        + " variables.");
        s.line("$engineScript = @'");
        for (String line : AptEngineScript.lines(apt, AptEngineScript.Target.WSL)) {
            s.raw(line);
        }
        s.raw("'@");
        s.comment(
                "Written, handed to WSL and removed only in a real run: a dry run leaves no file"
                        + " and the environment as it was");
        s.open("if ($PSCmdlet.ShouldProcess($distro, 'Install Docker Engine')) {");
        s.line(
                "$scriptFile = Join-Path -Path $env:TEMP -ChildPath ('dockwise-docker-engine-' +"
                        + " [guid]::NewGuid().ToString('N') + '.sh')");
        s.line("$wslenvBefore = $env:WSLENV");
        s.open("try {");
        s.line(
                "[System.IO.File]::WriteAllText($scriptFile, ($engineScript -replace \"`r`n\","
                        + " \"`n\"))");
        s.comment(
                "The proxy with the password given when the script runs, in this process's"
                        + " environment only");
        s.line(
                "$env:DOCKWISE_HTTP_PROXY = Get-DockwiseProxyUrl -Url "
                        + (ScriptOptions.present(o.proxyHttp()) ? quote(o.proxyHttp()) : "''"));
        s.line(
                "$env:DOCKWISE_HTTPS_PROXY = Get-DockwiseProxyUrl -Url "
                        + (ScriptOptions.present(o.proxyHttps()) ? quote(o.proxyHttps()) : "''"));
        s.line(
                "$env:DOCKWISE_NO_PROXY = "
                        + (ScriptOptions.present(o.proxyExclude())
                                ? quote(o.proxyExclude())
                                : "''"));
        s.line("$env:WSLENV = 'DOCKWISE_HTTP_PROXY/u:DOCKWISE_HTTPS_PROXY/u:DOCKWISE_NO_PROXY/u'");
        s.comment(
                "The Windows path becomes a Linux one inside the same shell (wslpath): read back"
                        + " through the console's code page, a");
        s.comment(
                "user name with letters outside it would not survive. IFS empty and globbing off:"
                        + " the path stays one word, without quotes");
        s.comment("that Windows PowerShell 5.1 would not pass on to a native program intact.");
        s.line(
                "Invoke-DockwiseNative -FilePath 'wsl.exe' -ArgumentList @('--distribution',"
                        + " $distro, '--user', 'root', '--exec', 'sh', '-c', 'set -f; IFS=; exec sh"
                        + " $(wslpath -a $1)', 'dockwise', $scriptFile)");
        s.close();
        s.open("finally {");
        s.line(
                "Remove-Item -LiteralPath $scriptFile -Force -WhatIf:$false -ErrorAction"
                        + " SilentlyContinue");
        s.line("$env:WSLENV = $wslenvBefore");
        s.line(
                "Remove-Item -Path 'Env:\\DOCKWISE_HTTP_PROXY', 'Env:\\DOCKWISE_HTTPS_PROXY',"
                    + " 'Env:\\DOCKWISE_NO_PROXY' -WhatIf:$false -ErrorAction SilentlyContinue");
        s.close();
        s.close();
    }
}
