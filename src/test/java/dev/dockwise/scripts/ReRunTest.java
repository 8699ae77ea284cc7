package dev.dockwise.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.engine.model.Mode;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A re-run on Windows Server: the installed engine is the wanted one only when its version is
 * exactly the wanted one and the docker service runs it from the install folder; a service
 * registered from another folder is re-pointed; a Mirantis engine is never replaced by Docker CE
 * without -ReplaceEngine.
 */
class ReRunTest {
    private static String step() throws Exception {
        String text =
                HostKindScriptsTest.script(
                        VerifiedDownloadsTest.server2022(), Mode.WINDOWS_PROCESS);
        return text.substring(
                text.indexOf(": Install Docker CE"), text.indexOf(": Configure the Docker daemon"));
    }

    @Test
    void theVersionIsComparedExactly() throws Exception {
        String step = step();
        assertFalse(step.contains("-like ($wanted + '*')"), "29.9.30 is not 29.9.3");
        Matcher m =
                Pattern.compile(
                                "\\$installed -match \\('\\^v\\?' \\+"
                                        + " \\[regex\\]::Escape\\(\\$wanted\\) \\+ '([^']*)'\\)")
                        .matcher(step);
        assertTrue(m.find(), step);
        // the same regular expression as .NET reads it, on what a dockerd.exe may report as its
        // ProductVersion
        Map<String, Boolean> installed =
                Map.of(
                        "29.9.3",
                        true,
                        "29.9.3.0",
                        true,
                        "v29.9.3",
                        true,
                        "29.9.3-rc.1",
                        true,
                        "29.9.30",
                        false,
                        "29.9.31.0",
                        false,
                        "29.9.3.1",
                        false,
                        "129.9.3",
                        false,
                        "29.9",
                        false);
        installed.forEach(
                (version, same) ->
                        assertEquals(
                                same,
                                Pattern.compile("^v?" + Pattern.quote("29.9.3") + m.group(1))
                                        .matcher(version)
                                        .find(),
                                version));
    }

    @Test
    void aServiceRegisteredFromAnotherFolderIsRePointed() throws Exception {
        String step = step();
        assertTrue(
                step.contains(
                        "$fromHere = $serviceExe -ne '' -and"
                                + " ([System.IO.Path]::GetFullPath($serviceExe) -eq"
                                + " [System.IO.Path]::GetFullPath($dockerd))"),
                step);
        assertTrue(
                step.contains("if ($sameVersion -and $fromHere) {"),
                "the right version from elsewhere is not 'installed': " + step);
        int delete =
                step.indexOf(
                        "Invoke-DockwiseNative -FilePath 'sc.exe' -ArgumentList @('delete',"
                                + " 'docker')");
        int register =
                step.indexOf(
                        "Invoke-DockwiseNative -FilePath $dockerd -ArgumentList"
                                + " @('--register-service')");
        assertTrue(
                delete > step.indexOf("if ($null -ne $service -and -not $fromHere) {")
                        && delete < register
                        && register > step.indexOf("if ($null -eq $service -or -not $fromHere) {"),
                step);
    }

    @Test
    void aMirantisEngineIsNeverReplacedWithoutAnExplicitSwitch() throws Exception {
        String text =
                HostKindScriptsTest.script(
                        VerifiedDownloadsTest.server2022(), Mode.WINDOWS_PROCESS);
        assertTrue(text.contains("[switch]$ReplaceEngine,"));
        String step = step();
        int refuse = step.indexOf("if ($otherEngine -and -not $ReplaceEngine) {");
        assertTrue(step.contains("-match 'Mirantis'") && refuse > 0, step);
        assertTrue(
                step.indexOf("throw ('The docker service runs Mirantis Container Runtime", refuse)
                        > 0,
                step);
        assertTrue(
                refuse < step.indexOf("$PSCmdlet.ShouldProcess(")
                        && refuse < step.indexOf("Stop-Service"),
                "before anything stops or changes");
    }
}
