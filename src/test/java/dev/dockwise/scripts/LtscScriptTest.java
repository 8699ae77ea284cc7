package dev.dockwise.scripts;

import static dev.dockwise.scripts.HostKindScriptsTest.script;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.TestProfile;
import dev.dockwise.engine.model.Edition;
import dev.dockwise.engine.model.Mode;
import org.junit.jupiter.api.Test;

/**
 * An LTSC host is named so in the header and never told to update to a build Windows Update cannot
 * bring it.
 */
class LtscScriptTest {
    @Test
    void theHeaderNamesLtscAndTheBuildCheckDoesNotSendAnLtscHostToWindowsUpdate() throws Exception {
        String text =
                script(
                        TestProfile.baseline().edition(Edition.ENTERPRISE).build(17763).ltsc(true),
                        Mode.LINUX_VM);
        String header = text.substring(0, text.indexOf("#>"));
        assertTrue(header.contains("LTSC: a Long-Term Servicing Channel release"), header);
        assertTrue(
                text.contains("Name = 'Windows 10 Enterprise LTSC'; Updatable = $false }"),
                "the family row says it keeps its build");
        int update = text.indexOf("if ($build -lt $family.Min -and $family.Updatable) {");
        int keeps = text.indexOf("elseif ($build -lt $family.Min) {");
        assertTrue(
                update > 0 && keeps > update,
                "Update Windows only where Windows Update brings a newer build");
        assertTrue(
                text.substring(keeps, text.indexOf("}", keeps))
                                .contains("an LTSC release keeps its build")
                        && !text.substring(keeps, text.indexOf("}", keeps))
                                .contains("Settings > Windows Update"),
                text.substring(keeps, text.indexOf("}", keeps)));
        String general = script(TestProfile.baseline(), Mode.LINUX_VM);
        assertFalse(
                general.substring(0, general.indexOf("#>")).contains("LTSC:"),
                "a general-availability host is not called LTSC");
    }
}
