package dev.dockwise.installer;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.dockwise.scripts.PsTool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The jpackage inputs under installer/ are only exercised by a real build on each OS; Windows and
 * macOS cannot build here, so these checks catch the mistakes that would only show on those
 * runners: a file an argument file names but that is missing, a hard-coded version, a changed
 * upgrade code, a workflow step PowerShell cannot parse.
 */
class InstallerInputsTest {
    private static final Path INSTALLER = Path.of("installer");
    private static final Pattern TOKEN = Pattern.compile("\"([^\"]*)\"|(\\S+)");

    /** jpackage argument file: options with their values, quotes removed. */
    private static Map<String, List<String>> options(Path argfile) throws IOException {
        Map<String, List<String>> options = new LinkedHashMap<>();
        String option = null;
        for (String line : Files.readAllLines(argfile, StandardCharsets.UTF_8)) {
            Matcher m = TOKEN.matcher(line);
            while (m.find()) {
                String token = m.group(1) != null ? m.group(1) : m.group(2);
                if (token.startsWith("--")) {
                    option = token;
                    options.computeIfAbsent(option, k -> new ArrayList<>());
                } else if (option != null) {
                    options.get(option).add(token);
                }
            }
        }
        return options;
    }

    private static List<String> values(Map<String, List<String>> options, String option) {
        return options.getOrDefault(option, List.of());
    }

    @ParameterizedTest
    @ValueSource(strings = {"linux", "windows", "macos"})
    void everyFileTheArgumentFilesNameExists(String os) throws IOException {
        List<Path> argfiles =
                List.of(
                        INSTALLER.resolve("app-image.txt"),
                        INSTALLER.resolve(os).resolve("app-image.txt"),
                        INSTALLER.resolve(os).resolve("package.txt"));
        for (Path argfile : argfiles) {
            Map<String, List<String>> options = options(argfile);
            List<String> files = new ArrayList<>();
            files.addAll(values(options, "--icon"));
            files.addAll(values(options, "--file-associations"));
            values(options, "--add-launcher")
                    .forEach(v -> files.add(v.substring(v.indexOf('=') + 1)));
            for (String file : files) {
                assertTrue(
                        Files.isRegularFile(Path.of(file)),
                        argfile + " names " + file + ", which does not exist");
            }
            values(options, "--resource-dir")
                    .forEach(
                            dir ->
                                    assertTrue(
                                            Files.isDirectory(Path.of(dir)),
                                            argfile + " names the missing folder " + dir));
            assertFalse(
                    options.containsKey("--app-version"),
                    argfile + ": the version comes from the pom");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"linux", "windows", "macos"})
    void thePackageIsBuiltFromTheAppImageOfTheSameName(String os) throws IOException {
        Map<String, List<String>> image = options(INSTALLER.resolve("app-image.txt"));
        Map<String, List<String>> pkg = options(INSTALLER.resolve(os).resolve("package.txt"));
        String name = values(image, "--name").get(0);
        assertEquals(List.of(name), values(pkg, "--name"));
        String expectedImage =
                values(image, "--dest").get(0) + "/" + name + (os.equals("macos") ? ".app" : "");
        assertEquals(List.of(expectedImage), values(pkg, "--app-image"));
    }

    @Test
    void theWindowsUpgradeCodeNeverChanges() throws IOException {
        // Windows Installer finds the installed version to replace by this code: changing it makes
        // every upgrade a second, side-by-side installation.
        List<String> uuid =
                values(options(INSTALLER.resolve("windows/package.txt")), "--win-upgrade-uuid");
        assertEquals(List.of("6c0f5f4e-8b8f-4e3a-9f5c-2d7e0b9a4c31"), uuid);
        assertEquals(uuid.get(0), UUID.fromString(uuid.get(0)).toString());
    }

    @Test
    void theCommandLineLauncherIsAConsoleProgramNamedApartFromTheWizard() throws IOException {
        String launcher = Files.readString(INSTALLER.resolve("cli-launcher.properties"));
        assertTrue(
                launcher.contains("win-console=true"),
                "without a console, dockwise-cli prints nothing in cmd.exe");
        // Windows and macOS file systems ignore case, so "dockwise" would overwrite "Dockwise"
        // there.
        for (String os : List.of("windows", "macos")) {
            assertEquals(
                    List.of("dockwise-cli=installer/cli-launcher.properties"),
                    values(
                            options(INSTALLER.resolve(os).resolve("app-image.txt")),
                            "--add-launcher"));
        }
    }

