package dev.dockwise.scripts.plans;

import static dev.dockwise.scripts.powershell.PowerShell.quote;

import dev.dockwise.engine.facts.InstallFacts;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.engine.model.Orchestration;
import dev.dockwise.scripts.options.ScriptOptions;
import dev.dockwise.scripts.powershell.ScriptText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Windows containers on Windows Server: the Containers feature (and Hyper-V for Hyper-V isolation),
 * an engine (Docker CE static binaries by default, Mirantis Container Runtime or containerd), the
 * daemon configuration, Swarm firewall rules and the base image that matches the host.
 */
final class ServerPlan {
    private ServerPlan() {}

    static InstallPlan plan(ScriptContext c) {
        InstallFacts install = c.install();
        boolean hyperv = c.mode() == Mode.WINDOWS_HYPERV;
        List<InstallPlan.Step> steps = new ArrayList<>();
        steps.add(Preflight.step(c, c.info().requires()));
        engineFloor(c).ifPresent(steps::add);
        List<String> features = new ArrayList<>(List.of(install.features().serverContainers()));
        if (hyperv) {
            features.add(install.features().serverHyperV());
        }
        steps.add(CommonSteps.features(features, "Install the container engine"));
        List<String> notes = new ArrayList<>();
        String docker;
        switch (c.options().engine()) {
            case MIRANTIS -> {
                steps.add(mirantis(install));
                docker = "'docker.exe'";
                notes.add(
                        "Mirantis Container Runtime is commercial software with its own"
                                + " subscription (it includes Swarm support).");
                notes.add(
                        "Mirantis publishes no checksum for its installer script: the script stops"
                            + " with the SHA-256 it downloaded; read that script, then run again"
                            + " with -TrustedHash. What the installer downloads in turn is checked"
                            + " by Mirantis's script, not by Dockwise.");
            }
            case CONTAINERD -> {
                steps.add(containerd(install));
                docker = null;
                notes.add(
                        "containerd has no Docker CLI and no Swarm; use nerdctl or ctr to run"
                                + " containers, or Kubernetes.");
                notes.add(
                        "The containerd archive is used only when its SHA-256 is the one Dockwise"
                                + " pinned (containerd's published .sha256sum).");
            }
            default -> {
                steps.add(dockerCe(c, install));
                docker = "(Join-Path -Path $dockerDir -ChildPath 'docker.exe')";
                notes.add(install.dockerCeStatic().note());
                notes.add(
                        "Docker CE static binaries bring no Compose and no automatic security"
                                + " updates: update them yourself.");
            }
        }
        if (c.options().engine() != ScriptOptions.ServerEngine.CONTAINERD) {
            steps.add(daemonConfig(c, install, hyperv, docker));
            if (c.orchestration() == Orchestration.SWARM) {
                steps.add(swarm(c, install));
            }
            ImageSteps.imageFor(c).ifPresent(image -> steps.add(ImageSteps.pull(c, image, docker)));
        }
        notes.add(
                "DockerMsftProvider (Install-Package docker) is retired; this script does not use"
                        + " it.");
        return new InstallPlan(c.mode(), c.info().name(), c.hostName(), steps, notes);
    }

