package dev.dockwise.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.TestEngine;
import dev.dockwise.engine.model.ContainerType;
import dev.dockwise.engine.model.Edition;
import dev.dockwise.engine.model.MachineKind;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.profile.InvalidProfileException;
import dev.dockwise.profile.ProfileField;
import dev.dockwise.profile.ProfileReader;
import dev.dockwise.ui.settings.Autosave;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wizard's state and commands, without a toolkit. */
class WizardSessionTest {
    @TempDir Path dir;

    private final WizardSession vm = new WizardSession(TestEngine.ADVISOR);

    @Test
    void everyAnswerReEvaluates() {
        vm.draft().choice(ProfileField.EDITION, Edition.class).set(Edition.HOME);
        vm.draft().text(ProfileField.BUILD).set("19044");
        vm.draft()
                .choices(ProfileField.CONTAINERS, ContainerType.class)
                .set(java.util.Set.of(ContainerType.LINUX));
        assertEquals(Optional.of(Mode.WSL2_ENGINE), vm.getRecommendation().recommended());
        vm.draft().text(ProfileField.BUILD).set("19045");
        assertEquals(Optional.of(Mode.DESKTOP_WSL2), vm.getRecommendation().recommended());
        assertTrue(vm.isDirty());
    }

    @Test
    void invalidAnswersAreMarkedAndTreatedAsUnknown() {
        vm.draft().text(ProfileField.BUILD).set("abc");
        assertTrue(vm.problemAt("host.build").orElseThrow().contains("in digits"));
        assertTrue(vm.getAttention().contains(Step.HOST));
        assertTrue(
                vm.getRecommendation().assumptions().stream()
                        .anyMatch(a -> a.startsWith("Windows build unknown")));
        vm.draft().text(ProfileField.BUILD).set("22631");
        assertTrue(vm.getProblems().isEmpty());
        assertFalse(vm.getAttention().contains(Step.HOST));
    }

    @Test
    void hiddenAnswersStayButAreLeftOut() {
        vm.draft().choice(ProfileField.MACHINE, MachineKind.class).set(MachineKind.VIRTUAL);
        vm.draft().text(ProfileField.VM_SIZE).set("Standard_D4s_v5");
        vm.draft().choice(ProfileField.MACHINE, MachineKind.class).set(MachineKind.PHYSICAL);
        assertTrue(vm.getProblems().isEmpty(), vm.getProblems().toString());
        assertEquals("Standard_D4s_v5", vm.draft().text(ProfileField.VM_SIZE).get());
        vm.draft().choice(ProfileField.MACHINE, MachineKind.class).set(MachineKind.VIRTUAL);
        assertEquals("Standard_D4s_v5", vm.getProfile().host().vmSize());
    }

    @Test
    void navigationIsNeverBlocked() {
        vm.draft().text(ProfileField.BUILD).set("not a build");
        for (int i = 0; i < Step.values().length; i++) {
            vm.next();
        }
        assertEquals(Step.EXPORT, vm.getStep());
        assertFalse(vm.canGoNextProperty().get());
        vm.goTo(Step.START);
        assertFalse(vm.canGoBackProperty().get());
    }

    @Test
    void saveThenOpenRoundTrips() throws Exception {
        Path source = dir.resolve("in.dockwise.json");
        Files.writeString(source, TestEngine.baseline());
        vm.open(source);
        assertFalse(vm.isDirty());
        vm.draft().text(ProfileField.MEMORY_GB).set("7.5");
        Path target = dir.resolve("out.dockwise.json");
        vm.saveAs(target);
        assertEquals(7.5, ProfileReader.read(target).host().memoryGb());
        WizardSession other = new WizardSession(TestEngine.ADVISOR);
        other.open(target);
        assertEquals(vm.draft().held(), other.draft().held());
    }

    @Test
    void savingInvalidAnswersFailsWithTheirPaths() {
        vm.draft().text(ProfileField.BUILD).set("0");
        InvalidProfileException e =
                assertThrows(InvalidProfileException.class, () -> vm.saveAs(dir.resolve("x.json")));
        assertEquals("host.build", e.problems().get(0).path());
        assertFalse(Files.exists(dir.resolve("x.json")));
    }

    @Test
    void recoveryRestoresRawText() {
        WizardSession first = new WizardSession(TestEngine.ADVISOR);
        first.draft().text(ProfileField.BUILD).set("19x45");
        first.draft().text(ProfileField.NAME).set("raw");
        vm.recover(first.draft().held(), null);
        assertEquals("19x45", vm.draft().text(ProfileField.BUILD).get());
        assertEquals("raw", vm.draft().text(ProfileField.NAME).get());
        assertTrue(vm.isDirty());
    }

