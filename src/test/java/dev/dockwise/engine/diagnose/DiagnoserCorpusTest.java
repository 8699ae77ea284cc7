package dev.dockwise.engine.diagnose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.TestEngine;
import dev.dockwise.engine.facts.ErrorCatalogue.ErrorCode;
import dev.dockwise.engine.facts.ErrorCatalogue.LabelledCase;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What the labelled corpus adds: families from the issue, new wordings, codes decoded, similar
 * reports, an honest split.
 */
class DiagnoserCorpusTest {
    private static final Diagnoser DIAGNOSER = new Diagnoser(TestEngine.ADVISOR);

    private static String first(String text) {
        Diagnosis d = DIAGNOSER.diagnose(text, Optional.empty());
        return d.recognised() ? d.matches().get(0).id() : "not recognised";
    }

    @Test
    void familiesTheIssueListedAreNamed() {
        assertEquals(
                "wsl-service-disabled",
                first(
                        "The service cannot be started, either because it is disabled or because it"
                                + " has no enabled devices associated with it.\n"
                                + "Error code: Wsl/0x80070422"));
        assertEquals(
                "wsl-download-unreachable",
                first(
                        "A connection with the server could not be established\n"
                                + "Error code: Wsl/InstallDistro/WININET_E_CANNOT_CONNECT"));
        assertEquals(
                "wsl-package-broken",
                first(
                        "WSL is finishing an upgrade...\n"
                                + "Update failed (exit code: 1603).\n"
                                + "Error code: Wsl/CallMsi/E_ABORT"));
        assertEquals(
                "wsl-mirrored-unsupported",
                first(
                        "wsl: Mirrored networking mode is not supported, falling back to NAT"
                                + " networking"));
        assertEquals(
                "desktop-settings-corrupt",
                first(
                        "initializing backend: validating registry.json file: the file"
                                + " registry.json is present but its content is invalid: invalid"
                                + " character 'ï' looking for beginning of value"));
        assertEquals(
                "volume-shell-quoting",
                first(
                        "docker: Error parsing reference: \":/app\" is not a valid repository/tag:"
                                + " invalid reference format."));
        assertEquals(
                "vm-disk-full",
                first(
                        "Error response from daemon: Error processing tar file(exit status 1):"
                                + " write /var/lib/apt/lists/x: no space left on device"));
    }

    /**
     * Accents broken on the way to the paste box (a replacement character, a question mark, UTF-8
     * or Windows-1252 bytes shown in the console's code page 850) leave the terms a paste is
     * compared by as they are in the clean text: a letter outside ASCII ends a term however it was
     * mangled.
     */
    @Test
    void brokenAccentsReadAsTheCleanText() {
        String clean =
                "Habilite o recurso Plataforma de Máquina Virtual do Windows e verifique se a"
                        + " virtualização está habilitada no BIOS.";
        Map<String, Integer> terms = CaseTokens.of(ErrorText.normalise(clean));
        for (String broken :
                List.of(
                        clean.replaceAll("[áçãé]", "\ufffd"),
                        clean.replaceAll("[áçãé]", "?"),
                        new String(
                                clean.getBytes(StandardCharsets.UTF_8),
                                Charset.forName("windows-1252")),
                        new String(
                                clean.getBytes(StandardCharsets.UTF_8), Charset.forName("IBM850")),
                        new String(
                                clean.getBytes(Charset.forName("windows-1252")),
                                Charset.forName("IBM850")))) {
            assertEquals(terms, CaseTokens.of(ErrorText.normalise(broken)), broken);
        }
    }

    /**
     * Portuguese WSL output with its accents broken is recognised from the corpus' Portuguese
     * pastes.
     */
    @Test
    void portugueseWslTextWithBrokenAccentsIsRecognised() {
        assertEquals(
                "wsl-logon-right",
                first(
                        "importing WSL distro \"Falha de logon: n\ufffdo foi concedido ao"
                                + " usu\ufffdrio o tipo de logon solicitado neste computador.\""
                                + " output=\"docker-desktop\": exit code: 4294967295"));
        assertEquals(
                "wsl-required-feature-missing",
                first(
                        "Habilite o recurso Plataforma de M?quina Virtual do Windows e verifique se"
                                + " a virtualiza??o est? habilitada no BIOS.\n"
                                + "Press any key to continue..."));
    }

