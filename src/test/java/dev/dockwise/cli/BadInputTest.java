package dev.dockwise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.TestEngine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad input never crashes: exit code 2, one clear message on stderr naming the field, nothing on
 * stdout.
 */
class BadInputTest {
    @TempDir Path dir;

    private CliRun recommend(byte[] content) throws Exception {
        Path file = dir.resolve("profile.json");
        Files.write(file, content);
        return CliRun.of("recommend", "--profile", file.toString());
    }

    private CliRun recommend(String content) throws Exception {
        return recommend(content.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertBadInput(CliRun run, String... fragments) {
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("dockwise: "), run.err());
        assertFalse(
                run.err().contains("Exception") || run.err().contains("\tat "),
                "stack trace leaked: " + run.err());
        for (String fragment : fragments) {
            assertTrue(
                    run.err().contains(fragment),
                    () -> "expected '" + fragment + "' in: " + run.err());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "wrong type for build        | \"build\":22631                 |"
                        + " \"build\":\"22631\"              | host.build: expected a whole number",
                "negative memory             | \"memoryGb\":16                 | \"memoryGb\":-4   "
                        + "               | host.memoryGb: expected the memory in GB",
                "build 0                     | \"build\":22631                 | \"build\":0       "
                        + "               | host.build: expected a whole number from 1",
                "unknown enum value          | \"edition\":\"pro\"             |"
                    + " \"edition\":\"ultimate\"         | host.edition: expected one of \"home\"",
                "unknown field               | \"admin\":true                  |"
                        + " \"admin\":true,\"colour\":\"red\" | host.colour: unknown field",
                "empty container list        | \"containers\":[\"linux\"]      | \"containers\":[] "
                        + "               | needs.containers: must name at least one",
                "unknown container type      | \"containers\":[\"linux\"]      |"
                    + " \"containers\":[\"mac\"]         | needs.containers[0]: expected one of",
                "boolean as string           | \"slat\":true                   | \"slat\":\"yes\"  "
                        + "                | host.cpu.slat: expected true, false or null",
                "wsl version 3               | \"wsl\":0                       | \"wsl\":3         "
                        + "               | host.features.wsl: expected a whole number from 0 to 2",
                "newer schema                | dockwise.profile/v1             |"
                        + " dockwise.profile/v2              | schema: this profile is"
                        + " dockwise.profile/v2, newer than",
                "other schema                | dockwise.profile/v1             | something/v1      "
                        + "               | schema: expected \"dockwise.profile/v1\"",
                "hypervisor on hardware      | \"hypervisor\":null             |"
                        + " \"hypervisor\":\"vmware\"        | host.hypervisor: only applies to a"
                        + " virtual machine",
                "server option on a client   | \"serverInstallation\":null     |"
                    + " \"serverInstallation\":\"nano\"  | host.serverInstallation: only Windows"
                    + " Server editions",
                "LTSC on Pro                 | \"edition\":\"pro\"             |"
                        + " \"edition\":\"pro\",\"ltsc\":true | host.ltsc: LTSC exists for Windows"
                        + " Enterprise and IoT Enterprise only",
                "LTSC as a string            | \"edition\":\"pro\"             |"
                        + " \"edition\":\"enterprise\",\"ltsc\":\"yes\" | host.ltsc: expected true,"
                        + " false or null",
                "S mode on a Server          | \"edition\":\"pro\"             |"
                    + " \"edition\":\"server-standard\",\"sMode\":true | host.sMode: S mode exists"
                    + " on Windows 10 and 11 client editions only",
                "EditionID as a number       | \"edition\":\"pro\"             |"
                    + " \"edition\":\"other\",\"editionId\":7 | host.editionId: expected a string"
                    + " or null",
                "newline in a name           | \"name\":\"test-host\"          | \"name\":\"a\\n"
                        + "b\"               | name: must be a single line",
                "host is not an object       | \"host\":{                      | \"host\":7,\"x\":{"
                        + "               | host: expected an object",
            })
    void fieldProblemsNameTheField(String title, String from, String to, String message)
            throws Exception {
        String profile = TestEngine.baseline().replace(from.trim(), to.trim());
        assertFalse(
                profile.equals(TestEngine.baseline()), "replacement did not apply for " + title);
        assertBadInput(recommend(profile), message.trim());
    }

    @Test
    void textThatIsNotUtf8NamesTheFieldAndSaysUtf8() throws Exception {
        // Notepad's "ANSI" (Windows-1252) and Windows PowerShell 5.1's Set-Content write é as the
        // single byte 0xE9
        byte[] latin1 =
                TestEngine.baseline()
                        .replace("\"edition\":\"pro\"", "\"edition\":\"pr\u00e9\"")
                        .getBytes(StandardCharsets.ISO_8859_1);
        assertBadInput(
                recommend(latin1),
                "host.edition: not UTF-8 text (line",
                "save the profile as UTF-8");
        byte[] stray =
                TestEngine.baseline()
                        .replace("\"test-host\"", "\"test\u00ff\"")
                        .getBytes(StandardCharsets.ISO_8859_1);
        assertBadInput(recommend(stray), "name: not UTF-8 text", "the byte 0xFF");
    }

    @Test
    void truncatedJson() throws Exception {
        String full = TestEngine.baseline();
        assertBadInput(
                recommend(full.substring(0, full.length() / 2)), "not valid JSON", "ends early");
    }

    @Test
    void emptyFile() throws Exception {
        assertBadInput(recommend(""), "the profile is empty");
        assertBadInput(recommend("  \n"), "the profile is empty");
    }

    @Test
    void binaryGarbage() throws Exception {
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        garbage[0] = (byte) 0x89;
        assertBadInput(recommend(garbage), "not valid JSON");
    }

    @Test
    void aJsonArrayIsNotAProfile() throws Exception {
        assertBadInput(recommend("[1,2]"), "a profile is a JSON object");
    }

    @Test
    void deeplyNestedArraysDoNotOverflowTheStack() throws Exception {
        String bomb = "[".repeat(100_000) + "]".repeat(100_000);
        assertBadInput(recommend(bomb), "nested deeper than");
        String inField =
                TestEngine.baseline()
                        .replace(
                                "\"ubr\":null",
                                "\"ubr\":" + "[".repeat(50_000) + "]".repeat(50_000));
        assertBadInput(recommend(inField), "nested deeper than");
    }

    @Test
    void duplicateFields() throws Exception {
        assertBadInput(
                recommend(
                        TestEngine.baseline()
                                .replace("\"admin\":true", "\"admin\":true,\"admin\":false")),
                "appears twice",
                "admin");
    }

    @Test
    void missingFile() {
        assertBadInput(
                CliRun.of("recommend", "--profile", dir.resolve("nope.json").toString()),
                "file not found",
                "nope.json");
    }

    @Test
    void aFolderInsteadOfAFile() {
        assertBadInput(CliRun.of("recommend", "--profile", dir.toString()), "is a folder");
    }

    @Test
    void everyProblemIsListed() throws Exception {
        String profile =
                TestEngine.baseline()
                        .replace("\"build\":22631", "\"build\":-1")
                        .replace("\"arch\":\"x64\"", "\"arch\":\"mips\"");
        assertBadInput(recommend(profile), "host.build", "host.arch");
    }

    @Test
    void profileWithUtf8BomIsAccepted() throws Exception {
        byte[] body = TestEngine.baseline().getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertEquals(0, recommend(withBom).exitCode());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "unknown command      | frobnicate                                   | Unmatched"
                        + " argument",
                "unknown format       | compare,--format,xml                         | --format",
                "missing profile flag | recommend                                    | --profile",
                "kind without build   | matrix,--host-kind,client                    | --host-kind"
                        + " needs --host-build",
                "client build as server | matrix,--host-build,22631                  | add"
                        + " --host-kind client",
                "build too old        | matrix,--host-build,100                      | older than"
                        + " every",
                "build not a number   | matrix,--host-build,abc                      |"
                        + " --host-build",
            })
    void commandLineMistakes(String title, String args, String message) {
        assertBadInput(CliRun.of(args.trim().split(",")), message.trim());
    }
}
