package dev.dockwise.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.TestEngine;
import dev.dockwise.profile.ProfileField;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening and saving the assessment, each refused in words, without a toolkit. */
class DocumentViewModelTest {
    @TempDir Path dir;

    private final WizardSession vm = new WizardSession(TestEngine.ADVISOR);
    private final DocumentViewModel document = new DocumentViewModel(vm);

    @Test
    void aProfileOpensAndAFileThatIsNoneIsRefusedLeavingTheAnswers() throws Exception {
        Path good = dir.resolve("host.dockwise.json");
        Files.writeString(good, TestEngine.baseline());
        assertEquals(Optional.empty(), document.open(good));
        assertEquals(good, vm.getFile());

        Path bad = dir.resolve("broken.json");
        Files.writeString(bad, TestEngine.baseline().replace("\"memoryGb\":16", "\"memoryGb\":-2"));
        Refusal refused = document.open(bad).orElseThrow();
        assertEquals("Can't open broken.json", refused.title());
        assertTrue(refused.reason().contains("memoryGb"), refused.reason());
        assertEquals(Optional.empty(), refused.fixOn());
        assertEquals(good, vm.getFile(), "the open assessment stays");
        assertFalse(vm.isDirty());
    }

    @Test
    void answersThatAreNoProfileYetAreNotSavedAndTheirStepIsNamed() {
        vm.draft().text(ProfileField.BUILD).set("0");
        Path target = dir.resolve("x.dockwise.json");
        Refusal refused = document.saveAs(target).orElseThrow();
        assertEquals("Some answers need attention before saving", refused.title());
        assertTrue(refused.reason().endsWith("fix the marked fields and save again."));
        assertEquals(Optional.of(Step.HOST), refused.fixOn());
        assertFalse(Files.exists(target));
        assertTrue(vm.isDirty());
    }

    @Test
    void aFileThatCannotBeWrittenSaysWhyAndOverwritesNothing() throws Exception {
        Path source = dir.resolve("in.dockwise.json");
        Files.writeString(source, TestEngine.baseline());
        document.open(source);
        Path notAFolder = Files.writeString(dir.resolve("plain"), "a file, not a folder");
        Path target = notAFolder.resolve("out.dockwise.json");
        Refusal refused = document.saveAs(target).orElseThrow();
        assertEquals("Could not save out.dockwise.json", refused.title());
        assertTrue(
                refused.reason().startsWith("Saving to " + target + " failed: "), refused.reason());
        assertTrue(refused.reason().endsWith("Choose another folder with Save As."));
        assertEquals(source, vm.getFile(), "still the file it was");
        assertEquals(Optional.empty(), document.saveAs(dir.resolve("out.dockwise.json")));
    }
}