    private static InstallPlan.Step dockerCe(ScriptContext c, InstallFacts install) {
        InstallFacts.DockerCeStatic ce = install.dockerCeStatic();
        String version = dockerVersion(c);
        String dir =
                ScriptOptions.present(c.options().installDir())
                        ? c.options().installDir()
                        : ce.installDir();
        return new InstallPlan.Step(
                "Install Docker CE " + version + " (static binaries) as the docker service",
                s -> {
                    s.line("$dockerDir = " + quote(dir));
                    s.line("$dockerd = Join-Path -Path $dockerDir -ChildPath 'dockerd.exe'");
                    s.line("$wanted = " + quote(version));
                    s.comment(
                            "What runs now decides, not a file on disk: the docker service, and the"
                                    + " version of the dockerd it runs");
                    s.line(
                            "$service = Get-CimInstance -ClassName Win32_Service -Filter"
                                    + " \"Name='docker'\"");
                    s.line("$installed = $null");
                    s.line("$serviceExe = ''");
                    s.line("$otherEngine = $false");
                    s.open("if ($null -ne $service) {");
                    s.line(
                            "$serviceExe = [regex]::Match([string]$service.PathName,"
                                    + " '^\\s*\"?([^\"]+?\\.exe)').Groups[1].Value");
                    s.open("if (Test-Path -Path $serviceExe) {");
                    s.line("$info = (Get-Item -Path $serviceExe).VersionInfo");
                    s.line("$installed = [string]$info.ProductVersion");
                    s.comment(
                            "Mirantis Container Runtime registers a docker service too, from the"
                                    + " same folder: its files name their maker");
                    s.line(
                            "$otherEngine = ([string]$info.CompanyName + ' ' +"
                                    + " [string]$info.ProductName + ' ' +"
                                    + " [string]$info.FileDescription) -match 'Mirantis'");
                    s.close();
                    s.close();
                    s.comment(
                            "The same version exactly (29.9.30 is not 29.9.3), run from this"
                                    + " folder: another folder's dockerd is re-pointed below");
                    s.line(
                            "$sameVersion = $null -ne $installed -and $installed -match ('^v?' +"
                                    + " [regex]::Escape($wanted) + '(\\.0)?($|[^0-9.])')");
                    s.line(
                            "$fromHere = $serviceExe -ne '' -and"
                                    + " ([System.IO.Path]::GetFullPath($serviceExe) -eq"
                                    + " [System.IO.Path]::GetFullPath($dockerd))");
                    s.open("if ($otherEngine -and -not $ReplaceEngine) {");
                    s.line(
                            "throw ('The docker service runs Mirantis Container Runtime (' +"
                                + " $serviceExe + ', ' + $installed + '). Dockwise does not replace"
                                + " it with Docker CE unless you ask: run this script again with"
                                + " -ReplaceEngine, or make a script for Mirantis (dockwise script"
                                + " --engine mirantis).')");
                    s.close();
                    s.open("if ($sameVersion -and $fromHere) {");
                    s.line(
                            "Write-Output ('Docker CE ' + $installed + ' is installed and"
                                    + " registered as the docker service.')");
                    s.close();
                    s.open(
                            "elseif ($PSCmdlet.ShouldProcess($dockerDir, "
                                    + quote("Install Docker CE " + version)
                                    + ")) {");
                    s.line(
                            "$zip = Join-Path -Path $script:WorkDir -ChildPath "
                                    + quote("docker-" + version + ".zip"));
                    s.line(
                            "Get-DockwiseDownload -Uri "
                                    + quote(ce.baseUrl() + "docker-" + version + ".zip")
                                    + " -OutFile $zip"
                                    + pinned(version, ce));
                    s.comment(
                            "Unpacked once, after the whole zip was verified: what goes into"
                                    + " Program Files is what was checked");
                    s.line(
                            "$unpacked = Join-Path -Path $script:WorkDir -ChildPath"
                                    + " 'dockwise-docker'");
                    s.line("Expand-Archive -Path $zip -DestinationPath $unpacked -Force");
                    s.open("if ($null -ne $service) {");
                    s.line(
                            "Write-Output ('Replacing ' + $serviceExe + ' (' + $installed + ') with"
                                    + " Docker CE ' + $wanted + ' in ' + $dockerDir + ': the docker"
                                    + " service stops for a moment.')");
                    s.line("Stop-Service -Name 'docker'");
                    s.close();
                    s.line("New-Item -ItemType Directory -Path $dockerDir -Force | Out-Null");
                    s.line(
                            "Copy-Item -Path (Join-Path -Path $unpacked -ChildPath 'docker\\*')"
                                    + " -Destination $dockerDir -Recurse -Force");
                    s.line("Remove-Item -Path $zip, $unpacked -Recurse -Force");
                    s.line(
                            "$machinePath = [Environment]::GetEnvironmentVariable('Path',"
                                    + " 'Machine')");
                    s.open("if (($machinePath -split ';') -notcontains $dockerDir) {");
                    s.line(
                            "[Environment]::SetEnvironmentVariable('Path', ($machinePath + ';' +"
                                    + " $dockerDir), 'Machine')");
                    s.close();
                    s.open("if ($null -ne $service -and -not $fromHere) {");
                    s.comment(
                            "Registered from another folder: the service is re-pointed at this"
                                    + " dockerd, not left running the old one");
                    s.line(
                            "Invoke-DockwiseNative -FilePath 'sc.exe' -ArgumentList @('delete',"
                                    + " 'docker')");
                    s.close();
                    s.open("if ($null -eq $service -or -not $fromHere) {");
                    s.line(
                            "Invoke-DockwiseNative -FilePath $dockerd -ArgumentList"
                                    + " @('--register-service')");
                    s.close();
                    s.close();
                });
    }

