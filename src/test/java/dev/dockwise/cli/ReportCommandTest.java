package dev.dockwise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.TestEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dockwise report} and {@code dockwise script/probe} writing files: formats, refusals, no
 * partial files.
 */
class ReportCommandTest {
    @TempDir Path dir;

    private Path profile() throws Exception {
        Path p = dir.resolve("host.dockwise.json");
        Files.writeString(p, TestEngine.baseline());
        return p;
    }

    @Test
    void writesPdfAndHtmlByExtension() throws Exception {
        Path pdf = dir.resolve("r.pdf");
        assertEquals(
                0,
                CliRun.of("report", "--profile", profile().toString(), "--out", pdf.toString())
                        .exitCode());
        assertTrue(
                new String(
                                Files.readAllBytes(pdf),
                                0,
                                5,
                                java.nio.charset.StandardCharsets.ISO_8859_1)
                        .startsWith("%PDF-"));
        Path html = dir.resolve("r.html");
        assertEquals(
                0,
                CliRun.of("report", "--out", html.toString()).exitCode(),
                "a compare-only report needs no profile");
        assertTrue(Files.readString(html).startsWith("<!DOCTYPE html>"));
    }

    @Test
    void refusesToOverwriteWithoutForce() throws Exception {
        Path pdf = dir.resolve("r.pdf");
        Files.writeString(pdf, "keep me");
        CliRun run =
                CliRun.of("report", "--profile", profile().toString(), "--out", pdf.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("exists; add --force"), run.err());
        assertEquals("keep me", Files.readString(pdf));
        assertEquals(
                0,
                CliRun.of(
                                "report",
                                "--profile",
                                profile().toString(),
                                "--out",
                                pdf.toString(),
                                "--force")
                        .exitCode());
        assertFalse(
                Files.readString(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)
                        .equals("keep me"));
    }

    @Test
    void aMissingFolderIsAClearErrorAndLeavesNothing() throws Exception {
        Path out = dir.resolve("no-such-folder").resolve("r.pdf");
        CliRun run =
                CliRun.of("report", "--profile", profile().toString(), "--out", out.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("does not exist"), run.err());
        assertFalse(Files.exists(out.getParent()));
    }

    @Test
    void aFolderThatCannotBeWrittenIsAClearErrorAndLeavesNoPartialFile() throws Exception {
        // a regular file where the folder should be: nothing can be made in it, by root either
        // (folder permissions don't bind root, so a locked folder would test nothing there)
        Path reports = Files.createDirectory(dir.resolve("reports"));
        Path notAFolder = Files.writeString(reports.resolve("2026"), "mine");
        CliRun run =
                CliRun.of(
                        "report",
                        "--profile",
                        profile().toString(),
                        "--out",
                        notAFolder.resolve("r.pdf").toString());
        assertEquals(2, run.exitCode());
        assertTrue(
                run.err().contains("can't write")
                        && run.err().contains("2026 is a file, not a folder"),
                run.err());
        assertEquals("mine", Files.readString(notAFolder));
        try (Stream<Path> files = Files.list(reports)) {
            assertEquals(List.of(notAFolder), files.toList(), "nothing written beside it");
        }
    }

    @Test
    void badReportArguments() throws Exception {
        assertEquals(2, CliRun.of("report", "--profile", profile().toString()).exitCode());
        assertTrue(
                CliRun.of("report", "--out", dir.resolve("r.docx").toString())
                        .err()
                        .contains(".pdf or .html"));
        assertTrue(
                CliRun.of("report", "--out", dir.resolve("r.pdf").toString(), "--paper", "a3")
                        .err()
                        .contains("a4 or letter"));
        assertTrue(
                CliRun.of("report", "--out", dir.resolve("r.pdf").toString(), "--printer", "x")
                        .err()
                        .contains("--printer goes with --print"));
    }

    @Test
    void scriptAndProbeWriteFilesAndExplainBlockedModes() throws Exception {
        Path ps1 = dir.resolve("install.ps1");
        CliRun run =
                CliRun.of("script", "--profile", profile().toString(), "--out", ps1.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals((byte) 0xEF, Files.readAllBytes(ps1)[0]);
        CliRun blocked =
                CliRun.of("script", "--profile", profile().toString(), "--mode", "windows-process");
        assertEquals(2, blocked.exitCode());
        assertTrue(
                blocked.err().contains("No script for Windows containers (process isolation)"),
                blocked.err());
        CliRun lcow = CliRun.of("script", "--profile", profile().toString(), "--mode", "lcow");
        assertTrue(lcow.err().contains("No script for LCOW"), lcow.err());
        CliRun bad =
                CliRun.of(
                        "script",
                        "--profile",
                        profile().toString(),
                        "--proxy-http",
                        "ftp://x",
                        "--distro",
                        "bad name");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("--proxy-http") && bad.err().contains("--distro"), bad.err());
        CliRun probe = CliRun.of("probe");
        assertTrue(probe.out().contains("dockwise.profile/v1"));
        CliRun verify = CliRun.of("probe", "--verify");
        assertEquals(0, verify.exitCode(), verify.err());
        assertTrue(
                verify.out().contains("CHECK <id> PASS|FAIL")
                        && verify.out().contains("[ValidateSet('desktop-wsl2'"),
                "the check of a setup: " + verify.out());
        CliRun proxyPassword =
                CliRun.of(
                        "script",
                        "--profile",
                        profile().toString(),
                        "--proxy-http",
                        "http://dev:secret@proxy.example.com:8080");
        assertEquals(2, proxyPassword.exitCode());
        assertTrue(
                proxyPassword.err().contains("--proxy-http")
                        && proxyPassword.err().contains("-ProxyCredential"),
                proxyPassword.err());
        CliRun parent =
                CliRun.of("script", "--profile", profile().toString(), "--for", "parent-host");
        assertEquals(2, parent.exitCode());
        assertTrue(parent.err().contains("for virtual machines"), parent.err());
    }
}
