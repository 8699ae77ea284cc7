package dev.dockwise.scripts.options;

import dev.dockwise.engine.model.Mode;
import java.util.EnumSet;
import java.util.Set;

/**
 * The options of an install script, described once: the command-line flag, the wizard's label, id
 * and example, a one-line explanation, and the modes whose scripts use it (some only on Windows
 * Server, or only when Windows containers are needed). The command line, the Export step and the
 * checks of {@link ScriptOptions} all take them from here.
 */
public enum ScriptOption {
    PROXY_HTTP(
            "--proxy-http",
            "HTTP proxy",
            "proxyHttp",
            "http://proxy.example.com:8080",
            "The proxy for the script's downloads and the engine's image pulls.",
            Where.ALL),
    PROXY_HTTPS(
            "--proxy-https",
            "HTTPS proxy",
            "proxyHttps",
            "http://proxy.example.com:8080",
            "The proxy for HTTPS, if it differs from the HTTP one.",
            Where.ALL),
    PROXY_EXCLUDE(
            "--proxy-exclude",
            "No proxy for",
            "proxyExclude",
            "localhost,*.corp.example.com",
            "Hosts reached directly, separated by commas (with a proxy set).",
            Where.ALL),
    DATA_ROOT(
            "--data-root",
            "Data root",
            "dataRoot",
            "D:\\Docker",
            "Where images and containers are kept, for example on a larger drive.",
            Where.ENGINES),
    INSTALL_DIR(
            "--install-dir",
            "Install folder",
            "installDir",
            "default",
            "Where Docker Desktop, Docker CE or the WSL distribution is installed.",
            Where.INSTALLERS),
    PULL(
            "--pull",
            "Pre-pull image",
            "pullImage",
            "the base image matching the host",
            "A Windows image to download at the end, so the first run is quick.",
            Where.WINDOWS_CONTAINERS),
    WSL_MEMORY(
            "--wsl-memory",
            "WSL memory (GB)",
            "wslMemory",
            "WSL default: half the RAM",
            "A memory limit for the WSL 2 VM (written to .wslconfig).",
            Where.WSL),
    WSL_PROCESSORS(
            "--wsl-processors",
            "WSL processors",
            "wslProcessors",
            "WSL default: all",
            "A processor limit for the WSL 2 VM (written to .wslconfig).",
            Where.WSL),
    DISTRO(
            "--distro",
            "WSL distribution",
            "distro",
            "Ubuntu",
            "The Linux distribution Docker Engine is installed in.",
            Where.WSL_ENGINE),
    VM_NAME(
            "--vm-name",
            "VM name",
            "vmName",
            "as the Hyper-V host knows it",
            "The VM's name on its Hyper-V host, for the Linux VM or the parent-host script.",
            Where.LINUX_VM),
    ENGINE(
            "--engine",
            "Server engine",
            "scriptEngine",
            "",
            "Which engine runs Windows containers on Windows Server.",
            Where.SERVER_ENGINE),
    DOCKER_VERSION(
            "--docker-version",
            "Docker version",
            "dockerVersion",
            "the version in the knowledge data",
            "The Docker CE version to install on Windows Server; empty installs the version"
                    + " Dockwise's knowledge data names.",
            Where.SERVER_ENGINE),
    SWARM_ADDRESS(
            "--swarm-advertise-address",
            "Swarm address",
            "swarmAddress",
            "10.0.0.4",
            "This host's address for docker swarm init (with Swarm as the orchestration).",
            Where.SWARM),
    ACCEPT_LICENSE(
            "--accept-license",
            "Accept the licence",
            "acceptLicense",
            "",
            "You accept the Docker Subscription Service Agreement, so Docker Desktop installs"
                    + " without asking.",
            Where.DESKTOP);

    /** Which scripts use an option. */
    private enum Where {
        ALL,
        ENGINES,
        INSTALLERS,
        WINDOWS_CONTAINERS,
        WSL,
        WSL_ENGINE,
        LINUX_VM,
        SERVER_ENGINE,
        SWARM,
        DESKTOP
    }

    private static final Set<Mode> DESKTOP_MODES =
            EnumSet.of(Mode.DESKTOP_WSL2, Mode.DESKTOP_HYPERV);
    private static final Set<Mode> WINDOWS_MODES =
            EnumSet.of(Mode.WINDOWS_PROCESS, Mode.WINDOWS_HYPERV);

    private final String flag;
    private final String label;
    private final String id;
    private final String example;
    private final String help;
    private final Where where;

    ScriptOption(String flag, String label, String id, String example, String help, Where where) {
        this.flag = flag;
        this.label = label;
        this.id = id;
        this.example = example;
        this.help = help;
        this.where = where;
    }

    public String flag() {
        return flag;
    }

    public String label() {
        return label;
    }

    /** The wizard's control id. */
    public String id() {
        return id;
    }

    public String example() {
        return example;
    }

    public String help() {
        return help;
    }

    /**
     * What the option does in this mode's script: the proxy also reaches apt only where the script
     * installs Docker Engine with apt (in the WSL distribution).
     */
    public String help(Mode mode) {
        if (this == PROXY_HTTP && mode == Mode.WSL2_ENGINE) {
            return "The proxy for the script's downloads, for WSL and apt in the distribution, and"
                    + " for the engine's image pulls.";
        }
        return help;
    }

    /**
     * Whether the script of a mode uses the option on this kind of host. On Windows 10/11 the
     * Windows container modes are installed with Docker Desktop, so its options apply there.
     */
    public boolean appliesTo(Mode mode, boolean server, boolean windowsContainers) {
        return appliesTo(mode, server, windowsContainers, true);
    }

    /** As above, knowing whether the host runs Swarm (the Swarm address is used only then). */
    public boolean appliesTo(Mode mode, boolean server, boolean windowsContainers, boolean swarm) {
        boolean desktop = DESKTOP_MODES.contains(mode) || (WINDOWS_MODES.contains(mode) && !server);
        boolean serverEngine = WINDOWS_MODES.contains(mode) && server;
        return switch (where) {
            case ALL -> true;
            case ENGINES -> desktop || serverEngine || mode == Mode.WSL2_ENGINE;
            case INSTALLERS -> desktop || serverEngine || mode == Mode.WSL2_ENGINE;
            case WINDOWS_CONTAINERS -> windowsContainers && (desktop || serverEngine);
            case WSL -> mode == Mode.DESKTOP_WSL2 || mode == Mode.WSL2_ENGINE;
            case WSL_ENGINE -> mode == Mode.WSL2_ENGINE;
            case LINUX_VM -> mode == Mode.LINUX_VM;
            case SERVER_ENGINE -> serverEngine;
            case SWARM -> serverEngine && swarm;
            case DESKTOP -> desktop;
        };
    }
}
