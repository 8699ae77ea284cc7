package dev.dockwise.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dockwise.TestProfile;
import dev.dockwise.engine.model.ContainerType;
import dev.dockwise.engine.model.Edition;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.engine.model.ServerInstallation;
import dev.dockwise.scripts.options.ScriptOptions;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Install exactly what was verified: every pinned download carries the SHA-256 of a published
 * source in the knowledge data, every script checks it before the file is unpacked or run, and the
 * Docker CE zip is unpacked once, after the whole of it was checked. The data is read as JSON, as a
 * reviewer reads it.
 */
class VerifiedDownloadsTest {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern DOWNLOAD =
            Pattern.compile("Get-DockwiseDownload -Uri '([^']+)'([^\\n]*)");

    static JsonNode install() throws IOException {
        try (InputStream in =
                VerifiedDownloadsTest.class.getResourceAsStream(
                        "/dev/dockwise/knowledge/install.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    /**
     * Windows Server 2022 Server Core needing Windows containers; a new one each time (a
     * TestProfile changes in place).
     */
    static TestProfile server2022() {
        return TestProfile.baseline()
                .edition(Edition.SERVER_STANDARD)
                .build(20348)
                .serverInstallation(ServerInstallation.SERVER_CORE)
                .containers(ContainerType.WINDOWS);
    }

    @Test
    void everyPinnedDownloadHasTheSha256OfAPublishedSourceInTheData() throws IOException {
        JsonNode install = install();
        for (String pinned : List.of("dockerCeStatic", "containerd", "toolbox")) {
            JsonNode fact = install.get(pinned);
            assertTrue(
                    fact.hasNonNull("sha256")
                            && SHA256.matcher(fact.get("sha256").asText()).matches(),
                    pinned + ": a SHA-256 in lower-case hex");
            String source = fact.path("sha256Source").asText();
            assertTrue(
                    source.matches("(SCOOP|CHOCO) \\S+ @[0-9a-f]{7,40} \\(\\d{4}-\\d{2}-\\d{2}.*"),
                    pinned + ": where it is published, at which commit: " + source);
        }
        // the one download no source publishes a SHA-256 for says so, and its script fails closed
        // (below)
        JsonNode mirantis = install.get("mirantis");
        assertTrue(
                mirantis.has("sha256") && mirantis.get("sha256").isNull(),
                "Mirantis: no SHA-256 invented");
        assertTrue(
                mirantis.path("sha256Source").asText().startsWith("none published"),
                mirantis.toString());
    }

    @Test
    void everyScriptChecksAPinnedDownloadAgainstItsSha256AndNothingElseVouchesForAnUnpinnedOne()
            throws Exception {
        JsonNode install = install();
        String dockerZip =
                "docker-" + install.path("dockerCeStatic").path("defaultVersion").asText() + ".zip";
        String containerd =
                "containerd-"
                        + install.path("containerd").path("defaultVersion").asText()
                        + "-windows-amd64.tar.gz";
        List<String> seen = new ArrayList<>();
        for (ScriptCorpus.Item item : ScriptCorpus.all()) {
            Matcher m = DOWNLOAD.matcher(item.script().text());
            while (m.find()) {
                String url = m.group(1);
                String rest = m.group(2);
                String expected =
                        url.endsWith(dockerZip)
                                ? install.path("dockerCeStatic").path("sha256").asText()
                                : url.endsWith(containerd)
                                        ? install.path("containerd").path("sha256").asText()
                                        : url.equals(
                                                        install.path("toolbox")
                                                                .path("download")
                                                                .asText())
                                                ? install.path("toolbox").path("sha256").asText()
                                                : null;
                if (expected != null) {
                    assertTrue(
                            rest.contains(" -PinnedHash '" + expected + "'")
                                    && !rest.contains("-Publisher"),
                            item.name() + ": " + m.group());
                    seen.add(url.substring(url.lastIndexOf('/') + 1));
                } else if (url.contains("desktop.docker.com")) {
                    assertTrue(
                            rest.contains("-Publisher") && !rest.contains("-PinnedHash"),
                            item.name()
                                    + ": Docker Desktop is checked by its signer: "
                                    + m.group());
                } else {
                    // Mirantis's installer, a Docker CE version the user chose: only a SHA-256 the
                    // user checked vouches for it
                    assertFalse(
                            rest.contains("-PinnedHash")
                                    || rest.contains("-Publisher")
                                    || rest.contains("-SignedInZip"),
                            item.name() + ": " + m.group());
                }
            }
        }
        assertTrue(
                seen.contains(dockerZip)
                        && seen.contains(containerd)
                        && seen.stream().anyMatch(f -> f.startsWith("DockerToolbox")),
                seen.toString());
    }

    @Test
    void aPinnedSha256ThatDoesNotMatchEndsTheScriptBeforeASignatureOrTrustedHashIsAsked()
            throws Exception {
        String text = HostKindScriptsTest.script(server2022(), Mode.WINDOWS_PROCESS);
        String body = downloadFunction(text);
        int pinned = body.indexOf("if ($PinnedHash -ne '') {");
        assertTrue(pinned > 0, body);
        String check = body.substring(pinned, body.indexOf("\n    }\n", pinned));
        assertTrue(
                check.contains("if ($actual -ne $PinnedHash.ToUpperInvariant()) {")
                        && check.contains("Remove-Item -Path $OutFile -Force")
                        && check.contains("throw ('SHA-256 mismatch for ")
                        && check.trim().endsWith("return"),
                check);
        assertTrue(
                pinned < body.indexOf("$TrustedHash -contains $actual")
                        && pinned < body.indexOf("Get-AuthenticodeSignature"),
                "the pinned SHA-256 decides first, and alone");
    }

    @Test
    void theDockerCeZipIsUnpackedOnceAfterTheWholeOfItWasVerifiedAndThatCopyIsInstalled()
            throws Exception {
        String text = HostKindScriptsTest.script(server2022(), Mode.WINDOWS_PROCESS);
        assertEquals(
                1,
                text.split("Expand-Archive", -1).length - 1,
                "one extraction in the whole script");
        String step =
                text.substring(
                        text.indexOf(": Install Docker CE"),
                        text.indexOf(": Configure the Docker daemon"));
        int download = step.indexOf("Get-DockwiseDownload -Uri ");
        int expand = step.indexOf("Expand-Archive -Path $zip -DestinationPath $unpacked");
        int copy =
                step.indexOf(
                        "Copy-Item -Path (Join-Path -Path $unpacked -ChildPath 'docker\\*')"
                                + " -Destination $dockerDir");
        assertTrue(download > 0 && download < expand && expand < copy, step);
        assertFalse(
                downloadFunction(text).contains("Expand-Archive"),
                "the download check opens nothing");
    }

    @Test
    void theSignerIsTheOrganisationExactlyWithAChainToARootOfTheMachineAndAnythingElseFailsClosed()
            throws Exception {
        String text = HostKindScriptsTest.script(TestProfile.baseline(), Mode.DESKTOP_WSL2);
        assertFalse(
                text.contains("-like ('*' + $Publisher + '*')")
                        || text.matches("(?s).*Subject -(i|c)?(like|match) .*"),
                "no pattern match on the subject: any trusted certificate whose subject contains"
                        + " the text passed");
        String signer = function(text, "Test-DockwiseSigner");
        // the O= attribute, parsed, compared whole and case-sensitively, exactly one of it
        assertTrue(
                signer.contains(
                        "$certificate.SubjectName.Decode([System.Security.Cryptography.X509Certificates.X500DistinguishedNameFlags]::UseNewLines)"),
                signer);
        assertTrue(
                signer.contains(
                        "if ($organizations.Count -ne 1 -or $organizations[0] -cne ('O=' +"
                                + " $Organization)) {"),
                signer);
        // the chain ends in a self-signed root in the machine's stores, not one a user added for
        // themselves
        assertTrue(
                signer.contains("[void]$chain.Build($certificate)")
                        && signer.contains("if ($root.Subject -ne $root.Issuer) {")
                        && signer.contains("Cert:\\LocalMachine\\Root\\")
                        && !signer.contains("CurrentUser"),
                signer);
        // every branch but the last says no
        assertEquals(4, signer.split("return \\$false", -1).length - 1, signer);
        String download = downloadFunction(text);
        assertTrue(
                download.contains(
                        "if (Test-DockwiseSigner -Path $OutFile -Organization $Publisher) {"),
                download);
        assertTrue(
                text.contains(
                        "Get-DockwiseDownload -Uri"
                            + " 'https://desktop.docker.com/win/main/amd64/Docker%20Desktop%20Installer.exe'"
                            + " -OutFile $installer -Publisher 'Docker Inc'"),
                "the organisation Docker's certificate names, whole");
    }

    @Test
    void downloadsGoToAPrivateFolderOfTheRunNotToTemp() throws Exception {
        Pattern outFile = Pattern.compile("Get-DockwiseDownload -Uri '[^']+' -OutFile (\\$\\w+)");
        int downloads = 0;
        for (ScriptCorpus.Item item : ScriptCorpus.all()) {
            String text = item.script().text().replace("\r\n", "\n");
            for (String line : text.split("\n")) {
                // only the Linux script handed to WSL, in the account's own %TEMP%, lives there
                // (the steps of that account run as it)
                assertTrue(
                        !line.contains("$env:TEMP")
                                || line.trim()
                                        .matches(
                                                "'?\\s*\\$scriptFile = Join-Path -Path \\$env:TEMP"
                                                        + " .*"),
                        item.name() + ": " + line);
            }
            Matcher m = outFile.matcher(text);
            while (m.find()) {
                downloads++;
                String variable = m.group(1);
                assertTrue(
                        text.contains(variable + " = Join-Path -Path $script:WorkDir -ChildPath "),
                        item.name() + ": " + variable + " outside the work folder");
            }
            if (downloads > 0 && text.contains("Get-DockwiseDownload -Uri")) {
                int work = text.indexOf("$script:WorkDir = New-DockwiseWorkFolder");
                assertTrue(
                        work > 0 && work < text.indexOf("Write-DockwiseStep 'Step 1 of"),
                        item.name() + ": the folder is there before the first step");
                int cleanup =
                        text.indexOf(
                                "Remove-Item -LiteralPath $script:WorkDir -Recurse -Force"
                                        + " -WhatIf:$false");
                assertTrue(
                        cleanup > text.lastIndexOf("finally {"),
                        item.name() + ": removed whatever happens");
            }
        }
        assertTrue(downloads > 40, "downloads seen: " + downloads);
        String text = HostKindScriptsTest.script(server2022(), Mode.WINDOWS_PROCESS);
        String protect = function(text, "Protect-DockwiseFolder");
        assertTrue(
                protect.contains("$acl.SetOwner($administrators)")
                        && protect.contains("$acl.SetAccessRuleProtection($true, $false)"),
                "owned by Administrators, inheritance off: " + protect);
        Matcher sids = Pattern.compile("'(S-1-[0-9-]+)'").matcher(protect);
        List<String> granted = new ArrayList<>();
        while (sids.find()) {
            granted.add(sids.group(1));
        }
        assertEquals(
                List.of("S-1-5-32-544", "S-1-5-18", "S-1-5-32-545", "S-1-5-32-544", "S-1-5-18"),
                granted,
                "Administrators and SYSTEM; Users only to read (the logs), never in the work"
                        + " folder");
        assertTrue(
                protect.contains("if ($UsersRead) {") && protect.contains("'ReadAndExecute'"),
                protect);
        assertTrue(
                protect.contains("[System.IO.FileAttributes]::ReparsePoint")
                        && protect.contains(
                                "GetOwner([System.Security.Principal.SecurityIdentifier])"),
                "a link or another account's file put there first is refused");
        String work = function(text, "New-DockwiseWorkFolder");
        assertTrue(
                work.contains("[guid]::NewGuid().ToString('N')")
                        && work.contains("Protect-DockwiseFolder -Path $folder\n"),
                work);
        assertTrue(
                work.contains("$DockwiseHome -ChildPath ('work\\' + "),
                "under %ProgramData%\\Dockwise");
        assertTrue(
                text.contains(
                        "$DockwiseHome = Join-Path -Path $env:ProgramData -ChildPath 'Dockwise'"));
    }

    @Test
    void mirantissInstallerRunsInAProcessOfItsOwnAndWindowsRestartsOnlyWhenAsked()
            throws Exception {
        String text =
                HostKindScriptsTest.script(
                        server2022(),
                        Mode.WINDOWS_PROCESS,
                        ScriptOptions.builder()
                                .engine(ScriptOptions.ServerEngine.MIRANTIS)
                                .build());
        String step =
                text.substring(
                        text.indexOf(": Install Mirantis Container Runtime"),
                        text.indexOf(": Configure the Docker daemon"));
        assertFalse(
                step.matches("(?s).*\\n\\s*(&|\\.) \\$installer\\b.*"),
                "not dot-run or called inside this elevated session: " + step);
        assertTrue(
                step.contains(
                                "Invoke-DockwiseInstaller -FilePath $windowsPowerShell"
                                    + " -ArgumentList ('-NoProfile -ExecutionPolicy Bypass -File"
                                    + " \"' + $installer + '\"')")
                        && step.contains(
                                "$windowsPowerShell = Join-Path -Path $env:SystemRoot -ChildPath"
                                        + " 'System32\\WindowsPowerShell\\v1.0\\powershell.exe'"),
                "a Windows PowerShell of its own, its exit code checked: " + step);
        assertTrue(
                step.contains("checked by Mirantis''s script, not by Dockwise"),
                "says plainly what Dockwise did not check");
        int restart = step.indexOf("$script:RestartNeeded = $true");
        assertTrue(
                restart > step.indexOf("if (Test-DockwiseRestartPending) {"),
                "a restart only when Windows waits for one: " + step);
        assertTrue(
                text.contains(
                        "Test-Path -Path"
                                + " 'HKLM:\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Component"
                                + " Based Servicing\\RebootPending'"));
        assertTrue(
                function(text, "Invoke-DockwiseInstaller")
                        .contains("if ($process.ExitCode -eq 3010) {"),
                "or when the installer asks with 3010");
    }

    static String function(String text, String name) {
        int at = text.indexOf("function " + name + " {");
        assertTrue(at > 0, "no function " + name);
        return text.substring(at, text.indexOf("\n}\n", at));
    }

    static String downloadFunction(String text) {
        int function = text.indexOf("function Get-DockwiseDownload {");
        assertTrue(function > 0, "no download function");
        return text.substring(function, text.indexOf("\n}\n", function));
    }
}
