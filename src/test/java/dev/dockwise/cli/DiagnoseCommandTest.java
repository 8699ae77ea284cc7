package dev.dockwise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiagnoseCommandTest {
    private static final String WSL = "WslRegisterDistribution failed with error: 0x8007019e";

    @Test
    void textNamesTheErrorItsCausesChecksAndFixes() {
        CliRun run = CliRun.of("diagnose", "--error", WSL);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("1. WSL: registering the distribution failed"), run.out());
        for (String section : List.of("Likely causes:", "Checks:", "Fixes:", "Source:")) {
            assertTrue(run.out().contains(section), section);
        }
    }

    @Test
    void jsonHasTheSpecLayout() throws Exception {
        CliRun run = CliRun.of("diagnose", "--error", WSL, "--format", "json");
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertEquals("dockwise.diagnosis/v1", root.get("schema").asText());
        JsonNode first = root.get("matches").get(0);
        assertEquals("wsl-register-distribution", first.get("id").asText());
        double confidence = first.get("confidence").asDouble();
        assertTrue(confidence > 0 && confidence <= 1);
        for (String list : List.of("causes", "checks", "fixes")) {
            assertTrue(first.get(list).isArray() && !first.get(list).isEmpty(), list);
        }
        List<String> fields = new ArrayList<>();
        first.fieldNames().forEachRemaining(fields::add);
        assertTrue(
                fields.containsAll(
                        List.of("id", "title", "confidence", "causes", "checks", "fixes")),
                fields.toString());
    }

    @Test
    void unknownErrorsAreSaidToBeUnknownWithChecksWorthRunning() throws Exception {
        CliRun text = CliRun.of("diagnose", "--error", "something odd happened");
        assertEquals(0, text.exitCode());
        assertTrue(text.out().startsWith("Not recognised"), text.out());
        assertTrue(text.out().contains("dockwise probe"));
        JsonNode json =
                new ObjectMapper()
                        .readTree(
                                CliRun.of(
                                                "diagnose",
                                                "--error",
                                                "something odd happened",
                                                "--format",
                                                "json")
                                        .out());
        assertEquals(0, json.get("matches").size());
    }

    @Test
    void aCodeWithoutAFamilyIsDecodedAndSimilarReportsAreLinkedNotNamedAsTheCause()
            throws Exception {
        String paste =
                "WslRegisterDistribution failed with error: 0x800706ba\n"
                        + "Error: 0x800706ba The RPC server is unavailable.";
        JsonNode json =
                new ObjectMapper()
                        .readTree(
                                CliRun.of("diagnose", "--error", paste, "--format", "json").out());
        assertEquals("RPC_S_SERVER_UNAVAILABLE", json.get("codes").get(0).get("name").asText());
        assertTrue(json.get("similar").isArray());
        String text = CliRun.of("diagnose", "--error", paste).out();
        assertTrue(text.contains("0x800706ba RPC_S_SERVER_UNAVAILABLE"), text);
    }

    /**
     * A message two errors print alike is said to be shared, in the text and in the JSON, with the
     * check that tells them apart.
     */
    @Test
    void aSharedMessageIsNamedWithTheCheckThatTellsTheCausesApart() throws Exception {
        String paste =
                "The process cannot access the file because it is being used by another process.\n"
                        + "Error code:"
                        + " Wsl/Service/CreateInstance/MountVhd/HCS/ERROR_SHARING_VIOLATION\n"
                        + "C:\\Users\\me\\AppData\\Local\\Docker\\wsl\\disk\\docker_data.vhdx";
        JsonNode first =
                new ObjectMapper()
                        .readTree(CliRun.of("diagnose", "--error", paste, "--format", "json").out())
                        .get("matches")
                        .get(0);
        assertEquals("docker-desktop-wsl-disk", first.get("id").asText());
        assertEquals("antivirus-layer-lock", first.get("sharedWith").get(0).get("id").asText());
        assertTrue(first.get("sharedWith").get(0).get("check").asText().contains("ext4.vhdx"));
        String text = CliRun.of("diagnose", "--error", paste).out();
        assertTrue(
                text.contains("The same message is also printed by:")
                        && text.contains("Tell them apart:"),
                text);
    }

    @Test
    void aLogWrittenByWindowsPowerShellInUtf16IsRead(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("install.log");
        byte[] bom = {(byte) 0xff, (byte) 0xfe};
        byte[] body =
                ("line 1\r\nVBoxManage.exe: error: VT-x is not available. (VERR_VMX_NO_VMX)\r\n")
                        .getBytes(StandardCharsets.UTF_16LE);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 2);
        System.arraycopy(body, 0, all, 2, body.length);
        Files.write(log, all);
        CliRun run = CliRun.of("diagnose", "--log", log.toString(), "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(
                "virtualbox-no-vmx",
                new ObjectMapper().readTree(run.out()).get("matches").get(0).get("id").asText());
    }

    @Test
    void aProfileMakesTheAdviceSpecificToTheHost(@TempDir Path dir) throws Exception {
        Path profile = dir.resolve("host.json");
        Files.writeString(
                profile,
                dev.dockwise.TestEngine.json(
                        dev.dockwise.Scenarios.profile("azure-server2019-no-nested")));
        CliRun run =
                CliRun.of(
                        "diagnose",
                        "--profile",
                        profile.toString(),
                        "--error",
                        "hcsshim::CreateComputeSystem 12ab: The virtual machine could not be"
                                + " started because a required feature is not installed.");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(
                run.out().contains("For this host: ") && run.out().contains("az vm resize"),
                run.out());
        assertTrue(run.out().contains("build 17763"), run.out());
    }

    @Test
    void badInputExitsWithTwoAndSaysWhy(@TempDir Path dir) throws Exception {
        Path binary =
                Files.write(
                        dir.resolve("core.bin"),
                        new byte[] {0, 1, 2, 3, 0, 0, 5, 6, 7, 0, 0, 0, 1, 2, 3, 4, 0, 0, 0, 9});
        Path badProfile =
                Files.writeString(
                        dir.resolve("bad.json"),
                        "{\"schema\":\"dockwise.profile/v1\",\"host\":{\"build\":-1}}");
        List<List<String>> cases =
                List.of(
                        List.of("diagnose"),
                        List.of("diagnose", "--error", "x", "--log", "y.log"),
                        List.of("diagnose", "--error", "   "),
                        List.of("diagnose", "--log", dir.resolve("missing.log").toString()),
                        List.of("diagnose", "--log", binary.toString()),
                        List.of("diagnose", "--error", WSL, "--profile", badProfile.toString()),
                        List.of("diagnose", "--error", WSL, "--format", "pdf"));
        for (List<String> args : cases) {
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertEquals(2, run.exitCode(), args + " -> " + run.err());
            assertTrue(!run.err().isBlank() && run.out().isEmpty(), args + " -> " + run.err());
        }
        assertTrue(
                CliRun.of("diagnose", "--error", WSL, "--profile", badProfile.toString())
                        .err()
                        .contains("host.build"));
    }
}