    /**
     * Before anything changes, a stop on a Windows Server older than the engine runs on, naming
     * what does run there.
     */
    private static Optional<InstallPlan.Step> engineFloor(ScriptContext c) {
        InstallFacts install = c.install();
        return switch (c.options().engine()) {
            case MIRANTIS -> Optional.empty();
            case CONTAINERD ->
                    Optional.of(
                            engineFloor(
                                    "containerd " + install.containerd().defaultVersion(),
                                    install.containerd().minServerBuild(),
                                    "containerd needs the host compute service that Windows Server"
                                            + " 2016 lacks."));
            default ->
                    Optional.of(
                            engineFloor(
                                    "Docker CE " + dockerVersion(c),
                                    install.dockerCeStatic().minServerBuild(),
                                    "Docker Engine 23 and later do not run on Windows Server"
                                            + " 2016."));
        };
    }

    private static InstallPlan.Step engineFloor(String engine, int minBuild, String why) {
        return new InstallPlan.Step(
                "Check that " + engine + " runs on this Windows Server",
                s -> {
                    s.open("if ($build -lt " + minBuild + ") {");
                    s.line(
                            "throw ("
                                    + quote(
                                            engine
                                                    + " needs Windows Server build "
                                                    + minBuild
                                                    + " (Windows Server 2019) or later; this host"
                                                    + " has build ")
                                    + " + $build + "
                                    + quote(
                                            ". "
                                                    + why
                                                    + " Use Mirantis Container Runtime (dockwise"
                                                    + " script --engine mirantis), or move to a"
                                                    + " newer Windows Server.")
                                    + ")");
                    s.close();
                    s.line("Write-Output " + quote(engine + " runs on this build."));
                });
    }

    /**
     * " -PinnedHash '...'" for the version whose SHA-256 Dockwise pinned; nothing for another (then
     * only -TrustedHash vouches for it).
     */
    private static String pinned(String version, InstallFacts.DockerCeStatic ce) {
        return version.equals(ce.defaultVersion()) ? " -PinnedHash " + quote(ce.sha256()) : "";
    }

    private static String dockerVersion(ScriptContext c) {
        return ScriptOptions.present(c.options().dockerVersion())
                ? c.options().dockerVersion()
                : c.install().dockerCeStatic().defaultVersion();
    }

