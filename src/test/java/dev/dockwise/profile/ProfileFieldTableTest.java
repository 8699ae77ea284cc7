package dev.dockwise.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dockwise.Scenarios;
import dev.dockwise.TestEngine;
import dev.dockwise.TestProfile;
import dev.dockwise.engine.facts.EditionInfo;
import dev.dockwise.engine.model.Edition;
import dev.dockwise.engine.model.HostKind;
import dev.dockwise.engine.model.Profile;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one table of profile fields, and the one pass of the validator over it. */
class ProfileFieldTableTest {
    @Test
    void theTableLaysOutTheDocumentInSpecOrder() {
        assertEquals(List.of("schema", "name", "host", "needs"), ProfileFields.TOP);
        assertEquals(
                List.of(
                        "edition",
                        "editionId",
                        "ltsc",
                        "sMode",
                        "build",
                        "ubr",
                        "arch",
                        "memoryGb",
                        "serverInstallation",
                        "cpu",
                        "machine",
                        "hypervisor",
                        "cloud",
                        "vmSize",
                        "nestedVirtualization",
                        "features",
                        "software",
                        "admin"),
                ProfileFields.IN_HOST);
        assertEquals(List.of("vendor", "virtualizationEnabled", "slat"), ProfileFields.IN_CPU);
        assertEquals(
                List.of("hyperV", "containers", "wsl", "virtualMachinePlatform"),
                ProfileFields.IN_FEATURES);
        assertEquals(
                List.of("virtualBox", "vmwareWorkstation", "dockerDesktop"),
                ProfileFields.IN_SOFTWARE);
        assertEquals(
                List.of(
                        "containers",
                        "purpose",
                        "isolation",
                        "windowsImage",
                        "windowsImageVersion",
                        "orchestration",
                        "organization"),
                ProfileFields.IN_NEEDS);
        Set<String> paths = new HashSet<>();
        for (ProfileField f : ProfileField.values()) {
            assertTrue(paths.add(f.path()), "one field per path: " + f.path());
            assertEquals(f, ProfileField.at(f.path()).orElseThrow());
        }
        assertEquals(ProfileField.CONTAINERS, ProfileField.at("needs.containers[1]").orElseThrow());
        assertEquals(
                ProfileField.CONTAINERS_FEATURE,
                ProfileField.at("host.features.containers").orElseThrow());
    }

    @Test
    void everyScenarioProfileIsWrittenAndReadBackTheSame() throws Exception {
        for (Scenarios.Scenario s : Scenarios.all().toList()) {
            Profile read = ProfileReader.read(s.profileJson());
            assertEquals(read, ProfileReader.read(ProfileWriter.toJson(read)), s.id());
        }
    }

    @Test
    void onePassGivesEveryProblemAndTheProfileWithThoseAnswersUnknown() {
        // the JSON itself: values no typed answer can hold ("22x31", "plan9"), and the paths the
        // validator names for them
        ObjectNode tree = ProfileWriter.toTree(TestProfile.baseline().profile());
        ((ObjectNode) tree.get("host"))
                .put("build", "22x31")
                .put("memoryGb", -4)
                .put("edition", "pro")
                .put("serverInstallation", "core");
        ((ObjectNode) tree.get("needs")).putArray("containers").add("linux").add("plan9");
        ProfileValidator.Checked checked = ProfileValidator.check(RawValue.of(tree));
        assertEquals(
                List.of(
                        "host.build",
                        "host.memoryGb",
                        "host.serverInstallation",
                        "needs.containers[1]"),
                checked.problems().stream().map(ProfileProblem::path).toList());
        Profile usable = checked.usable();
        assertNull(usable.host().build());
        assertNull(usable.host().memoryGb());
        assertNull(
                usable.host().serverInstallation(),
                "the answer that contradicts the edition is the one taken as unknown");
        assertEquals(Edition.PRO, usable.host().edition());
        assertEquals(
                Set.of(dev.dockwise.engine.model.ContainerType.LINUX), usable.needs().containers());
    }

    @Test
    void typedAnswersNeedNoParsing() throws Exception {
        Map<ProfileField, RawValue> answers = new EnumMap<>(ProfileField.class);
        answers.put(ProfileField.EDITION, new RawValue.Typed(Edition.SERVER_DATACENTER));
        answers.put(ProfileField.ADMIN, new RawValue.Typed(Boolean.TRUE));
        answers.put(ProfileField.BUILD, new RawValue.Text("20348"));
        ProfileValidator.Checked checked = ProfileValidator.check(ProfileField.document(answers));
        assertEquals(
                List.of("host.build"),
                checked.problems().stream().map(ProfileProblem::path).toList(),
                "a number typed as text is still text");
        assertEquals(Edition.SERVER_DATACENTER, checked.usable().host().edition());
        assertEquals(Boolean.TRUE, checked.usable().host().admin());
    }

    @Test
    void serverOrClientIsTheSameInTheModelAndInTheKnowledge() {
        for (EditionInfo info : TestEngine.ADVISOR.knowledge().editions()) {
            if (info.id() != Edition.OTHER) {
                assertEquals(info.kind() == HostKind.SERVER, info.id().isServer(), info.id().id());
            }
        }
    }

    @Test
    void everyRowIsAComponentOfItsRecordAndEveryComponentARow() {
        assertEquals(
                List.of(),
                ModelAssembly.mismatches(),
                "a new answer is one row and one record component of the same name");
        Profile scenario =
                dev.dockwise.TestProfile.baseline()
                        .editionId("ProfessionalWorkstation")
                        .virtualBox("7.1.4")
                        .containers(
                                dev.dockwise.engine.model.ContainerType.LINUX,
                                dev.dockwise.engine.model.ContainerType.WINDOWS)
                        .profile();
        for (ProfileField field : ProfileField.values()) {
            Map<ProfileField, Object> one = new EnumMap<>(ProfileField.class);
            Object value = field.of(scenario);
            if (value != null) {
                one.put(field, value);
                assertEquals(
                        value,
                        field.of(ModelAssembly.profile(one)),
                        field + " reaches the model under its own name");
            }
        }
    }

    @Test
    void theProbeWritesEveryAnswerItProbesAndLeavesTheNeedsToThePerson() {
        String probe =
                new String(
                        dev.dockwise.scripts.probe.ProbeScript.bytes(),
                        java.nio.charset.StandardCharsets.UTF_8);
        for (ProfileField field : ProfileField.values()) {
            String name = java.util.regex.Pattern.quote(field.fieldName());
            boolean assigned =
                    java.util.regex.Pattern.compile("(?m)^\\s+" + name + " = (?!\\$null)")
                                    .matcher(probe)
                                    .find()
                            || probe.contains("Insert($at, '" + field.fieldName() + "'");
            if (field.group() == ProfileField.Group.NEEDS) {
                assertTrue(
                        java.util.regex.Pattern.compile("(?m)^\\s+" + name + " = \\$null")
                                .matcher(probe)
                                .find(),
                        field + ": the probe leaves it to the person");
                assertEquals(
                        ProfileField.Probe.NEVER, field.probe(), field + " is the person's answer");
            } else if (field.probe() != ProfileField.Probe.NEVER) {
                assertTrue(
                        assigned,
                        field
                                + " is marked as probed ("
                                + field.probe()
                                + ") but the probe does not write it");
            }
        }
    }
}
