package dev.dockwise.scripts;

import static dev.dockwise.scripts.PowerShell.quote;

import dev.dockwise.engine.facts.InstallFacts;
import java.util.ArrayList;
import java.util.List;

/**
 * Docker Engine from Docker's apt repository inside a WSL 2 distribution, with systemd (see
 * {@link AptEngineScript}). User values (proxy) reach the Linux side as environment variables,
 * never as script text.
 */
final class WslEnginePlan {
    private WslEnginePlan() {
    }

    static InstallPlan plan(ScriptContext c) {
        InstallFacts install = c.install();
        String distro = PowerShell.distro(c.options().distroOrDefault());
        List<InstallPlan.Step> steps = new ArrayList<>();
        steps.add(Preflight.step(c, c.info().requires()));
        steps.add(CommonSteps.features(install.features().clientWsl(), "Install or update WSL"));
        steps.add(CommonSteps.wsl("Install the " + c.options().distroOrDefault() + " distribution", c.options()));
        if (c.options().wslMemoryGb() != null || c.options().wslProcessors() != null) {
            steps.add(CommonSteps.wslConfig(c.options()));
        }
        steps.add(new InstallPlan.Step("Install the " + c.options().distroOrDefault() + " distribution", s -> {
            s.line("$distro = " + distro);
            s.line("$installed = @(& wsl.exe --list --quiet) | ForEach-Object { $_.Trim() }");
            s.open("if ($LASTEXITCODE -ne 0) {");
            s.line("$installed = @()");
            s.close();
            s.open("if ($installed -contains $distro) {");
            s.line("Write-Output ($distro + ' is already installed.')");
            s.close();
            s.open("elseif ($PSCmdlet.ShouldProcess($distro, 'Install WSL distribution')) {");
            s.line("Invoke-DockwiseNative -FilePath 'wsl.exe' -ArgumentList @('--install', '--distribution', $distro, '--no-launch')");
            s.close();
        }));
        steps.add(new InstallPlan.Step("Install Docker Engine in " + c.options().distroOrDefault() + " (Docker's apt repository, systemd)", s -> engine(s, c, install)));
        steps.add(new InstallPlan.Step("Restart WSL and check Docker Engine", s -> {
            s.open("if ($PSCmdlet.ShouldProcess('WSL', 'Restart to start systemd and Docker')) {");
            s.line("Invoke-DockwiseNative -FilePath 'wsl.exe' -ArgumentList @('--shutdown')");
            s.line("Invoke-DockwiseNative -FilePath 'wsl.exe' -ArgumentList @('--distribution', $distro, '--user', 'root', '--exec', 'docker', 'version')");
            s.close();
            s.line("Write-Output ''");
            s.line("Write-Output ('Next: open ' + $distro + ' (wsl -d ' + $distro + '). At its first launch it asks for a user name and password; that user is in the docker group. Then run: docker run --rm hello-world')");
            if (c.needsWindows()) {
                s.line("Write-Output 'For Windows containers at the same time, set up Docker CE on Windows too (dockwise script --mode windows-process).'");
            }
        }));
        List<String> notes = new ArrayList<>();
        notes.add("Docker Engine is open source (Apache-2.0); no Docker Desktop subscription is involved.");
        if (c.software().dockerDesktop() != null) {
            notes.add("Docker Desktop is installed: turn off its WSL integration for this distribution, or the two engines conflict.");
        }
        if (ScriptOptions.present(c.options().dataRoot()) || ScriptOptions.present(c.options().installDir())) {
            notes.add("The data root and installation folder options apply to Windows installs; inside WSL, Docker keeps data in /var/lib/docker.");
        }
        return new InstallPlan(c.mode(), c.info().name(), c.hostName(), steps, notes);
    }

    private static void engine(ScriptText s, ScriptContext c, InstallFacts install) {
        InstallFacts.DockerEngineApt apt = install.dockerEngineApt();
        ScriptOptions o = c.options();
        s.comment("The Linux part is fixed text: values from the user reach it as environment variables.");
        s.line("$engineScript = @'");
        for (String line : AptEngineScript.lines(apt, AptEngineScript.Target.WSL)) {
            s.raw(line);
        }
        s.raw("'@");
        s.line("$scriptFile = Join-Path -Path $env:TEMP -ChildPath 'dockwise-docker-engine.sh'");
        s.line("[System.IO.File]::WriteAllText($scriptFile, ($engineScript -replace \"`r`n\", \"`n\"))");
        s.line("$env:DOCKWISE_HTTP_PROXY = " + (ScriptOptions.present(o.proxyHttp()) ? quote(o.proxyHttp()) : "''"));
        s.line("$env:DOCKWISE_HTTPS_PROXY = " + (ScriptOptions.present(o.proxyHttps()) ? quote(o.proxyHttps()) : "''"));
        s.line("$env:DOCKWISE_NO_PROXY = " + (ScriptOptions.present(o.proxyExclude()) ? quote(o.proxyExclude()) : "''"));
        s.line("$env:WSLENV = 'DOCKWISE_HTTP_PROXY/u:DOCKWISE_HTTPS_PROXY/u:DOCKWISE_NO_PROXY/u'");
        s.open("if ($PSCmdlet.ShouldProcess($distro, 'Install Docker Engine')) {");
        s.line("$linuxPath = & wsl.exe --distribution $distro --user root --exec wslpath -a $scriptFile");
        s.open("if ($LASTEXITCODE -ne 0) {");
        s.line("throw ('wslpath failed with exit code ' + $LASTEXITCODE)");
        s.close();
        s.line("Invoke-DockwiseNative -FilePath 'wsl.exe' -ArgumentList @('--distribution', $distro, '--user', 'root', '--exec', 'sh', $linuxPath.Trim())");
        s.close();
        s.line("Remove-Item -Path $scriptFile -Force -ErrorAction SilentlyContinue");
    }
}
