package dev.dockwise.engine.diagnose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dockwise.Scenarios;
import dev.dockwise.TestEngine;
import dev.dockwise.TestProfile;
import dev.dockwise.engine.facts.ErrorCatalogue.Signature;
import dev.dockwise.engine.model.HypervisorKind;
import dev.dockwise.engine.model.MachineKind;
import dev.dockwise.engine.model.Profile;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every catalogued error is recognised from real-world variants of its text, and nothing else is.
 */
class DiagnoserTest {
    private static final Diagnoser DIAGNOSER = new Diagnoser(TestEngine.ADVISOR);
    private static final JsonNode VARIANTS = variants();

    private static JsonNode variants() {
        try (InputStream in =
                DiagnoserTest.class.getResourceAsStream("/diagnose/error-variants.json")) {
            return new ObjectMapper().readTree(in);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Arguments> variantsOfEverySignature() {
        List<Arguments> cases = new ArrayList<>();
        VARIANTS.get("variants")
                .properties()
                .forEach(
                        e -> {
                            for (JsonNode variant : e.getValue()) {
                                cases.add(
                                        Arguments.of(
                                                e.getKey(),
                                                variant.get("source").asText(),
                                                variant.get("text").asText()));
                            }
                        });
        return cases.stream();
    }

    /**
     * Catalogued from the fact sheet's table before the study of pasted errors; they keep at least
     * two variants.
     */
    private static final Set<String> FIRST_CATALOGUE =
            Set.of(
                    "virtualization-disabled",
                    "wsl-hyperv-not-installed",
                    "wsl-kernel-missing",
                    "wsl-kernel-too-old",
                    "virtualbox-no-vmx",
                    "wsl-required-feature-missing",
                    "hcs-hyperv-not-installed",
                    "image-os-not-supported",
                    "no-matching-manifest",
                    "container-os-mismatch",
                    "docker-database",
                    "windows-too-old",
                    "docker-users-access-denied",
                    "hyperv-component-not-running",
                    "media-write-protected",
                    "windows-containers-disabled",
                    "engine-pipe-access-denied",
                    "wsl-register-distribution",
                    "machine-no-vswitch",
                    "podman-hyperv-admin");

    /**
     * Families the issue asked for whose public pastes outside the held-out split are still fewer
     * than three.
     */
    private static final Set<String> FEW_PUBLIC_PASTES =
            Set.of(
                    "build-context-unreadable",
                    "bridge-subnet-overlap",
                    "desktop-signin-proxy",
                    "wsl-network-degraded");

    @Test
    void everySignatureHasRealWorldVariantsEachWithItsSource() {
        for (Signature s : TestEngine.ADVISOR.knowledge().errors().signatures()) {
            JsonNode texts = VARIANTS.get("variants").get(s.id());
            int needed =
                    FEW_PUBLIC_PASTES.contains(s.id())
                            ? 1
                            : FIRST_CATALOGUE.contains(s.id()) ? 2 : 3;
            assertTrue(
                    texts != null && texts.size() >= needed,
                    s.id() + " needs at least " + needed + " variants in error-variants.json");
            texts.forEach(
                    t ->
                            assertFalse(
                                    t.path("source").asText().isBlank(),
                                    s.id() + ": a variant without its source"));
        }
        VARIANTS.get("variants")
                .fieldNames()
                .forEachRemaining(
                        id ->
                                assertTrue(
                                        TestEngine.ADVISOR
                                                .knowledge()
                                                .errors()
                                                .signatures()
                                                .stream()
                                                .anyMatch(s -> s.id().equals(id)),
                                        "no signature " + id));
    }

    @Test
    void everyHostConditionInTheCatalogueIsOneTheDiagnoserKnows() {
        for (Signature s : TestEngine.ADVISOR.knowledge().errors().signatures()) {
            s.causes().forEach(c -> c.on().forEach(HostCondition::parse));
            s.likelyOn().forEach(HostCondition::parse);
            s.unlikelyOn().forEach(HostCondition::parse);
        }
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("variantsOfEverySignature")
    void eachVariantIsRecognisedAsItsErrorFirst(String id, String source, String text) {
        Diagnosis d = DIAGNOSER.diagnose(text, Optional.empty());
        assertTrue(d.recognised(), "not recognised: " + text);
        DiagnosisMatch best = d.matches().get(0);
        assertEquals(
                id,
                best.id(),
                "best match for: "
                        + text
                        + "\nall: "
                        + d.matches().stream().map(m -> m.id() + " " + m.confidence()).toList());
        assertTrue(best.confidence() >= 0.5, id + " recognised only at " + best.confidence());
        assertFalse(best.causes().isEmpty() || best.checks().isEmpty() || best.fixes().isEmpty());
        assertFalse(best.evidence().isBlank());
    }

    @Test
    void unrelatedTextIsNotRecognisedAndGetsTheGeneralChecks() {
        for (JsonNode text : VARIANTS.get("unrelated")) {
            Diagnosis d = DIAGNOSER.diagnose(text.asText(), Optional.empty());
            assertEquals(
                    List.of(),
                    d.matches().stream().map(DiagnosisMatch::id).toList(),
                    "matched: " + text.asText());
            assertFalse(d.generalChecks().isEmpty());
        }
    }

    @Test
    void theSameCodeFromWslAndFromHcsshimRanksEachFirstInItsOwnContext() {
        String wsl = "Error code: Wsl/Service/CreateInstance/CreateVm/HCS/0x80370102";
        String hcs =
                "hcsshim::CreateComputeSystem abc: The virtual machine could not be started because"
                        + " a required feature is not installed.";
        assertEquals(
                "wsl-required-feature-missing",
                DIAGNOSER.diagnose(wsl, Optional.empty()).matches().get(0).id());
        assertEquals(
                "hcs-hyperv-not-installed",
                DIAGNOSER.diagnose(hcs, Optional.empty()).matches().get(0).id());
    }

    @Test
    void aLogWithSeveralKnownErrorsYieldsEachOfThem() {
        String log =
                String.join(
                        "\n",
                        "[10:01:02] starting",
                        variant("docker-users-access-denied", 0),
                        "[10:01:09] retry",
                        variant("wsl-kernel-too-old", 0),
                        "[10:02:00] done");
        List<String> ids =
                DIAGNOSER.diagnose(log, Optional.empty()).matches().stream()
                        .map(DiagnosisMatch::id)
                        .toList();
        assertTrue(
                ids.containsAll(List.of("docker-users-access-denied", "wsl-kernel-too-old")),
                ids.toString());
    }

    @Test
    void withAProfileTheFixNamesThisHostsParentCommandAndBuild() {
        Profile azure = Scenarios.profile("azure-server2019-no-nested");
        DiagnosisMatch m =
                DIAGNOSER
                        .diagnose(
                                "Error response from daemon: hcsshim::CreateComputeSystem 1f2e: The"
                                        + " virtual machine could not be started because a required"
                                        + " feature is not installed.",
                                Optional.of(azure))
                        .matches()
                        .get(0);
        assertTrue(m.checks().get(0).contains("build 17763"), m.checks().toString());
        assertTrue(m.fixes().get(0).startsWith("For this host: "), m.fixes().toString());
        // WSL 2 does not exist on Server 2019: the host's profile rules that route out
        DiagnosisMatch wsl =
                DIAGNOSER
                        .diagnose("HCS_E_HYPERV_NOT_INSTALLED", Optional.of(azure))
                        .matches()
                        .get(0);
        // the error's own causes come first; what this host rules out follows them (issue 26)
        assertFalse(wsl.causes().get(0).startsWith("For this host: "), wsl.causes().toString());
        assertTrue(
                wsl.causes().stream()
                        .anyMatch(
                                c ->
                                        c.startsWith("For this host: ")
                                                && c.contains("cannot work here")),
                wsl.causes().toString());
        int firstHost =
                wsl.causes()
                        .indexOf(
                                wsl.causes().stream()
                                        .filter(c -> c.startsWith("For this host: "))
                                        .findFirst()
                                        .orElseThrow());
        assertTrue(
                wsl.causes().subList(firstHost, wsl.causes().size()).stream()
                        .allMatch(c -> c.startsWith("For this host: ")),
                wsl.causes().toString());
        assertTrue(
                m.fixes().stream().anyMatch(f -> f.contains("az vm resize")), m.fixes().toString());

        Profile nestedOff =
                TestProfile.baseline()
                        .machine(MachineKind.VIRTUAL)
                        .hypervisor(HypervisorKind.HYPERV)
                        .nestedVirtualization(false)
                        .profile();
        DiagnosisMatch guest =
                DIAGNOSER
                        .diagnose("HCS_E_HYPERV_NOT_INSTALLED", Optional.of(nestedOff))
                        .matches()
                        .get(0);
        assertTrue(
                guest.fixes().stream()
                        .anyMatch(
                                f ->
                                        f.startsWith("For this host: ")
                                                && f.contains(
                                                        "Set-VMProcessor -VMName <VMName>"
                                                                + " -ExposeVirtualizationExtensions"
                                                                + " $true")),
                guest.fixes().toString());
    }

    @Test
    void windowsContainerErrorsNameTheImageTagOfTheHostsBuild() {
        Profile server = Scenarios.profile("server2022-windows-prod");
        DiagnosisMatch m =
                DIAGNOSER
                        .diagnose(
                                "The container operating system does not match the host operating"
                                        + " system. (0xc0370101)",
                                Optional.of(server))
                        .matches()
                        .get(0);
        assertTrue(
                m.checks().stream().anyMatch(c -> c.contains("20348") && c.contains("ltsc2022")),
                m.checks().toString());
    }

    /**
     * Texts that share words with a catalogued error but come from another cause; each pair must
     * come apart.
     */
    static Stream<Arguments> lookAlikes() {
        return Stream.of(
                // an image layer held while it is extracted (antivirus) vs a layer held when a
                // container restarts
                Arguments.of(
                        "hcsshim::ImportLayer failed in Win32: The process cannot access the file"
                                + " because it is being used by another process. (0x20)",
                        "antivirus-layer-lock"),
                Arguments.of(
                        "Error response from daemon: hcsshim::ActivateLayer - failed failed in"
                            + " Win32: The process cannot access the file because it is being used"
                            + " by another process. (0x20)",
                        null), // docker/for-win#7591
                // a proxy's certificate on the way to the registry vs docker-machine's own
                // certificates
                Arguments.of(
                        "Error response from daemon: Get https://registry-1.docker.io/v2/: x509:"
                                + " certificate signed by unknown authority",
                        "registry-tls-inspection"),
                Arguments.of(
                        "Error checking TLS connection: Error checking and/or regenerating the"
                                + " certs: There was an error validating certificates for host"
                                + " \"192.168.99.100:2376\": x509: certificate signed by unknown"
                                + " authority",
                        "machine-certs"),
                // docker-machine's certificates vs a VM that does not answer at all
                // (docker/toolbox#346, docker/machine#2175)
                Arguments.of(
                        "Error checking TLS connection: Error checking and/or regenerating the"
                            + " certs: There was an error validating certificates for host"
                            + " \"192.168.99.100:2376\": dial tcp 192.168.99.100:2376: i/o timeout",
                        null),
                // a clock that fell behind vs docker-machine's expired certificate
                // (docker/machine#1954)
                Arguments.of(
                        "Unable to connect to the server: x509: certificate has expired or is not"
                                + " yet valid",
                        "vm-clock-drift"),
                Arguments.of(
                        "Unable to query docker version: Get"
                            + " https://192.168.99.100:2376/v1.15/version: x509: certificate has"
                            + " expired or is not yet valid",
                        "machine-certs"),
                // Git Bash rewriting a Linux path vs a CI agent passing its Windows workspace: one
                // cause family, named by each
                Arguments.of(
                        "docker: Error response from daemon: the working directory 'C:/Program"
                                + " Files/Git/usr' is invalid, it needs to be an absolute path.",
                        "windows-path-in-linux-container"),
                Arguments.of(
                        "the working directory 'c:/github/workspace' is invalid, it needs to be an"
                                + " absolute path",
                        "windows-path-in-linux-container"),
                // a path too long vs a path that is not there (docker/docker-py#1356 is the second,
                // not a length error)
                Arguments.of(
                        "hcsshim::ImportLayer failed in Win32: The filename or extension is too"
                                + " long. (0xce)",
                        "windows-path-too-long"),
                Arguments.of(
                        "WindowsError: [Error 3] The system cannot find the path specified:"
                                + " 'C:\\\\Users\\\\johnd\\\\dev\\\\app'",
                        null),
                // the WSL service needing a restart vs WSL not installed
                Arguments.of(
                        "Error code: Wsl/Service/CreateInstance/0x80040326", "wsl-service-stale"),
                // WSL's localhost-proxy warning printed before the error that stopped it: the error
                // comes first
                Arguments.of(
                        "wsl: A localhost proxy configuration was detected but not mirrored into"
                                + " WSL. WSL in NAT mode does not support localhost proxies.\n"
                                + "Error: 0x80040326\n"
                                + "Error code: Wsl/Service/CreateInstance/0x80040326",
                        "wsl-service-stale"),
                // Docker Desktop's stale drive share vs a source folder that is not there
                Arguments.of(
                        "Error response from daemon: error while creating mount source path"
                                + " '/host_mnt/c/code': mkdir /host_mnt/c/code: file exists",
                        "mount-source-path-exists"),
                Arguments.of(
                        "Error response from daemon: invalid mount config for type \"bind\": bind"
                                + " source path does not exist: /c/code",
                        "bind-source-path-missing"),
                // git's own TLS failure is not a registry pull: git's "fatal: unable to access"
                // marks a look-alike
                Arguments.of(
                        "fatal: unable to access 'https://github.com/org/repo.git/': SSL"
                                + " certificate problem: unable to get local issuer certificate",
                        null));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("lookAlikes")
    void lookAlikeTextsAreToldApart(String text, String expected) {
        List<String> ids =
                DIAGNOSER.diagnose(text, Optional.empty()).matches().stream()
                        .map(DiagnosisMatch::id)
                        .toList();
        if (expected == null) {
            assertFalse(
                    ids.contains("antivirus-layer-lock")
                            || ids.contains("machine-certs")
                            || ids.contains("registry-tls-inspection")
                            || ids.contains("windows-path-too-long"),
                    text + " -> " + ids);
        } else {
            assertEquals(expected, ids.isEmpty() ? null : ids.get(0), text + " -> " + ids);
        }
    }

    /**
     * "Forbidden by its access permissions" on a port is Hyper-V's excluded range as often as IIS
     * or another service holding the port exclusively: the wizard must say "likely", not "certain".
     */
    @Test
    void anAmbiguousPortErrorIsNamedButNotWithCertainty() {
        DiagnosisMatch m =
                DIAGNOSER
                        .diagnose(
                                "Error starting userland proxy: listen tcp4 0.0.0.0:80: bind: An"
                                    + " attempt was made to access a socket in a way forbidden by"
                                    + " its access permissions.",
                                Optional.empty())
                        .matches()
                        .get(0);
        assertEquals("port-excluded-range", m.id());
        assertTrue(m.confidence() < 0.8, "confidence " + m.confidence());
        assertTrue(m.causes().stream().anyMatch(c -> c.contains("IIS")), m.causes().toString());
        DiagnosisMatch sure =
                DIAGNOSER
                        .diagnose(variant("wsl-compressed-disk", 0), Optional.empty())
                        .matches()
                        .get(0);
        assertTrue(
                sure.confidence() >= 0.9,
                "an exact, unambiguous text is recognised with confidence: " + sure.confidence());
    }

    private static String variant(String id, int index) {
        return VARIANTS.get("variants").get(id).get(index).get("text").asText();
    }

    @Test
    void normalisingMasksWhatChangesButKeepsErrorCodesAndFileNames() {
        assertEquals(
                "open <path:x.vhdx> failed for <id> in <guid>: 0x80370102 \"x\"",
                ErrorText.normalise(
                        "Open C:\\Users\\Ann\\x.vhdx failed for 8e2b0a6f1c3d4e5f\r\n"
                                + "  in {1A2B3C4D-5E6F-7A8B-9C0D-1E2F3A4B5C6D}:\t0X80370102"
                                + " \u201cx\u201d"));
    }
}
