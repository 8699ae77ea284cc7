package dev.dockwise.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.TestEngine;
import dev.dockwise.TestProfile;
import dev.dockwise.engine.model.ContainerType;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.engine.model.Profile;
import dev.dockwise.scripts.options.ScriptOption;
import dev.dockwise.scripts.options.ScriptOptions;
import dev.dockwise.scripts.powershell.WindowsArgv;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** What the installer reads back is what the script meant, for hostile paths too. */
class WindowsArgvTest {

    @Test
    void theModelSplitsTheWayWindowsDocumentsIt() {
        // the examples of Microsoft's "Parsing C command-line arguments" table
        assertEquals(List.of("a b c", "d", "e"), CommandLineToArgv.split("\"a b c\" d e"));
        assertEquals(
                List.of("ab\"c", "\\", "d"), CommandLineToArgv.split("\"ab\\\"c\" \"\\\\\" d"));
        assertEquals(
                List.of("a\\\\\\b", "de fg", "h"), CommandLineToArgv.split("a\\\\\\b d\"e f\"g h"));
        assertEquals(List.of("a\\\"b", "c", "d"), CommandLineToArgv.split("a\\\\\\\"b c d"));
        assertEquals(
                List.of("a\\\\b c", "d", "e"), CommandLineToArgv.split("a\\\\\\\\\"b c\" d e"));
        // the naive quoting of a trailing backslash: the closing quote turns literal and swallows
        // the next flag
        assertEquals(
                List.of("--installation-dir=C:\\Program Files\\Docker\" --accept-license"),
                CommandLineToArgv.split(
                        "\"--installation-dir=C:\\Program Files\\Docker\\\" --accept-license"));
    }

    @Test
    void hostilePathsComeBackAsOneArgumentEach() {
        List<String> args =
                List.of(
                        "install",
                        "--quiet",
                        "--installation-dir=C:\\Program Files\\Docker\\",
                        "--wsl-default-data-root=D:\\Docker\\",
                        "--x=D:\\a\\\\",
                        "--y=D:\\my docs\\\\",
                        "--z=C:\\a \" --accept-license \"",
                        "--w= --accept-license ",
                        "",
                        "tab\there",
                        "\\\\server\\share\\");
        assertEquals(args, CommandLineToArgv.split(WindowsArgv.join(args)));
    }

    @Test
    void plainArgumentsStayAsTheyAre() {
        assertEquals(
                "install --quiet --backend=wsl-2",
                WindowsArgv.join(List.of("install", "--quiet", "--backend=wsl-2")));
        assertEquals(
                "\"--installation-dir=C:\\Program Files\\Docker\\\\\"",
                WindowsArgv.quote("--installation-dir=C:\\Program Files\\Docker\\"));
    }

    @Test
    void theDockerDesktopInstallerReadsExactlyTheArgumentsTheScriptMeans() throws Exception {
        for (String[] paths :
                new String[][] {
                    {"C:\\Program Files\\Docker\\", "D:\\Docker\\"},
                    {"D:\\my tools\\\\", "D:\\a b\\c"},
                    {"C:\\x --accept-license", "D:\\Docker"}
                }) {
            ScriptOptions o =
                    ScriptOptions.builder()
                            .set(ScriptOption.DATA_ROOT, paths[1])
                            .set(ScriptOption.INSTALL_DIR, paths[0])
                            .build();
            assertEquals(List.of(), o.problems(), String.join(" ", paths));
            Profile profile =
                    TestProfile.baseline()
                            .containers(ContainerType.LINUX, ContainerType.WINDOWS)
                            .profile();
            String script =
                    ScriptCorpus.GENERATOR
                            .install(
                                    profile,
                                    TestEngine.ADVISOR.evaluate(profile),
                                    Mode.DESKTOP_WSL2,
                                    o)
                            .text();
            Matcher line =
                    Pattern.compile("(?m)^\\s*\\$arguments = '((?:[^']|'')*)'$").matcher(script);
            assertTrue(line.find(), script);
            List<String> args = CommandLineToArgv.split(line.group(1).replace("''", "'"));
            assertEquals(
                    List.of(
                            "install",
                            "--quiet",
                            "--backend=wsl-2",
                            "--always-run-service",
                            "--installation-dir=" + paths[0],
                            "--wsl-default-data-root=" + paths[1],
                            "--windows-containers-default-data-root=" + paths[1]),
                    args);
        }
    }

    @Property(tries = 2000)
    void everyListOfArgumentsSurvivesTheRoundTrip(
            @ForAll @Size(max = 6)
                    List<
                                    @StringLength(max = 12)
                                    @Chars({'\\', '"', ' ', '\t', 'a', ':', '-'})
                                    @CharRange(from = 'x', to = 'z') String>
                            args) {
        assertEquals(args, CommandLineToArgv.split(WindowsArgv.join(args)));
    }
}