    /**
     * Mirantis's installer in a Windows PowerShell of its own, as Microsoft's helper runs it (WC
     * install-mirantis-container-runtime.ps1): not dot-run inside this elevated session, where our
     * strict mode and error preference would change how it runs and its variables would mix with
     * ours. Windows restarts only when the installer or Windows asks for it (exit code 3010, or a
     * restart pending in the servicing stack).
     */
    private static InstallPlan.Step mirantis(InstallFacts install) {
        return new InstallPlan.Step(
                "Install Mirantis Container Runtime with Mirantis's installer",
                s -> {
                    s.open("if (Get-Service -Name 'docker' -ErrorAction SilentlyContinue) {");
                    s.line("Write-Output 'A docker service exists already.'");
                    s.close();
                    s.open(
                            "elseif ($PSCmdlet.ShouldProcess('Mirantis Container Runtime',"
                                    + " 'Download and install')) {");
                    s.line(
                            "$installer = Join-Path -Path $script:WorkDir -ChildPath"
                                    + " 'install-mirantis.ps1'");
                    s.comment(
                            "Mirantis publishes no checksum or signature for its installer: it runs"
                                    + " only with the SHA-256 you checked (-TrustedHash)");
                    s.line(
                            "Get-DockwiseDownload -Uri "
                                    + quote(install.mirantis().installScriptUrl())
                                    + " -OutFile $installer");
                    s.line(
                            "Write-Output 'Dockwise checked the installer script only: what it"
                                    + " downloads in turn (the engine) is checked by Mirantis''s"
                                    + " script, not by Dockwise.'");
                    s.line(
                            "$windowsPowerShell = Join-Path -Path $env:SystemRoot -ChildPath"
                                    + " 'System32\\WindowsPowerShell\\v1.0\\powershell.exe'");
                    s.line(
                            "Invoke-DockwiseInstaller -FilePath $windowsPowerShell -ArgumentList"
                                + " ('-NoProfile -ExecutionPolicy Bypass -File \"' + $installer +"
                                + " '\"')");
                    s.open("if (Test-DockwiseRestartPending) {");
                    s.line("$script:RestartNeeded = $true");
                    s.close();
                    s.close();
                    s.line("Stop-DockwiseForRestart -NextStep 'Configure the Docker daemon'");
                });
    }

    private static InstallPlan.Step containerd(InstallFacts install) {
        InstallFacts.Containerd cd = install.containerd();
        String url = cd.downloadPattern().replace("{version}", cd.defaultVersion());
        return new InstallPlan.Step(
                "Install containerd " + cd.defaultVersion() + " as a service",
                s -> {
                    s.line("$containerdDir = " + quote(cd.installDir()));
                    s.open("if (Get-Service -Name 'containerd' -ErrorAction SilentlyContinue) {");
                    s.line("Write-Output 'The containerd service exists already.'");
                    s.close();
                    s.open(
                            "elseif ($PSCmdlet.ShouldProcess($containerdDir, 'Install containerd'))"
                                    + " {");
                    s.line(
                            "$archive = Join-Path -Path $script:WorkDir -ChildPath"
                                    + " 'containerd.tar.gz'");
                    s.line(
                            "Get-DockwiseDownload -Uri "
                                    + quote(url)
                                    + " -OutFile $archive -PinnedHash "
                                    + quote(cd.sha256()));
                    s.line(
                            "$unpacked = Join-Path -Path $script:WorkDir -ChildPath"
                                    + " 'dockwise-containerd'");
                    s.line("New-Item -ItemType Directory -Path $unpacked -Force | Out-Null");
                    s.line(
                            "Invoke-DockwiseNative -FilePath 'tar.exe' -ArgumentList @('-xzf',"
                                    + " $archive, '-C', $unpacked)");
                    s.line("New-Item -ItemType Directory -Path $containerdDir -Force | Out-Null");
                    s.line(
                            "Copy-Item -Path (Join-Path -Path $unpacked -ChildPath 'bin\\*')"
                                    + " -Destination $containerdDir -Recurse -Force");
                    s.line(
                            "$containerdExe = Join-Path -Path $containerdDir -ChildPath"
                                    + " 'containerd.exe'");
                    s.line("$config = & $containerdExe config default");
                    s.open("if ($LASTEXITCODE -ne 0) {");
                    s.line(
                            "throw ('containerd config default failed with exit code ' +"
                                    + " $LASTEXITCODE)");
                    s.close();
                    s.line(
                            "$config | Out-File -FilePath (Join-Path -Path $containerdDir"
                                    + " -ChildPath 'config.toml') -Encoding ascii");
                    s.line(
                            "Invoke-DockwiseNative -FilePath $containerdExe -ArgumentList"
                                    + " @('--register-service')");
                    s.line("Start-Service -Name 'containerd'");
                    s.line("Remove-Item -Path $archive, $unpacked -Recurse -Force");
                    s.close();
                });
    }