    @Test
    void theInstalledCommandLineRunsWithPlansBatchSettingsAndKeepsTheAppsOwn() throws IOException {
        for (Path file :
                List.of(
                        INSTALLER.resolve("cli-launcher.properties"),
                        INSTALLER.resolve("linux/cli-launcher.properties"))) {
            java.util.Properties launcher = new java.util.Properties();
            try (var in = Files.newBufferedReader(file)) {
                launcher.load(in);
            }
            List<String> options = List.of(launcher.getProperty("java-options", "").split("\\s+"));
            assertTrue(
                    options.containsAll(dev.dockwise.launch.BatchJvm.OPTIONS),
                    file + ": " + options);
            // a launcher's java-options replace the app's: the app's own must be repeated
            assertTrue(
                    options.containsAll(
                            values(options(INSTALLER.resolve("app-image.txt")), "--java-options")),
                    file + ": " + options);
            assertEquals("dev.dockwise.Main", launcher.getProperty("main-class"));
        }
        java.util.Properties linux = new java.util.Properties();
        try (var in = Files.newBufferedReader(INSTALLER.resolve("linux/cli-launcher.properties"))) {
            linux.load(in);
        }
        assertTrue(
                linux.getProperty("java-options")
                        .contains("-XX:SharedArchiveFile=$APPDIR/dockwise.jsa"),
                "the Linux command line keeps the archive");
        assertEquals(
                List.of("dockwise=installer/linux/cli-launcher.properties"),
                values(options(INSTALLER.resolve("linux/app-image.txt")), "--add-launcher"));
    }

    @Test
    void theInstalledAppStartsWithTheWizardsCompilerSetting() throws IOException {
        assertTrue(
                values(options(INSTALLER.resolve("app-image.txt")), "--java-options")
                        .containsAll(dev.dockwise.launch.WizardJvm.OPTIONS),
                "as java -jar's wizard child (WizardJvm)");
    }

    @Test
    void theLinuxStartupArchiveHasItsClassList() throws IOException {
        Path list = INSTALLER.resolve("linux/app-files/dockwise.classlist");
        List<String> classes =
                Files.readAllLines(list).stream()
                        .filter(l -> !l.startsWith("#") && !l.startsWith("@"))
                        .toList();
        assertTrue(
                classes.contains("dev/dockwise/Main"),
                "regenerate it: installer/linux/make-classlist.sh");
        assertTrue(
                classes.stream().anyMatch(c -> c.startsWith("javafx/scene/control/")),
                "the list must cover the wizard");
        assertTrue(
                values(options(INSTALLER.resolve("linux/app-image.txt")), "--java-options")
                        .contains("-XX:SharedArchiveFile=$APPDIR/dockwise.jsa"));
        String postinst = Files.readString(INSTALLER.resolve("linux/resources/postinst"));
        String prerm = Files.readString(INSTALLER.resolve("linux/resources/prerm"));
        assertAll(
                () ->
                        assertTrue(
                                postinst.contains("cds-archive.sh /opt/dockwise"),
                                "postinst must make the archive"),
                () ->
                        assertTrue(
                                prerm.contains("rm -f /opt/dockwise/lib/app/dockwise.jsa"),
                                "prerm must remove it"));
    }

    @Test
    void theWorkflowBuildsBothInstallersAndItsPowerShellParses() throws Exception {
        JsonNode workflow =
                new ObjectMapper(new YAMLFactory())
                        .readTree(INSTALLER.resolve("ci/github-installers.yml").toFile());
        assertTrue(workflow.path("jobs").has("windows") && workflow.path("jobs").has("macos"));
        assertTrue(
                workflow.path("jobs")
                        .path("windows")
                        .path("runs-on")
                        .asText()
                        .startsWith("windows"));
        assertTrue(
                workflow.path("jobs").path("macos").path("runs-on").asText().startsWith("macos"));

        Path dir = Files.createTempDirectory("workflow-ps");
        List<Path> scripts = new ArrayList<>();
        for (JsonNode step : workflow.path("jobs").path("windows").path("steps")) {
            if (step.path("shell").asText().equals("pwsh")) {
                Path script = dir.resolve("step" + scripts.size() + ".ps1");
                Files.writeString(script, step.path("run").asText());
                scripts.add(script);
            }
        }
        assertTrue(scripts.size() >= 3, "the Windows job runs its steps in PowerShell");
        PsTool.Run run = PsTool.node("check.mjs", scripts);
        assertEquals(0, run.exitCode(), run.out());
    }
}
