package dev.dockwise.scripts;

import dev.dockwise.profile.TextRules;
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

    private static final Pattern URL = Pattern.compile("https?://[^\\s'\"`$]+");
    private static final Pattern EXCLUDE = Pattern.compile("[A-Za-z0-9.*_:/,;<>\\[\\]-]+");
    private static final Pattern IMAGE = Pattern.compile("[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?");
    private static final Pattern VERSION = Pattern.compile("\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    private static final Pattern IPV4 = Pattern.compile("((25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1?\\d?\\d)");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:]{2,39}");
    private static final Pattern WINDOWS_PATH = Pattern.compile("[A-Za-z]:\\\\[^\"*?<>|]*");

    /** Engines for Windows containers on Windows Server. */
    public enum ServerEngine { DOCKER_CE, MIRANTIS, CONTAINERD }

    public static ScriptOptions defaults() {
        return new ScriptOptions(null, null, null, null, null, null, null, null, false, "Ubuntu", null, ServerEngine.DOCKER_CE, null, null);
    }

    public String distroOrDefault() {
        return distro == null || distro.isBlank() ? "Ubuntu" : distro;
    }

    public ServerEngine engine() {
        return serverEngine == null ? ServerEngine.DOCKER_CE : serverEngine;
    }

    public boolean hasProxy() {
        return present(proxyHttp) || present(proxyHttps);
    }

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** A problem with one option. */
    public record OptionProblem(String option, String message) {
        @Override
        public String toString() {
            return option + ": " + message;
        }
    }

    /** Every problem, named by the command-line option (the wizard maps them to its fields). */
    public List<OptionProblem> problems() {
        List<OptionProblem> found = new ArrayList<>();
        text(found, "--proxy-http", proxyHttp, URL, "an http:// or https:// address such as http://proxy.example.com:8080");
        text(found, "--proxy-https", proxyHttps, URL, "an http:// or https:// address such as http://proxy.example.com:8080");
        text(found, "--proxy-exclude", proxyExclude, EXCLUDE, "host names separated by commas, such as localhost,*.corp.example.com");
        text(found, "--data-root", dataRoot, WINDOWS_PATH, "a full Windows path such as D:\\Docker");
        text(found, "--install-dir", installDir, WINDOWS_PATH, "a full Windows path such as D:\\Programs\\Docker");
        text(found, "--pull", pullImage, IMAGE, "an image reference such as mcr.microsoft.com/windows/servercore:ltsc2022");
        text(found, "--docker-version", dockerVersion, VERSION, "a version such as 28.2.2");
        if (present(swarmAdvertiseAddress) && !IPV4.matcher(swarmAdvertiseAddress).matches()
                && !(swarmAdvertiseAddress.contains(":") && IPV6.matcher(swarmAdvertiseAddress).matches())) {
            found.add(new OptionProblem("--swarm-advertise-address", "expected an IP address such as 10.0.0.4, got \"" + swarmAdvertiseAddress + "\""));
        }
        if (wslMemoryGb != null && (wslMemoryGb < 1 || wslMemoryGb > 1024)) {
            found.add(new OptionProblem("--wsl-memory", "expected whole gigabytes from 1 to 1024, got " + wslMemoryGb));
        }
        if (wslProcessors != null && (wslProcessors < 1 || wslProcessors > 256)) {
            found.add(new OptionProblem("--wsl-processors", "expected a number of processors from 1 to 256, got " + wslProcessors));
        }
        identifier(found, "--distro", distro, PowerShell::distro);
        identifier(found, "--vm-name", vmName, PowerShell::vmName);
        return found;
    }

    private static void text(List<OptionProblem> found, String option, String value, Pattern pattern, String expected) {
        if (!present(value)) {
            return;
        }
        Optional<String> line = TextRules.singleLineProblem(value, 300);
        if (line.isPresent()) {
            found.add(new OptionProblem(option, line.get()));
        } else if (!pattern.matcher(value).matches()) {
            found.add(new OptionProblem(option, "expected " + expected + ", got \"" + value + "\""));
        }
    }

    private static void identifier(List<OptionProblem> found, String option, String value, java.util.function.Function<String, String> check) {
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
