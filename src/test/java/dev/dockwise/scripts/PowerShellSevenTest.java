package dev.dockwise.scripts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.TestProfile;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.scripts.options.ScriptOption;
import dev.dockwise.scripts.options.ScriptOptions;
import org.junit.jupiter.api.Test;

/** What the scripts write and tell works under PowerShell 7 as under Windows PowerShell 5.1. */
class PowerShellSevenTest {
    @Test
    void thePerAccountScriptGetsABomUnderBothPowerShells() throws Exception {
        String text = HostKindScriptsTest.script(TestProfile.baseline(), Mode.WSL2_ENGINE);
        assertFalse(
                text.contains(
                        "Set-Content -Path $userScriptFile -Value $userScript -Encoding UTF8"),
                "PowerShell 7 writes that without a BOM");
        assertTrue(
                text.contains(
                        "[System.IO.File]::WriteAllLines($userScriptFile, [string[]]$userScript,"
                                + " (New-Object -TypeName System.Text.UTF8Encoding -ArgumentList"
                                + " $true))"),
                text);
    }

    @Test
    void theEngineTimeoutPointsAtALogCommandPowerShellSevenHas() throws Exception {
        for (ScriptCorpus.Item item : ScriptCorpus.all()) {
            assertFalse(
                    item.script().text().contains("Get-EventLog"),
                    item.name() + ": PowerShell 7 has no Get-EventLog");
        }
        String text =
                HostKindScriptsTest.script(
                        VerifiedDownloadsTest.server2022(), Mode.WINDOWS_PROCESS);
        assertTrue(
                text.contains(
                        "Get-WinEvent -FilterHashtable @{ LogName = ''Application''; ProviderName ="
                                + " ''docker'' } -MaxEvents 20"),
                text);
    }

    @Test
    void daemonJsonIsUtf8WithoutABomWhatEverTheUsersPath() throws Exception {
        String text =
                HostKindScriptsTest.script(
                        VerifiedDownloadsTest.server2022(),
                        Mode.WINDOWS_PROCESS,
                        ScriptOptions.builder()
                                .set(ScriptOption.DATA_ROOT, "D:\\Données Docker")
                                .build());
        assertFalse(
                text.contains("-Encoding ASCII") && text.contains("$daemonJson -Encoding"),
                "ASCII turns the path's accents into '?'");
        assertTrue(
                text.contains("$settings['data-root'] = 'D:\\Données Docker'")
                        && text.contains(
                                "Write-DockwisePrivateFile -Path $daemonJson -Text $after"));
        assertTrue(
                VerifiedDownloadsTest.function(text, "Write-DockwisePrivateFile")
                        .contains(
                                "New-Object -TypeName System.Text.UTF8Encoding -ArgumentList"
                                        + " $false"));
    }
}
