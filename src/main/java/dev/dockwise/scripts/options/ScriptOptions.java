package dev.dockwise.scripts.options;

import dev.dockwise.profile.TextRules;
import dev.dockwise.scripts.powershell.PowerShell;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Choices the user makes for an install script (in the wizard or on the command line). Every value
 * is checked here, with the option's name in the message, before any of it reaches a script.
 */
public record ScriptOptions(
        String proxyHttp,
        String proxyHttps,
        String proxyExclude,
        String dataRoot,
        String installDir,
        Integer wslMemoryGb,
        Integer wslProcessors,
        String pullImage,
        boolean acceptLicense,
        String distro,
        String vmName,
        ServerEngine serverEngine,
        String dockerVersion,
        String swarmAdvertiseAddress) {

    private static final Pattern URL = Pattern.compile("https?://[^\\s'\"`$\\\\]+");

    /**
     * A user name or password in a proxy address: it would be written in clear into the script, its
     * logs and config files.
     */
    private static final Pattern USER_INFO = Pattern.compile("https?://[^/?#]*@.*");

    private static final Pattern EXCLUDE = Pattern.compile("[A-Za-z0-9.*_:/,;<>\\[\\]-]+");
    private static final Pattern IMAGE =
            Pattern.compile(
                    "[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?");
    private static final Pattern VERSION = Pattern.compile("\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    private static final Pattern IPV4 =
            Pattern.compile("((25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1?\\d?\\d)");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:]{2,39}");
    private static final Pattern WINDOWS_PATH = Pattern.compile("[A-Za-z]:\\\\[^\"*?<>|]*");

    /**
     * Engines for Windows containers on Windows Server, with the id the command line takes and the
     * wizard's words.
     */
    public enum ServerEngine {
        DOCKER_CE("docker-ce", "Docker CE (static binaries)"),
        MIRANTIS("mirantis", "Mirantis Container Runtime"),
        CONTAINERD("containerd", "containerd");

        private final String id;
        private final String label;

        ServerEngine(String id, String label) {
            this.id = id;
            this.label = label;
        }

        public String id() {
            return id;
        }

        public String label() {
            return label;
        }

        /**
         * The engine with this id (as the command line spells it); the one place an engine's name
         * is read.
         */
        public static java.util.Optional<ServerEngine> parse(String id) {
            return id == null
                    ? java.util.Optional.empty()
                    : java.util.Arrays.stream(values()).filter(e -> e.id.equals(id)).findFirst();
        }

        /** "docker-ce (default), mirantis or containerd", for help and error messages. */
        public static String choices() {
            return DOCKER_CE.id + " (default), " + MIRANTIS.id + " or " + CONTAINERD.id;
        }
    }

    public static ScriptOptions defaults() {
        return new ScriptOptions(
                null, null, null, null, null, null, null, null, false, "Ubuntu", null, null, null,
                null);
    }

    public static Builder builder() {
        return new Builder(defaults());
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Options set one by one (by name or by {@link ScriptOption}); everything not set keeps its
     * default.
     */
    public static final class Builder {
        private String proxyHttp;
        private String proxyHttps;
        private String proxyExclude;
        private String dataRoot;
        private String installDir;
        private Integer wslMemoryGb;
        private Integer wslProcessors;
        private String pullImage;
        private boolean acceptLicense;
        private String distro;
        private String vmName;
        private ServerEngine serverEngine;
        private String dockerVersion;
        private String swarmAdvertiseAddress;

        private Builder(ScriptOptions from) {
            proxyHttp = from.proxyHttp;
            proxyHttps = from.proxyHttps;
            proxyExclude = from.proxyExclude;
            dataRoot = from.dataRoot;
            installDir = from.installDir;
            wslMemoryGb = from.wslMemoryGb;
            wslProcessors = from.wslProcessors;
            pullImage = from.pullImage;
            acceptLicense = from.acceptLicense;
            distro = from.distro;
            vmName = from.vmName;
            serverEngine = from.serverEngine;
            dockerVersion = from.dockerVersion;
            swarmAdvertiseAddress = from.swarmAdvertiseAddress;
        }

        /**
         * Sets an option from its text as typed (blank is "not set"); numbers that are not numbers
         * and unknown engines are left unset, the caller reports them.
         */
        public Builder set(ScriptOption option, String raw) {
            String v = raw == null || raw.isBlank() ? null : raw.strip();
            switch (option) {
                case PROXY_HTTP -> proxyHttp = v;
                case PROXY_HTTPS -> proxyHttps = v;
                case PROXY_EXCLUDE -> proxyExclude = v;
                case DATA_ROOT -> dataRoot = v;
                case INSTALL_DIR -> installDir = v;
                case PULL -> pullImage = v;
                case WSL_MEMORY -> wslMemoryGb = number(v);
                case WSL_PROCESSORS -> wslProcessors = number(v);
                case DISTRO -> distro = v == null ? "Ubuntu" : v;
                case VM_NAME -> vmName = v;
                case ENGINE -> serverEngine = engine(v);
                case DOCKER_VERSION -> dockerVersion = v;
                case SWARM_ADDRESS -> swarmAdvertiseAddress = v;
                case ACCEPT_LICENSE -> acceptLicense = "true".equalsIgnoreCase(v);
            }
            return this;
        }

        public Builder wslMemoryGb(Integer gb) {
            wslMemoryGb = gb;
            return this;
        }

        public Builder wslProcessors(Integer n) {
            wslProcessors = n;
            return this;
        }

        public Builder acceptLicense(boolean accept) {
            acceptLicense = accept;
            return this;
        }

        /**
         * The engine chosen for Windows Server; null leaves it to the host (see {@link
         * #engineChosen()}).
         */
        public Builder engine(ServerEngine engine) {
            serverEngine = engine;
            return this;
        }

        public ScriptOptions build() {
            return new ScriptOptions(
                    proxyHttp,
                    proxyHttps,
                    proxyExclude,
                    dataRoot,
                    installDir,
                    wslMemoryGb,
                    wslProcessors,
                    pullImage,
                    acceptLicense,
                    distro,
                    vmName,
                    serverEngine,
                    dockerVersion,
                    swarmAdvertiseAddress);
        }

        private static Integer number(String v) {
            try {
                return v == null ? null : Integer.valueOf(v);
            } catch (NumberFormatException e) {
                return null;
            }
        }

        private static ServerEngine engine(String v) {
            return v == null ? null : ServerEngine.parse(v).orElse(ServerEngine.DOCKER_CE);
        }
    }

    public String distroOrDefault() {
        return distro == null || distro.isBlank() ? "Ubuntu" : distro;
    }

    /**
     * The engine for Windows Server: the one chosen, else Docker CE (the generator picks Mirantis
     * for Windows Server 2016).
     */
    public ServerEngine engine() {
        return serverEngine == null ? ServerEngine.DOCKER_CE : serverEngine;
    }

    /** Whether the user chose the engine, rather than leaving it to the host. */
    public boolean engineChosen() {
        return serverEngine != null;
    }

    public boolean hasProxy() {
        return present(proxyHttp) || present(proxyHttps);
    }

    /** Whether an option's text was given: neither null nor blank. */
    public static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** A problem with one option. */
    public record OptionProblem(ScriptOption option, String message) {
        @Override
        public String toString() {
            return option.flag() + ": " + message;
        }
    }

    /** Every problem, named by the command-line option (the wizard maps them to its fields). */
    public List<OptionProblem> problems() {
        List<OptionProblem> found = new ArrayList<>();
        proxy(found, ScriptOption.PROXY_HTTP, proxyHttp);
        proxy(found, ScriptOption.PROXY_HTTPS, proxyHttps);
        text(
                found,
                ScriptOption.PROXY_EXCLUDE,
                proxyExclude,
                EXCLUDE,
                "host names separated by commas, such as localhost,*.corp.example.com");
        text(
                found,
                ScriptOption.DATA_ROOT,
                dataRoot,
                WINDOWS_PATH,
                "a full Windows path such as D:\\Docker");
        text(
                found,
                ScriptOption.INSTALL_DIR,
                installDir,
                WINDOWS_PATH,
                "a full Windows path such as D:\\Programs\\Docker");
        text(
                found,
                ScriptOption.PULL,
                pullImage,
                IMAGE,
                "an image reference such as mcr.microsoft.com/windows/servercore:ltsc2022");
        text(
                found,
                ScriptOption.DOCKER_VERSION,
                dockerVersion,
                VERSION,
                "a version number such as 29.1.0 (major.minor.patch)");
        if (hasProxy()
                && present(dockerVersion)
                && VERSION.matcher(dockerVersion).matches()
                && Integer.parseInt(dockerVersion.split("\\.")[0]) < 23) {
            found.add(
                    new OptionProblem(
                            ScriptOption.DOCKER_VERSION,
                            "with a proxy, Docker Engine 23 or later (the engine reads its proxy"
                                    + " from daemon.json \"proxies\" since 23.0), got \""
                                    + dockerVersion
                                    + "\""));
        }
        if (present(swarmAdvertiseAddress)
                && !IPV4.matcher(swarmAdvertiseAddress).matches()
                && !(swarmAdvertiseAddress.contains(":")
                        && IPV6.matcher(swarmAdvertiseAddress).matches())) {
            found.add(
                    new OptionProblem(
                            ScriptOption.SWARM_ADDRESS,
                            "expected an IP address such as 10.0.0.4, got \""
                                    + swarmAdvertiseAddress
                                    + "\""));
        }
        if (wslMemoryGb != null && (wslMemoryGb < 1 || wslMemoryGb > 1024)) {
            found.add(
                    new OptionProblem(
                            ScriptOption.WSL_MEMORY,
                            "expected whole gigabytes from 1 to 1024, got " + wslMemoryGb));
        }
        if (wslProcessors != null && (wslProcessors < 1 || wslProcessors > 256)) {
            found.add(
                    new OptionProblem(
                            ScriptOption.WSL_PROCESSORS,
                            "expected a number of processors from 1 to 256, got " + wslProcessors));
        }
        identifier(found, ScriptOption.DISTRO, distro, PowerShell::distro);
        identifier(found, ScriptOption.VM_NAME, vmName, PowerShell::vmName);
        return found;
    }

    private static void proxy(List<OptionProblem> found, ScriptOption option, String value) {
        if (present(value) && USER_INFO.matcher(value).matches()) {
            found.add(
                    new OptionProblem(
                            option,
                            "give the proxy's address without a user name or password (they would"
                                + " be written in clear); the script asks for them when it runs:"
                                + " -ProxyCredential (Get-Credential)"));
            return;
        }
        text(
                found,
                option,
                value,
                URL,
                "an http:// or https:// address such as http://proxy.example.com:8080");
    }

    private static void text(
            List<OptionProblem> found,
            ScriptOption option,
            String value,
            Pattern pattern,
            String expected) {
        if (!present(value)) {
            return;
        }
        Optional<String> line = TextRules.singleLineProblem(value, 300);
        if (line.isPresent()) {
            found.add(new OptionProblem(option, line.get()));
        } else if (!pattern.matcher(value).matches()) {
            found.add(
                    new OptionProblem(option, "expected " + expected + ", got \"" + value + "\""));
        }
    }

    private static void identifier(
            List<OptionProblem> found,
            ScriptOption option,
            String value,
            java.util.function.Function<String, String> check) {
        if (!present(value)) {
            return;
        }
        try {
            check.apply(value);
        } catch (PowerShell.UnsafeValueException e) {
            found.add(new OptionProblem(option, e.getMessage()));
        }
    }
}