    private static InstallPlan.Step daemonConfig(
            ScriptContext c, InstallFacts install, boolean hyperv, String docker) {
        String title =
                "Configure the Docker daemon"
                        + (hyperv ? " (Hyper-V isolation by default)" : "")
                        + " and start it";
        return new InstallPlan.Step(
                title,
                s -> {
                    s.line("$daemonJson = " + quote(install.daemonConfig()));
                    s.line("$settings = [ordered]@{}");
                    s.line("$before = ''");
                    s.open("if (Test-Path -Path $daemonJson) {");
                    s.line("$before = Get-Content -Path $daemonJson -Raw");
                    s.line("$existing = $before | ConvertFrom-Json");
                    s.open("foreach ($property in $existing.PSObject.Properties) {");
                    s.line("$settings[$property.Name] = $property.Value");
                    s.close();
                    s.close();
                    if (hyperv) {
                        s.line("$settings['exec-opts'] = @('isolation=hyperv')");
                    }
                    if (ScriptOptions.present(c.options().dataRoot())) {
                        s.line("$settings['data-root'] = " + quote(c.options().dataRoot()));
                    }
                    proxies(s, c.options());
                    s.line("$after = $settings | ConvertTo-Json -Depth 5");
                    s.comment(
                            "Written, and the engine restarted, only when the settings change: a"
                                    + " re-run leaves running containers alone");
                    s.line(
                            "$changed = $settings.Count -gt 0 -and (($before -replace '\\s', '')"
                                    + " -ne ($after -replace '\\s', ''))");
                    s.open(
                            "if ($changed -and $PSCmdlet.ShouldProcess($daemonJson, 'Write daemon"
                                    + " configuration')) {");
                    s.comment(
                            "UTF-8 without a BOM (what dockerd reads; ASCII turned a path's accents"
                                    + " into '?'), readable by Administrators and SYSTEM only:");
                    s.comment("the proxy's password may be in it");
                    s.line("Write-DockwisePrivateFile -Path $daemonJson -Text $after");
                    s.close();
                    s.line("$engine = Get-Service -Name 'docker' -ErrorAction SilentlyContinue");
                    s.open("if ($null -eq $engine -and $WhatIfPreference) {");
                    s.line(
                            "Write-Output 'Dry run: the docker service is not there yet (its"
                                    + " installation above was only shown), so it is not started"
                                    + " here.'");
                    s.close();
                    s.open("elseif ($null -eq $engine) {");
                    s.line(
                            "throw 'There is no docker service: the engine installation above did"
                                    + " not register one. See its output above.'");
                    s.close();
                    s.open("elseif ($engine.Status -ne 'Running') {");
                    s.open("if ($PSCmdlet.ShouldProcess('docker', 'Start service')) {");
                    s.line("Start-Service -Name 'docker'");
                    s.close();
                    s.close();
                    s.open("elseif ($changed) {");
                    s.open(
                            "if ($PSCmdlet.ShouldProcess('docker', 'Restart service for the new"
                                    + " settings (running containers stop)')) {");
                    s.line("Restart-Service -Name 'docker'");
                    s.close();
                    s.close();
                    s.open("else {");
                    s.line(
                            "Write-Output 'The docker service runs with these settings already;"
                                    + " left running.'");
                    s.close();
                    waitForEngine(s, docker);
                });
    }

