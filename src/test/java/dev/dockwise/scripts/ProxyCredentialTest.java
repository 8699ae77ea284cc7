package dev.dockwise.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.TestProfile;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.scripts.options.ScriptOption;
import dev.dockwise.scripts.options.ScriptOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Proxy credentials are never written in clear: not into the script (a proxy address with a user or
 * password is refused), not into machine-wide environment variables every account reads, not into
 * the per-account script; they are asked for when the script runs and reach every download, and the
 * engine reads them from a daemon.json only Administrators and SYSTEM read.
 */
class ProxyCredentialTest {
    @Test
    void aProxyAddressWithAUserNameOrPasswordIsRefusedWithWhatToDoInstead() {
        for (String url :
                List.of(
                        "http://dev:s3cret@proxy.example.com:8080",
                        "https://CORP%5Cdev@proxy.example.com")) {
            ScriptOptions o =
                    ScriptOptions.builder()
                            .set(ScriptOption.PROXY_HTTP, url)
                            .set(ScriptOption.PROXY_HTTPS, url)
                            .build();
            List<ScriptOptions.OptionProblem> problems = o.problems();
            assertEquals(
                    List.of(ScriptOption.PROXY_HTTP, ScriptOption.PROXY_HTTPS),
                    problems.stream().map(ScriptOptions.OptionProblem::option).toList(),
                    url);
            assertTrue(
                    problems.get(0).message().contains("-ProxyCredential (Get-Credential)"),
                    problems.get(0).message());
            assertFalse(
                    problems.get(0).message().contains("s3cret"),
                    "the message does not repeat the password");
        }
        assertEquals(
                List.of(),
                ScriptOptions.builder()
                        .set(ScriptOption.PROXY_HTTP, "http://proxy.example.com:8080/path@x")
                        .build()
                        .problems(),
                "an @ after the host is no user name");
    }

    @Test
    void theCredentialIsAskedForWhenTheScriptRunsAndReachesEveryDownload() throws Exception {
        String text =
                HostKindScriptsTest.script(
                        VerifiedDownloadsTest.server2022(),
                        Mode.WINDOWS_PROCESS,
                        ScriptCorpus.allOptions());
        assertTrue(
                text.contains(
                        "[System.Management.Automation.PSCredential]$ProxyCredential = $null,"),
                "a parameter, not a value in the script");
        String download = VerifiedDownloadsTest.downloadFunction(text);
        int credential = download.indexOf("$request['ProxyCredential'] = $ProxyCredential");
        assertTrue(
                credential > 0 && credential < download.indexOf("Invoke-WebRequest @request"),
                download);
        String url = VerifiedDownloadsTest.function(text, "Get-DockwiseProxyUrl");
        assertTrue(
                url.contains(
                                "[uri]::EscapeDataString($user) + ':' +"
                                        + " [uri]::EscapeDataString($network.Password) + '@'")
                        && url.contains("-replace '^(https?://)', ('${1}' + $userInfo)"),
                "percent-encoded, a user name starting with a digit stays one: " + url);
    }

    @Test
    void noScriptWritesTheProxyWhereOtherAccountsReadIt() throws Exception {
        int servers = 0;
        for (ScriptCorpus.Item item : ScriptCorpus.all()) {
            String text = item.script().text();
            assertFalse(
                    text.matches(
                            "(?s).*SetEnvironmentVariable\\('(HTTP_PROXY|HTTPS_PROXY|NO_PROXY)'.*"),
                    item.name() + ": machine-wide proxy variables");
            assertFalse(text.contains("Set-Content -Path $daemonJson"), item.name());
            if (text.contains("$daemonJson = ") && text.contains("$DockwiseProxy = 'http")) {
                servers++;
                assertTrue(
                        text.contains("$settings['proxies'] = $proxies")
                                && text.contains(
                                        "Write-DockwisePrivateFile -Path $daemonJson -Text $after"),
                        item.name());
            }
        }
        assertTrue(servers > 3, "Windows Server scripts with a proxy: " + servers);
        String text =
                HostKindScriptsTest.script(
                        VerifiedDownloadsTest.server2022(),
                        Mode.WINDOWS_PROCESS,
                        ScriptCorpus.allOptions());
        String writer = VerifiedDownloadsTest.function(text, "Write-DockwisePrivateFile");
        assertTrue(
                writer.contains("$staged = Join-Path -Path $script:WorkDir")
                        && writer.contains("$acl.SetAccessRuleProtection($true, $false)")
                        && writer.contains("@('S-1-5-32-544', 'S-1-5-18')")
                        && writer.contains("UTF8Encoding -ArgumentList $false"),
                writer);

        String wsl =
                HostKindScriptsTest.script(
                        TestProfile.baseline(), Mode.WSL2_ENGINE, ScriptCorpus.allOptions());
        String perUser = HostKindScriptsTest.perUserScript(wsl);
        assertTrue(
                perUser.contains(
                                "[System.Management.Automation.PSCredential]$ProxyCredential ="
                                        + " $null")
                        && perUser.contains("function Get-DockwiseProxyUrl {"),
                "the account's own script asks for the credential too: " + perUser);
        assertTrue(
                perUser.contains(
                        "$env:DOCKWISE_HTTP_PROXY = Get-DockwiseProxyUrl -Url"
                                + " 'http://proxy.example.com:8080'"),
                perUser);
    }
}
