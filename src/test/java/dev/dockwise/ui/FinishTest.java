package dev.dockwise.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.ui.wizard.Step;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** After the last step: Finish says what was taken away and what to do next with it. */
class FinishTest extends WizardTestBase {

    @Test
    void finishSummarisesTheSessionAndSaysWhatToDoNext() throws Exception {
        Path original = openBaseline();
        goTo(Step.EXPORT);
        Button next = lookup("#nextButton").queryButton();
        assertEquals("F_inish", next.getText());
        assertTrue(!next.isDisabled(), "Finish is there on the last step");

        click("#nextButton");
        String before = textUnder(node("#finishPage"));
        assertTrue(before.contains("No script or report saved in this session yet."), before);
        assertTrue(
                before.contains("1. Save the install script for this host on the Export step"),
                before);
        assertTrue(
                before.contains("The assessment is saved to " + original.toAbsolutePath()), before);

        click("#finishBack");
        assertEquals(Step.EXPORT, step());
        Path script = config.resolve("install.ps1");
        pickedFiles.add(script);
        click("#saveScript");
        assertTrue(Files.size(script) > 1000);
        Path pdf = config.resolve("report.pdf");
        pickedFiles.add(pdf);
        click("#savePdf");

        click("#nextButton");
        WaitForAsyncUtils.waitForFxEvents();
        String after = textUnder(node("#finishPage"));
        assertTrue(
                after.contains("Install script saved")
                        && after.contains(script.toAbsolutePath().toString()),
                after);
        assertTrue(after.contains("Report saved as PDF: " + pdf.toAbsolutePath()), after);
        assertTrue(
                after.contains(
                        "1. Copy install.ps1 to the host and run it in PowerShell as administrator:"
                                + " first with -WhatIf"),
                after);
        assertTrue(
                !after.contains("Share the comparison"), "the report was saved already: " + after);
    }

    @Test
    void answersThatNeedAttentionComeFirst() {
        click("#newButton");
        type("build", "22H2");
        goTo(Step.EXPORT);
        click("#nextButton");
        String page = textUnder(node("#finishPage"));
        assertTrue(
                page.contains(
                        "1. Fix the answer marked on \"This host\": until then Dockwise treats it"
                                + " as unknown."),
                page);
    }
}