    /**
     * The engine's proxy in daemon.json "proxies" (Docker Engine 23 and later; DD
     * engine/daemon/proxy.md), not machine-wide environment variables that every account reads:
     * with the password given at run time, if any.
     */
    private static void proxies(ScriptText s, ScriptOptions o) {
        if (!o.hasProxy()) {
            return;
        }
        s.comment(
                "The engine's proxy, with the password given when the script runs"
                        + " (-ProxyCredential); the engine restarts for a change");
        s.line("$proxies = [ordered]@{}");
        if (ScriptOptions.present(o.proxyHttp())) {
            s.line("$proxies['http-proxy'] = Get-DockwiseProxyUrl -Url " + quote(o.proxyHttp()));
        }
        s.line("$proxies['https-proxy'] = Get-DockwiseProxyUrl -Url $DockwiseProxy");
        if (ScriptOptions.present(o.proxyExclude())) {
            s.line("$proxies['no-proxy'] = " + quote(o.proxyExclude()));
        }
        s.line("$settings['proxies'] = $proxies");
    }

    /**
     * Waits until the engine answers (it takes a few seconds after starting), so that the next step
     * can use it.
     */
    static void waitForEngine(ScriptText s, String docker) {
        s.open("if (-not $WhatIfPreference) {");
        s.line("$deadline = (Get-Date).AddSeconds(120)");
        s.open("do {");
        s.line("Start-Sleep -Seconds 2");
        s.comment(
                "its complaint on stderr while it starts is no failure (Windows PowerShell 5.1"
                        + " would stop on it under 'Stop')");
        s.line(
                "& { $ErrorActionPreference = 'Continue'; & "
                        + docker
                        + " version --format '{{.Server.Version}}' 2>$null | Out-Null }");
        s.close("} until ($LASTEXITCODE -eq 0 -or (Get-Date) -gt $deadline)");
        s.open("if ($LASTEXITCODE -ne 0) {");
        s.comment(
                "Get-WinEvent: the event log command Windows PowerShell 5.1 and PowerShell 7 both"
                        + " have");
        s.line(
                "throw 'The Docker engine did not answer within 2 minutes of starting; see:"
                    + " Get-WinEvent -FilterHashtable @{ LogName = ''Application''; ProviderName ="
                    + " ''docker'' } -MaxEvents 20'");
        s.close();
        s.line("Write-Output 'The Docker engine answers.'");
        s.close();
    }

    private static InstallPlan.Step swarm(ScriptContext c, InstallFacts install) {
        String address = c.options().swarmAdvertiseAddress();
        return new InstallPlan.Step(
                "Open the Swarm ports in Windows Firewall and show the join commands",
                s -> {
                    for (InstallFacts.FirewallPort port : install.swarmFirewall()) {
                        s.open(
                                "if (-not (Get-NetFirewallRule -DisplayName "
                                        + quote(port.name())
                                        + " -ErrorAction SilentlyContinue)) {");
                        s.open(
                                "if ($PSCmdlet.ShouldProcess("
                                        + quote(port.protocol() + " " + port.port())
                                        + ", 'Allow inbound')) {");
                        s.line(
                                "New-NetFirewallRule -DisplayName "
                                        + quote(port.name())
                                        + " -Direction Inbound -Protocol "
                                        + port.protocol()
                                        + " -LocalPort "
                                        + port.port()
                                        + " -Action Allow | Out-Null");
                        s.close();
                        s.close();
                    }
                    String ip =
                            ScriptOptions.present(address) ? address : "<this host's IP address>";
                    s.line(
                            "Write-Output "
                                    + quote(
                                            "To start a swarm here: docker swarm init"
                                                    + " --advertise-addr="
                                                    + ip
                                                    + " --listen-addr "
                                                    + ip
                                                    + ":2377"));
                    s.line(
                            "Write-Output 'To join an existing swarm: docker swarm join --token"
                                    + " <token from docker swarm join-token worker> <manager"
                                    + " IP>:2377'");
                    s.line(
                            "Write-Output 'Label Windows nodes with their build so services land on"
                                    + " matching hosts: docker node update --label-add os=windows"
                                    + " <node>'");
                });
    }
}
