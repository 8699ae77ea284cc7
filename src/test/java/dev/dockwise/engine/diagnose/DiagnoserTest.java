package dev.dockwise.engine.diagnose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dockwise.Scenarios;
import dev.dockwise.TestEngine;
import dev.dockwise.engine.facts.ErrorCatalogue.Signature;
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

/** Every catalogued error is recognised from real-world variants of its text, and nothing else is. */
class DiagnoserTest {
    private static final Diagnoser DIAGNOSER = new Diagnoser(TestEngine.ADVISOR);
    private static final JsonNode VARIANTS = variants();

    private static JsonNode variants() {
        try (InputStream in = DiagnoserTest.class.getResourceAsStream("/diagnose/error-variants.json")) {
            return new ObjectMapper().readTree(in);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Arguments> variantsOfEverySignature() {
        List<Arguments> cases = new ArrayList<>();
        VARIANTS.get("variants").fields().forEachRemaining(e -> {
            for (JsonNode variant : e.getValue()) {
                cases.add(Arguments.of(e.getKey(), variant.get("source").asText(), variant.get("text").asText()));
            }
        });
        return cases.stream();
    }

    /** Catalogued from the fact sheet's table before the study of pasted errors; they keep at least two variants. */
    private static final Set<String> FIRST_CATALOGUE = Set.of("virtualization-disabled", "wsl-hyperv-not-installed", "wsl-kernel-missing",
            "wsl-kernel-too-old", "virtualbox-no-vmx", "wsl-required-feature-missing", "hcs-hyperv-not-installed", "image-os-not-supported",
            "no-matching-manifest", "container-os-mismatch", "docker-database", "windows-too-old", "docker-users-access-denied",
            "hyperv-component-not-running", "media-write-protected", "windows-containers-disabled", "engine-pipe-access-denied",
            "wsl-register-distribution", "machine-no-vswitch", "podman-hyperv-admin");

    @Test
    void everySignatureHasRealWorldVariantsEachWithItsSource() {
        for (Signature s : TestEngine.ADVISOR.knowledge().errors().signatures()) {
            JsonNode texts = VARIANTS.get("variants").get(s.id());
            int needed = FIRST_CATALOGUE.contains(s.id()) ? 2 : 3;
            assertTrue(texts != null && texts.size() >= needed, s.id() + " needs at least " + needed + " variants in error-variants.json");
            texts.forEach(t -> assertFalse(t.path("source").asText().isBlank(), s.id() + ": a variant without its source"));
        }
        VARIANTS.get("variants").fieldNames().forEachRemaining(id -> assertTrue(
                TestEngine.ADVISOR.knowledge().errors().signatures().stream().anyMatch(s -> s.id().equals(id)), "no signature " + id));
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
        assertEquals(id, best.id(), "best match for: " + text + "\nall: " + d.matches().stream().map(m -> m.id() + " " + m.confidence()).toList());
        assertTrue(best.confidence() >= 0.5, id + " recognised only at " + best.confidence());
        assertFalse(best.causes().isEmpty() || best.checks().isEmpty() || best.fixes().isEmpty());
        assertFalse(best.evidence().isBlank());
    }

    @Test
    void unrelatedTextIsNotRecognisedAndGetsTheGeneralChecks() {
        for (JsonNode text : VARIANTS.get("unrelated")) {
            Diagnosis d = DIAGNOSER.diagnose(text.asText(), Optional.empty());
            assertEquals(List.of(), d.matches().stream().map(DiagnosisMatch::id).toList(), "matched: " + text.asText());
            assertFalse(d.generalChecks().isEmpty());
        }
    }

    @Test
    void theSameCodeFromWslAndFromHcsshimRanksEachFirstInItsOwnContext() {
        String wsl = "Error code: Wsl/Service/CreateInstance/CreateVm/HCS/0x80370102";
        String hcs = "hcsshim::CreateComputeSystem abc: The virtual machine could not be started because a required feature is not installed.";
        assertEquals("wsl-required-feature-missing", DIAGNOSER.diagnose(wsl, Optional.empty()).matches().get(0).id());
        assertEquals("hcs-hyperv-not-installed", DIAGNOSER.diagnose(hcs, Optional.empty()).matches().get(0).id());
    }

    @Test
    void aLogWithSeveralKnownErrorsYieldsEachOfThem() {
        String log = String.join("\n", "[10:01:02] starting", variant("docker-users-access-denied", 0),
                "[10:01:09] retry", variant("wsl-kernel-too-old", 0), "[10:02:00] done");
        List<String> ids = DIAGNOSER.diagnose(log, Optional.empty()).matches().stream().map(DiagnosisMatch::id).toList();
        assertTrue(ids.containsAll(List.of("docker-users-access-denied", "wsl-kernel-too-old")), ids.toString());
    }

    @Test
    void withAProfileTheFixNamesThisHostsParentCommandAndBuild() {
        Profile azure = Scenarios.profile("azure-server2019-no-nested");
        DiagnosisMatch m = DIAGNOSER.diagnose("Error response from daemon: hcsshim::CreateComputeSystem 1f2e: The virtual machine "
                + "could not be started because a required feature is not installed.", Optional.of(azure)).matches().get(0);
        assertTrue(m.checks().get(0).contains("build 17763"), m.checks().toString());
        assertTrue(m.fixes().get(0).startsWith("For this host: "), m.fixes().toString());
        // WSL 2 does not exist on Server 2019: the host's profile rules that route out
        DiagnosisMatch wsl = DIAGNOSER.diagnose("HCS_E_HYPERV_NOT_INSTALLED", Optional.of(azure)).matches().get(0);
        assertTrue(wsl.causes().get(0).startsWith("For this host: ") && wsl.causes().get(0).contains("cannot work here"), wsl.causes().toString());
        assertTrue(m.fixes().stream().anyMatch(f -> f.contains("az vm resize")), m.fixes().toString());

        Profile nestedOff = TestEngine.profile(root -> TestEngine.host(root).put("machine", "virtual").put("hypervisor", "hyperv")
                .put("nestedVirtualization", false));
        DiagnosisMatch guest = DIAGNOSER.diagnose("HCS_E_HYPERV_NOT_INSTALLED", Optional.of(nestedOff)).matches().get(0);
        assertTrue(guest.fixes().stream().anyMatch(f -> f.startsWith("For this host: ") && f.contains("Set-VMProcessor -VMName <VMName> -ExposeVirtualizationExtensions $true")),
                guest.fixes().toString());
    }

    @Test
    void windowsContainerErrorsNameTheImageTagOfTheHostsBuild() {
        Profile server = Scenarios.profile("server2022-windows-prod");
        DiagnosisMatch m = DIAGNOSER.diagnose("The container operating system does not match the host operating system. (0xc0370101)",
                Optional.of(server)).matches().get(0);
        assertTrue(m.checks().stream().anyMatch(c -> c.contains("20348") && c.contains("ltsc2022")), m.checks().toString());
    }

    private static String variant(String id, int index) {
        return VARIANTS.get("variants").get(id).get(index).get("text").asText();
    }

    @Test
    void normalisingMasksWhatChangesButKeepsErrorCodesAndFileNames() {
        assertEquals("open <path:x.vhdx> failed for <id> in <guid>: 0x80370102 \"x\"",
                ErrorText.normalise("Open C:\\Users\\Ann\\x.vhdx failed for 8e2b0a6f1c3d4e5f\r\n  in {1A2B3C4D-5E6F-7A8B-9C0D-1E2F3A4B5C6D}:\t0X80370102 \u201cx\u201d"));
    }
}