    @Test
    void aFileIsOpenedAsWrittenWithNoTreeWrittenBackInBetween() throws Exception {
        Path source = dir.resolve("in.dockwise.json");
        Files.writeString(
                source,
                TestEngine.baseline()
                        .replace("\"test-host\"", "\"  Lab PC  \"")
                        .replace("\"memoryGb\":16", "\"memoryGb\":7.50")
                        .replace("\"edition\":\"pro\"", "\"edition\":\"pro\",\"sMode\":false"));
        vm.open(source);
        assertEquals("  Lab PC  ", vm.draft().text(ProfileField.NAME).get());
        assertEquals("7.5", vm.draft().text(ProfileField.MEMORY_GB).get());
        assertEquals("22631", vm.draft().text(ProfileField.BUILD).get());
        // the file's own answer: a profile written back from the checked one never says "false"
        // for a later addition, so it was shown as "don't know" before
        assertEquals(false, vm.draft().flag(ProfileField.S_MODE).get());
        assertTrue(vm.getProblems().isEmpty(), vm.getProblems().toString());
        assertFalse(vm.isDirty());
    }

    @Test
    void aFileWithAnInvalidEntryIsRefusedNamingItAndTheAnswersStay() throws Exception {
        vm.draft().text(ProfileField.NAME).set("mine");
        Path source = dir.resolve("bad.dockwise.json");
        Files.writeString(source, TestEngine.baseline().replace("22631", "\"22631x\""));
        InvalidProfileException e =
                assertThrows(InvalidProfileException.class, () -> vm.open(source));
        assertEquals("host.build", e.problems().get(0).path());
        assertEquals("mine", vm.draft().text(ProfileField.NAME).get());
        assertEquals(null, vm.getFile());
    }

    @Test
    void anAutosaveWithAnInvalidEntryComesBackAsWrittenAndMarked() throws Exception {
        Path config = dir.resolve("config");
        try (Autosave crashed = new Autosave(config)) {
            Files.writeString(
                    crashed.file(),
                    "{\"step\":\"WORKLOADS\",\"savedAt\":\"2026-12-06T19:00:00Z\",\"file\":null,"
                            + "\"draft\":"
                            + TestEngine.baseline().replace("22631", "\"22631x\"")
                            + "}");
            Autosave.Snapshot snapshot = crashed.read().orElseThrow();
            vm.recover(snapshot.draft(), null, Step.WORKLOADS);
        }
        assertEquals("22631x", vm.draft().text(ProfileField.BUILD).get(), "kept as written");
        assertTrue(vm.problemAt("host.build").orElseThrow().contains("in digits"));
        assertTrue(vm.getAttention().contains(Step.HOST));
        assertEquals("test-host", vm.draft().text(ProfileField.NAME).get());
        assertTrue(vm.draft().runs(ContainerType.LINUX));
        assertEquals(Step.WORKLOADS, vm.getStep());
        assertTrue(vm.isDirty());
    }

    @Test
    void recoveryRestoresHiddenAnswersAndAnExplicitNo() {
        WizardSession first = new WizardSession(TestEngine.ADVISOR);
        first.draft().choice(ProfileField.EDITION, Edition.class).set(Edition.PRO);
        first.draft().flag(ProfileField.S_MODE).set(false);
        first.draft().choice(ProfileField.MACHINE, MachineKind.class).set(MachineKind.VIRTUAL);
        first.draft().text(ProfileField.VM_SIZE).set("Standard_D4s_v5");
        first.draft().choice(ProfileField.MACHINE, MachineKind.class).set(MachineKind.PHYSICAL);
        vm.recover(first.draft().held(), null);
        assertEquals(false, vm.draft().flag(ProfileField.S_MODE).get());
        assertEquals("Standard_D4s_v5", vm.draft().text(ProfileField.VM_SIZE).get());
        assertEquals(first.draft().answers(), vm.draft().answers());
    }

    @Test
    void importedProbesAreNewUnsavedAssessments() throws Exception {
        Path probe = dir.resolve("probe.json");
        Files.writeString(probe, TestEngine.baseline());
        vm.importProbe(probe);
        assertEquals(Step.WORKLOADS, vm.getStep());
        assertTrue(vm.isDirty());
        assertEquals(null, vm.getFile());
    }
}
