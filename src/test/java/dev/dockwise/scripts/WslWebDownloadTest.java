package dev.dockwise.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.engine.model.Mode;
import dev.dockwise.scripts.options.ScriptOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * WSL and its distribution come from the Microsoft Store or, with --web-download, from GitHub; a
 * network that blocks one (a company that blocks the Store, with no proxy at all) may allow the
 * other. Every download wsl.exe makes for a script is tried both ways: the Store first, or GitHub
 * first behind a proxy (the Store has proxy settings of its own), the other when the first fails.
 */
class WslWebDownloadTest {
    private static final Pattern ARGUMENTS =
            Pattern.compile(
                    "\\$wslArguments = @\\(([^)]*)\\)\\n"
                            + "(\\s*)try \\{\\n"
                            + "\\s*(.*)\\n"
                            + "\\s*\\}\\n"
                            + "\\s*catch \\{\\n"
                            + "((?:.*\\n"
                            + ")*?)\\2\\}");

    /**
     * Each wsl.exe download of the text: its arguments, the first attempt and the code of its
     * fallback.
     */
    private static List<String[]> downloads(String text) {
        List<String[]> found = new ArrayList<>();
        Matcher m = ARGUMENTS.matcher(text.replace("\r\n", "\n"));
        while (m.find()) {
            found.add(new String[] {m.group(1), m.group(3).trim(), m.group(4)});
        }
        return found;
    }

    @Test
    void withoutAProxyTheStoreComesFirstAndGitHubWhenTheStoreIsBlocked() throws Exception {
        String engine = baselineScript(Mode.WSL2_ENGINE, ScriptOptions.defaults());
        List<String[]> main = downloads(engine);
        List<String[]> perUser = downloads(HostKindScriptsTest.perUserScript(engine));
        assertEquals(
                List.of(
                        "'--update'",
                        "'--install', '--no-distribution'",
                        "'--install', '--distribution', $distro, '--no-launch'"),
                main.stream().map(d -> d[0]).toList(),
                "WSL itself, and the distribution where the person runs this script");
        assertEquals(
                List.of("'--install', '--distribution', $distro, '--no-launch'"),
                perUser.stream().map(d -> d[0]).toList(),
                "and in the per-account script");
        for (String[] d : concat(main, perUser)) {
            assertEquals(
                    "Invoke-DockwiseNative -FilePath 'wsl.exe' -ArgumentList $wslArguments",
                    d[1],
                    d[0]);
            assertTrue(
                    d[2].contains(
                                    "Invoke-DockwiseNative -FilePath 'wsl.exe' -ArgumentList"
                                            + " ($wslArguments + '--web-download')")
                            && d[2].contains("Write-Warning"),
                    "GitHub when the Store fails, and the user told: " + d[2]);
        }
        String desktop = baselineScript(Mode.DESKTOP_WSL2, ScriptOptions.defaults());
        assertEquals(2, downloads(desktop).size(), "Docker Desktop's WSL too");
    }

    @Test
    void behindAProxyGitHubComesFirstAndTheStoreWhenGitHubIsBlocked() throws Exception {
        String engine = baselineScript(Mode.WSL2_ENGINE, ScriptCorpus.allOptions());
        List<String[]> all =
                concat(downloads(engine), downloads(HostKindScriptsTest.perUserScript(engine)));
        assertEquals(4, all.size());
        for (String[] d : all) {
            assertEquals(
                    "Invoke-DockwiseNative -FilePath 'wsl.exe' -ArgumentList ($wslArguments +"
                            + " '--web-download')",
                    d[1],
                    d[0]);
            assertTrue(
                    d[2].contains(
                            "Invoke-DockwiseNative -FilePath 'wsl.exe' -ArgumentList"
                                    + " $wslArguments\n"),
                    d[2]);
        }
    }

    @Test
    void noScriptRunsAWslDownloadAnyOtherWay() throws Exception {
        for (ScriptCorpus.Item item : ScriptCorpus.all()) {
            String text = item.script().text().replace("\r\n", "\n");
            Matcher direct =
                    Pattern.compile("'wsl\\.exe' -ArgumentList @\\('--(install|update)'")
                            .matcher(text);
            assertTrue(
                    !direct.find(),
                    item.name()
                            + ": "
                            + (direct.find(0)
                                    ? text.substring(
                                            direct.start(), text.indexOf('\n', direct.start()))
                                    : ""));
        }
    }

    private static List<String[]> concat(List<String[]> a, List<String[]> b) {
        List<String[]> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * The script for the baseline host (Windows 11 Pro): built here, not with another test's
     * helper, whose form changes.
     */
    private static String baselineScript(Mode mode, ScriptOptions options) throws Exception {
        dev.dockwise.engine.model.Profile profile = dev.dockwise.TestProfile.baseline().profile();
        return ScriptCorpus.GENERATOR
                .install(profile, dev.dockwise.TestEngine.ADVISOR.evaluate(profile), mode, options)
                .text()
                .replace("\r\n", "\n");
    }
}
