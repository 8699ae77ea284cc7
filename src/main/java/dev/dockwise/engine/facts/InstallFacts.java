package dev.dockwise.engine.facts;

import java.util.List;

/** Download addresses, feature names and commands the install scripts use (install.json). */
public record InstallFacts(
        DockerDesktop dockerDesktop,
        Features features,
        Wsl wsl,
        DockerEngineApt dockerEngineApt,
        DockerCeStatic dockerCeStatic,
        Mirantis mirantis,
        Containerd containerd,
        Toolbox toolbox,
        String daemonConfig,
        String daemonConfigSource,
        List<FirewallPort> swarmFirewall,
        String swarmFirewallSource) {

    public InstallFacts {
        swarmFirewall = List.copyOf(swarmFirewall);
    }

    /**
     * Docker Desktop installer; {@code signer}: the organisation (O=) its Authenticode certificate
     * names, compared whole; {@code windowsContainersOffSince}: the release from which GUI installs
     * turn Windows containers off.
     */
    public record DockerDesktop(
            String downloadX64,
            String downloadArm64,
            String signer,
            String signerSource,
            String defaultInstallDir,
            String cli,
            String windowsContainersOffSince,
            String note,
            String source) {}

    /** Windows feature names on client and server. */
    public record Features(
            List<String> clientWsl,
            String clientHyperV,
            String clientContainers,
            String serverHyperV,
            String serverContainers,
            String hypervisorPlatform,
            String source) {
        public Features {
            clientWsl = List.copyOf(clientWsl);
        }
    }

    /** WSL commands. */
    public record Wsl(
            String installCommand,
            String updateCommand,
            String defaultDistro,
            String systemdMinimum,
            String source) {}

    /** Docker Engine from Docker's apt repository. */
    public record DockerEngineApt(
            String repository,
            String keyUrl,
            List<String> distros,
            String keyring,
            List<String> removePackages,
            List<String> packages,
            String source) {
        public DockerEngineApt {
            distros = List.copyOf(distros);
            removePackages = List.copyOf(removePackages);
            packages = List.copyOf(packages);
        }
    }

    /**
     * Docker CE static binaries for Windows Server; {@code sha256} is the SHA-256 of the zip of
     * {@code defaultVersion}, taken from where {@code sha256Source} says it is published.
     */
    public record DockerCeStatic(
            String baseUrl,
            String defaultVersion,
            String sha256,
            String sha256Source,
            String versionSource,
            String installDir,
            int minServerBuild,
            String note,
            String source) {}

    /**
     * Mirantis Container Runtime installer: an unversioned script that changes with every release,
     * so {@code sha256} is null and {@code sha256Source} says why; the scripts run it only with a
     * SHA-256 the user checked.
     */
    public record Mirantis(
            String installScriptUrl, String sha256, String sha256Source, String source) {}

    /**
     * containerd for Windows; {@code sha256} is the SHA-256 of the archive of {@code
     * defaultVersion}.
     */
    public record Containerd(
            String defaultVersion,
            String sha256,
            String sha256Source,
            String versionSource,
            String downloadPattern,
            String installDir,
            int minServerBuild,
            String source) {}

    /** The last Docker Toolbox release, with the SHA-256 of its installer. */
    public record Toolbox(
            String version,
            String download,
            String sha256,
            String sha256Source,
            String note,
            String source) {}

    /** A port Swarm needs open. */
    public record FirewallPort(String name, String protocol, int port, String source) {}
}
