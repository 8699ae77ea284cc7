package dev.dockwise.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.TestProfile;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.scripts.options.ScriptOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The dry run (-WhatIf) runs to the end and changes nothing: every command of the steps that
 * changes the computer sits inside a ShouldProcess block (or a block that runs only outside a dry
 * run), or is marked -WhatIf:$false as the run's own (its folders and transcript); and nothing a
 * dry run skipped is then required to exist.
 */
class DryRunTest {
    /**
     * Commands and statements that change the computer, the environment a child process sees, or a
     * file.
     */
    private static final Pattern CHANGES =
            Pattern.compile(
                    "^\\s*(\\$\\w+ ="
                        + " )?(Set-Content|Add-Content|Out-File|New-Item|Copy-Item|Move-Item|Remove-Item|Set-Acl"
                        + "|Expand-Archive|Start-Service|Stop-Service|Restart-Service|New-NetFirewallRule|New-VM|Set-VM\\w*|Start-VM|Stop-VM|New-NetNat|New-NetIPAddress"
                        + "|Add-LocalGroupMember|Write-DockwisePrivateFile|Invoke-DockwiseInstaller|\\[System\\.IO\\.File\\]::Write\\w+|\\[Environment\\]::SetEnvironmentVariable|\\$env:WSLENV"
                        + " = |\\$env:DOCKWISE_\\w+ = |Get-VMNetworkAdapter .*\\|"
                        + " Set-VMNetworkAdapter)\\b.*");

    /**
     * Native calls that change something (read-only ones: wsl --version, --list, --status, docker
     * version).
     */
    private static final Pattern NATIVE_CHANGE =
            Pattern.compile(
                    "^\\s*Invoke-DockwiseNative .*-ArgumentList"
                            + " @\\('(--install|--update|--set-default-version|--shutdown"
                            + "|--register-service|-xzf|pull|--distribution)'.*");

    /**
     * The lines of the script's main part (the steps), each with the opening lines of the blocks it
     * sits in.
     */
    static List<String> unguardedChanges(String script) {
        List<String> found = new ArrayList<>();
        String[] lines = script.replace("\r\n", "\n").split("\n");
        int start = -1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].equals("try {")) {
                start = i;
            }
        }
        assertTrue(start > 0, "no main part");
        for (int i = start + 1; i < lines.length && !lines[i].equals("finally {"); i++) {
            String line = lines[i];
            if (!(CHANGES.matcher(line).matches() || NATIVE_CHANGE.matcher(line).matches())
                    || line.contains("-WhatIf:$false")) {
                continue;
            }
            if (!guarded(lines, i, start)) {
                found.add(line.trim());
            }
        }
        return found;
    }

    /**
     * Whether a block that encloses line i runs only when ShouldProcess says so, or only outside a
     * dry run.
     */
    private static boolean guarded(String[] lines, int i, int start) {
        int indent = indent(lines[i]);
        for (int j = i - 1; j > start && indent > 0; j--) {
            String opener = lines[j];
            if (opener.isBlank() || indent(opener) >= indent || !opener.trim().endsWith("{")) {
                continue;
            }
            indent = indent(opener);
            if (opener.contains("$PSCmdlet.ShouldProcess(")
                    || opener.contains("if (-not $WhatIfPreference) {")) {
                return true;
            }
        }
        return false;
    }

    private static int indent(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    @Test
    void everyChangeOfEveryScriptIsInsideShouldProcessOrMarkedAsTheRunsOwn() throws Exception {
        List<String> found = new ArrayList<>();
        for (ScriptCorpus.Item item : ScriptCorpus.all()) {
            unguardedChanges(item.script().text())
                    .forEach(line -> found.add(item.name() + ": " + line));
        }
        String perUser =
                HostKindScriptsTest.perUserScript(
                        HostKindScriptsTest.script(
                                TestProfile.baseline(),
                                Mode.WSL2_ENGINE,
                                ScriptCorpus.allOptions()));
        for (String line : perUser.split("\n")) {
            // the per-account script has no main block: its changes are checked line by line
            // against the same rule
            if ((CHANGES.matcher(line).matches() || NATIVE_CHANGE.matcher(line).matches())
                    && !line.startsWith("    ")) {
                found.add("per-account: " + line.trim());
            }
        }
        assertEquals(List.of(), found.stream().distinct().limit(40).toList());
    }

    @Test
    void onAFreshServerTheDryRunGoesPastTheEngineThatWasNotInstalled() throws Exception {
        for (ScriptOptions.ServerEngine engine :
                List.of(
                        ScriptOptions.ServerEngine.DOCKER_CE,
                        ScriptOptions.ServerEngine.MIRANTIS)) {
            String text =
                    HostKindScriptsTest.script(
                            VerifiedDownloadsTest.server2022(),
                            Mode.WINDOWS_PROCESS,
                            ScriptOptions.builder().engine(engine).build());
            String daemon =
                    text.substring(
                            text.indexOf(": Configure the Docker daemon"), text.indexOf(": Pull "));
            assertFalse(
                    daemon.contains("$engine = Get-Service -Name 'docker'\n"),
                    "Get-Service throws where the dry run installed nothing: " + daemon);
            assertTrue(
                    daemon.contains(
                            "$engine = Get-Service -Name 'docker' -ErrorAction SilentlyContinue"),
                    daemon);
            int dry = daemon.indexOf("if ($null -eq $engine -and $WhatIfPreference) {");
            assertTrue(
                    dry > 0
                            && daemon.indexOf("throw", dry)
                                    > daemon.indexOf("elseif ($null -eq $engine) {"),
                    "only a real run stops there: " + daemon);
        }
    }

    @Test
    void theLinuxStepsLeaveNoFileAndNoWslenvBehind() throws Exception {
        String text =
                HostKindScriptsTest.script(
                                TestProfile.baseline(), Mode.WSL2_ENGINE, ScriptCorpus.allOptions())
                        .replace("\r\n", "\n");
        // the main script's own steps, after the per-account script it carries
        String engine =
                text.substring(
                        text.lastIndexOf("$engineScript = @'"),
                        text.lastIndexOf("Write-Output ('Next: open "));
        int write = engine.indexOf("[System.IO.File]::WriteAllText($scriptFile");
        int guard =
                engine.indexOf("if ($PSCmdlet.ShouldProcess($distro, 'Install Docker Engine')) {");
        assertTrue(
                guard > 0 && guard < write && guard < engine.indexOf("$env:WSLENV = "),
                "written only in a real run: " + engine);
        assertTrue(
                engine.contains("$wslenvBefore = $env:WSLENV")
                        && engine.contains("$env:WSLENV = $wslenvBefore"),
                "WSLENV as it was: " + engine);
        int cleanup =
                engine.indexOf(
                        "Remove-Item -LiteralPath $scriptFile -Force -WhatIf:$false -ErrorAction"
                                + " SilentlyContinue");
        assertTrue(
                cleanup > engine.indexOf("finally {", write),
                "the file goes whatever happens, a dry run's Remove-Item would keep it: " + engine);
    }
}