    /**
     * A wrapper names one error while a more specific line inside it names another: the specific
     * line decides.
     */
    @Test
    void theSpecificLineInsideAWrapperDecides() {
        assertEquals(
                "wsl-service-disabled",
                first(
                        "System.InvalidOperationException:\n"
                            + "Failed to deploy distro docker-desktop to"
                            + " C:\\Users\\me\\AppData\\Local\\Docker\\wsl\\distro: exit code: -1\n"
                            + " stdout: The service cannot be started, either because it is"
                            + " disabled or because it has no enabled devices associated with"
                            + " it."));
    }

    /**
     * The fix names the user's own port and how to stop IIS, which holds port 80 and others as PID
     * 4.
     */
    @Test
    void aPortFixNamesThePortOfThePasteAndHowToStopIis() {
        DiagnosisMatch m =
                DIAGNOSER
                        .diagnose(
                                "Error response from daemon: Ports are not available: exposing port"
                                        + " TCP 0.0.0.0:8080 -> 0.0.0.0:0: listen tcp 0.0.0.0:8080:"
                                        + " bind: An attempt was made to access a socket in a way"
                                        + " forbidden by its access permissions.",
                                Optional.empty())
                        .matches()
                        .get(0);
        assertTrue(
                m.checks().stream().anyMatch(c -> c.contains("findstr :8080")),
                m.checks().toString());
        assertTrue(
                m.fixes().stream()
                        .anyMatch(
                                f ->
                                        f.contains("iisreset /stop")
                                                && f.contains("Stop-Service W3SVC")),
                m.fixes().toString());
        assertTrue(
                m.fixes().stream().noneMatch(f -> f.contains("<port>") && f.contains("findstr")),
                m.fixes().toString());
    }

    @Test
    void kubernetesOnLinuxPullingFromASelfSignedRegistryIsNotAWindowsProblem() {
        assertEquals(
                "not recognised",
                first(
                        "Warning  Failed  kubelet  Failed to pull image \"10.78.0.228:5000/app\":"
                            + " rpc error: code = Unknown desc = Error response from daemon: Get"
                            + " https://10.78.0.228:5000/v2/: x509: certificate signed by unknown"
                            + " authority\n"
                            + "Normal  BackOff  kubelet  Back-off pulling image;"
                            + " ImagePullBackOff"));
    }

    @Test
    void codesAreDecodedAndSimilarReportsListedEvenWhenNothingIsRecognised() {
        Diagnosis d =
                DIAGNOSER.diagnose(
                        "Installing, this may take a few minutes...\n"
                                + "WslRegisterDistribution failed with error: 0x800706ba\n"
                                + "Error: 0x800706ba The RPC server is unavailable.",
                        Optional.empty());
        assertTrue(
                d.codes().stream()
                        .map(ErrorCode::name)
                        .toList()
                        .contains("RPC_S_SERVER_UNAVAILABLE"),
                d.codes().toString());
        Diagnosis service = DIAGNOSER.diagnose("Error code: Wsl/0x80070422", Optional.empty());
        assertTrue(
                service.codes().stream().anyMatch(c -> c.meaning().contains("disabled")),
                service.codes().toString());
        assertTrue(
                service.similar().stream()
                        .allMatch(s -> s.thread().startsWith("https://github.com/")),
                service.similar().toString());
        assertFalse(service.similar().isEmpty());
    }

