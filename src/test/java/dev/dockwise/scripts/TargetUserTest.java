package dev.dockwise.scripts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.TestProfile;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.scripts.options.ScriptOptions;
import org.junit.jupiter.api.Test;

/**
 * The person, not the session: who will use Docker is the owner of the desktop of the session that
 * ran the elevation (over RDP the console's user is empty or someone else), asked only by the
 * scripts that act for a person, and named with -ForUser when it cannot be resolved; a hand-over to
 * another account is no success an RMM tool could take for "installed".
 */
class TargetUserTest {
    @Test
    void theOwnerOfThisSessionsDesktopComesBeforeTheConsoleUser() throws Exception {
        String text = HostKindScriptsTest.script(TestProfile.baseline(), Mode.DESKTOP_WSL2);
        String target = VerifiedDownloadsTest.function(text, "Get-DockwiseTargetUser");
        int session =
                target.indexOf(
                        "Get-CimInstance -ClassName Win32_Process -Filter (\"Name='explorer.exe'"
                                + " AND SessionId=\" + $session)");
        int owner = target.indexOf("Invoke-CimMethod -InputObject $desktop -MethodName GetOwner");
        int console = target.indexOf("(Get-CimInstance -ClassName Win32_ComputerSystem).UserName");
        assertTrue(session > 0 && owner > session && console > owner, target);
        assertTrue(
                target.contains(
                                "$session ="
                                    + " [System.Diagnostics.Process]::GetCurrentProcess().SessionId")
                        && target.contains("if ($name -eq '' -and $session -ne 0) {"),
                "session 0 (SYSTEM) has no desktop: " + target);
        int translate =
                target.indexOf(".Translate([System.Security.Principal.SecurityIdentifier])");
        assertTrue(
                target.lastIndexOf("try {", translate) > 0
                        && target.indexOf("-ForUser DOMAIN\\user", translate) > 0,
                "an unknown name says what to give: " + target);
    }

    @Test
    void onlyTheScriptsThatActForAPersonLookForOne() throws Exception {
        for (ScriptCorpus.Item item : ScriptCorpus.all()) {
            String text = item.script().text();
            boolean uses = text.contains("$script:Target.");
            assertTrue(
                    uses == text.contains("$script:Target = Get-DockwiseTargetUser"), item.name());
            if (item.name().contains("toolbox")
                    || item.name().contains("linux-vm")
                    || item.name().equals("parent-host")) {
                assertFalse(
                        uses,
                        item.name()
                                + ": nobody to find, and a script run by SYSTEM would fail"
                                + " looking");
            }
        }
    }

    @Test
    void aHandOverToAnotherAccountEndsWithACodeThatSaysNotFinished() throws Exception {
        String text =
                HostKindScriptsTest.script(TestProfile.baseline(), Mode.WSL2_ENGINE)
                        .replace("\r\n", "\n");
        String handOver =
                text.substring(
                        text.indexOf("if (-not $script:Target.IsMe) {"),
                        text.indexOf(
                                "Write-Output 'This account will use Docker: the script goes"
                                        + " on.'"));
        assertFalse(handOver.contains("exit 0"), "0 reads as installed: " + handOver);
        assertTrue(
                handOver.contains("\n        exit 2\n"),
                "2, documented in the README: " + handOver);
    }

    /**
     * WSL's default version is the account's own (HKCU Lxss DefaultVersion) and wsl.exe refuses
     * LocalSystem: set by an elevated run for someone else it changes the wrong account, or stops a
     * script run by SYSTEM.
     */
    @Test
    void wslTwoBecomesTheDefaultOfTheAccountThatWillUseWslNotOfTheOneRunningTheScript()
            throws Exception {
        String set =
                "Invoke-DockwiseNative -FilePath 'wsl.exe' -ArgumentList @('--set-default-version',"
                        + " '2')";
        String engine = baselineScript(Mode.WSL2_ENGINE, ScriptCorpus.allOptions());
        int handOver = engine.indexOf("if (-not $script:Target.IsMe) {");
        assertFalse(
                engine.substring(0, handOver).contains("--set-default-version"),
                "not for the account running the script");
        String perUser = HostKindScriptsTest.perUserScript(engine);
        int perUserSet = perUser.indexOf(set);
        assertTrue(
                perUserSet > 0
                        && perUserSet < perUser.indexOf("'--install', '--distribution', $distro"),
                "in the steps the person runs, before the distribution is installed (it takes the"
                        + " default version): "
                        + perUser);
        String goesOn =
                engine.substring(
                        engine.indexOf(
                                "Write-Output 'This account will use Docker: the script goes"
                                        + " on.'"));
        int inline = goesOn.indexOf(set);
        assertTrue(
                inline > 0 && inline < goesOn.indexOf("'--install', '--distribution', $distro"),
                "and where that person runs this script");

        String desktop = baselineScript(Mode.DESKTOP_WSL2, ScriptOptions.defaults());
        int at = desktop.indexOf(set);
        assertTrue(at > 0 && desktop.indexOf(set, at + 1) < 0, desktop);
        String before = desktop.substring(0, at);
        int guard = before.lastIndexOf("if ($script:Target.IsMe) {");
        assertTrue(
                guard > 0 && !before.substring(guard).contains("}"),
                "only for the account that runs it: " + before.substring(Math.max(0, guard)));
        String otherwise = desktop.substring(at, desktop.indexOf("Write-DockwiseStep", at));
        assertTrue(
                otherwise.contains("else {")
                        && otherwise.contains("$script:Target.Name")
                        && otherwise.contains("wsl --set-default-version 2"),
                "anyone else is told what to run: " + otherwise);
    }

    /**
     * The script for the baseline host (Windows 11 Pro): built here, not with another test's
     * helper, whose form changes.
     */
    private static String baselineScript(Mode mode, ScriptOptions options) throws Exception {
        dev.dockwise.engine.model.Profile profile = dev.dockwise.TestProfile.baseline().profile();
        return ScriptCorpus.GENERATOR
                .install(profile, dev.dockwise.TestEngine.ADVISOR.evaluate(profile), mode, options)
                .text()
                .replace("\r\n", "\n");
    }
}
