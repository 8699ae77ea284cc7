package dev.dockwise.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.engine.model.Mode;
import dev.dockwise.ui.wizard.Step;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * From the Start step to a saved install script and a saved PDF report, counting the clicks and
 * keys (not the characters typed): a Windows 11 Home laptop answered by hand takes at most 15, as
 * soon as the answers that decide the mode are given the rest may stay as they are.
 */
class ShortPathTest extends WizardTestBase {

    @Test
    void aHomeLaptopByHandTakesAtMostFifteen() throws Exception {
        Path script = config.resolve("home-laptop.ps1");
        Path report = config.resolve("home-laptop-report.pdf");
        click("#newButton");
        type("hostName", "home-laptop");
        pick("edition", "Windows Home");
        type("build", "22631");
        assertFalse(node("#skipToScript").isVisible(), "what must run is not answered yet");
        next();
        check("linuxContainers", true);
        click("#skipToScript");
        assertEquals(Step.EXPORT, step());
        assertEquals(Mode.DESKTOP_WSL2, window.scriptMode().getValue());
        pickedFiles.add(script);
        click("#saveScript");
        pickedFiles.add(report);
        click("#savePdf");
        Await.until("both saved", () -> Files.exists(script) && Files.exists(report));
        assertTrue(interactions <= 15, interactions + " interactions");
        System.out.println(
                "Home laptop by hand, Start to script and report: "
                        + interactions
                        + " interactions");
    }
}