    /**
     * The corpus split is by thread and by hash, as recorded; a case can only be moved by changing
     * its thread.
     */
    @Test
    void theHeldOutSplitIsTheRecordedHashOfItsThreadsAndSharesNoThreadWithTheIndex()
            throws Exception {
        List<LabelledCase> heldOut = CorpusEvaluation.heldOut();
        List<LabelledCase> indexed = TestEngine.ADVISOR.knowledge().errors().corpus().cases();
        Set<String> test = new TreeSet<>();
        heldOut.forEach(c -> test.add(c.thread()));
        Set<String> keysOfIndexed = new HashSet<>();
        indexed.forEach(c -> keysOfIndexed.addAll(keys(c.source())));
        for (LabelledCase c : heldOut) {
            assertTrue(bucket(c.thread()) >= 65, c.thread() + " is not in the test buckets");
            assertFalse(
                    keysOfIndexed.containsAll(keys(c.thread())),
                    c.thread() + " is also in the index");
        }
        for (LabelledCase c : indexed) {
            if (c.thread().startsWith("https://")) {
                assertTrue(bucket(c.thread()) < 65 || !c.split().equals("tune"), c.thread());
            }
        }
        String hash =
                HexFormat.of()
                        .formatHex(
                                MessageDigest.getInstance("SHA-256")
                                        .digest(
                                                String.join("\n", test)
                                                        .getBytes(StandardCharsets.UTF_8)));
        assertEquals(CorpusEvaluation.heldOutSplit().get("testThreadsSha256").asText(), hash);
        assertEquals(
                TestEngine.ADVISOR.knowledge().errors().corpus().split().testThreadsSha256(), hash);
    }

    /**
     * The size the issue asks for: 600 real pastes, 150 unrelated errors, 120 held-out pastes with
     * a cause.
     */
    @Test
    void theCorpusHasTheRealPastesTheIssueAsksFor() {
        List<LabelledCase> real =
                new java.util.ArrayList<>(
                        TestEngine.ADVISOR.knowledge().errors().corpus().cases().stream()
                                .filter(c -> !c.basis().equals("catalogue"))
                                .toList());
        real.addAll(CorpusEvaluation.heldOut());
        assertTrue(real.size() >= 600, real.size() + " real pastes");
        assertEquals(
                real.size(),
                real.stream().map(LabelledCase::thread).distinct().count(),
                "one paste per thread");
        assertTrue(
                real.stream().filter(c -> c.family().equals(LabelledCase.NONE)).count() >= 150,
                "unrelated errors");
        assertTrue(
                CorpusEvaluation.heldOut().stream()
                                .filter(c -> !c.family().equals(LabelledCase.NONE))
                                .count()
                        >= 120,
                "held-out positives");
    }

    /** A label the catalogue does not know would be a family no paste can ever be answered with. */
    @Test
    void everyLabelIsACatalogueFamilyOrNone() {
        Set<String> ids = new HashSet<>();
        TestEngine.ADVISOR.knowledge().errors().signatures().forEach(s -> ids.add(s.id()));
        ids.add(LabelledCase.NONE);
        List<LabelledCase> all =
                new java.util.ArrayList<>(TestEngine.ADVISOR.knowledge().errors().corpus().cases());
        all.addAll(CorpusEvaluation.heldOut());
        for (LabelledCase c : all) {
            assertTrue(ids.contains(c.family()), c.thread() + " is labelled " + c.family());
            assertTrue(
                    Set.of("answer", "reporter", "message", "catalogue").contains(c.basis()),
                    c.thread() + " basis " + c.basis());
        }
    }

    private static final Pattern THREAD =
            Pattern.compile("([\\w.-]+/[\\w.-]+)(?:/issues/|/pull/|#)(\\d+)");

    private static Set<String> keys(String source) {
        Set<String> out = new HashSet<>();
        Matcher m = THREAD.matcher(source.replace("https://github.com/", ""));
        while (m.find()) {
            out.add(m.group(1) + "#" + m.group(2));
        }
        return out;
    }

    static int bucket(String thread) throws Exception {
        byte[] h =
                MessageDigest.getInstance("SHA-256")
                        .digest(thread.getBytes(StandardCharsets.UTF_8));
        long v =
                ((h[0] & 0xffL) << 24)
                        | ((h[1] & 0xffL) << 16)
                        | ((h[2] & 0xffL) << 8)
                        | (h[3] & 0xffL);
        return (int) (v % 100);
    }
}
