package dev.dockwise.scripts.probe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.TestEngine;
import dev.dockwise.engine.diagnose.Diagnoser;
import dev.dockwise.engine.model.Mode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Check the setup" runs the bundled check through PowerShell: here a stand-in that answers as the
 * check would on a host.
 */
class SetupCheckTest {
    @TempDir Path dir;

    private Path shell(String body) throws Exception {
        Path file = dir.resolve("powershell");
        Files.writeString(
                file, "#!/bin/sh\necho \"$@\" > " + dir.resolve("argv") + "\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    private SetupCheck.Outcome run(Path shell, Mode mode, Duration timeout) throws Exception {
        Path work = Files.createDirectories(dir.resolve("work"));
        return new SetupCheck(shell, timeout, new Diagnoser(TestEngine.ADVISOR))
                .run(work, mode, line -> {}, () -> false);
    }

    @Test
    void eachStepPassesOrFailsAndAFailedOnesErrorGoesThroughTheTroubleshooter() throws Exception {
        SetupCheck.Outcome outcome =
                run(
                        shell(
                                """
                                echo 'CHECK engine PASS 29.7.2'
                                echo 'CHECK engine-os PASS expected windows, the engine says: windows'
                                echo 'CHECK container FAIL docker: Error response from daemon: image operating system "windows" cannot be used on this platform.'
                                echo 'CHECK transcript FAIL C:\\ProgramData\\Dockwise\\logs\\install-windows-process-20261206-101500.log'
                                echo 'ERROR Error response from daemon: no matching manifest for linux/amd64 in the manifest list entries'
                                """),
                        Mode.WINDOWS_PROCESS,
                        Duration.ofSeconds(30));
        SetupCheck.Outcome.Checked checked =
                assertInstanceOf(SetupCheck.Outcome.Checked.class, outcome);
        List<SetupCheck.Step> steps = checked.steps();
        assertEquals(
                List.of("engine", "engine-os", "container", "transcript"),
                steps.stream().map(SetupCheck.Step::id).toList());
        assertEquals(
                List.of(true, true, false, false),
                steps.stream().map(SetupCheck.Step::passed).toList());
        assertFalse(checked.allPassed());
        assertEquals("A test container runs (docker run hello-world)", steps.get(2).title());
        assertTrue(
                steps.get(2).advice().stream()
                        .anyMatch(
                                a ->
                                        a.diagnosis()
                                                .matches()
                                                .get(0)
                                                .id()
                                                .equals("image-os-not-supported")),
                "the troubleshooter's answer beside the failed step: " + steps.get(2).advice());
        assertTrue(
                steps.get(3).advice().stream()
                        .anyMatch(
                                a ->
                                        a.diagnosis()
                                                .matches()
                                                .get(0)
                                                .id()
                                                .equals("no-matching-manifest")),
                "the transcript's errors too: " + steps.get(3).advice());
        assertTrue(steps.get(0).advice().isEmpty(), "a passed step has none");
        String argv = Files.readString(dir.resolve("argv")).trim();
        assertEquals(
                "-NoProfile -NonInteractive -ExecutionPolicy Bypass -File "
                        + dir.resolve("work/dockwise-verify.ps1")
                        + " -Mode windows-process",
                argv,
                "no elevation asked, the mode named");
        assertArrayEquals(
                VerifyScript.bytes(),
                Files.readAllBytes(dir.resolve("work/dockwise-verify.ps1")),
                "the bundled check, as it is");
    }

    @Test
    void aCheckThatSaysNothingOrHangsOrIsRefusedIsToldInWords() throws Exception {
        SetupCheck.Outcome.Failed silent =
                assertInstanceOf(
                        SetupCheck.Outcome.Failed.class,
                        run(
                                shell("echo 'something else'; exit 1"),
                                Mode.DESKTOP_WSL2,
                                Duration.ofSeconds(30)));
        assertTrue(silent.reason().contains("before it checked anything"), silent.reason());
        SetupCheck.Outcome.Failed hung =
                assertInstanceOf(
                        SetupCheck.Outcome.Failed.class,
                        run(shell("sleep 30"), Mode.DESKTOP_WSL2, Duration.ofSeconds(1)));
        assertTrue(hung.reason().contains("did not finish within 1 seconds"), hung.reason());
        SetupCheck.Outcome.Failed policy =
                assertInstanceOf(
                        SetupCheck.Outcome.Failed.class,
                        run(
                                shell(
                                        "echo 'File C:\\work\\dockwise-verify.ps1 cannot be loaded"
                                                + " because running scripts is disabled on this"
                                                + " system.'; exit 1"),
                                Mode.WSL2_ENGINE,
                                Duration.ofSeconds(30)));
        assertTrue(policy.reason().contains("execution policy"), policy.reason());
        assertInstanceOf(
                SetupCheck.Outcome.Failed.class,
                run(shell("exit 0"), Mode.LCOW, Duration.ofSeconds(5)),
                "no check for a mode without a script");
    }

    @Test
    void theCheckIsReadOnlyAndAsksWhatTheIssueNames() {
        String text = VerifyScript.text();
        for (String asked :
                List.of(
                        "'version', '--format', '{{.Server.Version}}'",
                        "'info', '--format', '{{.OSType}}'",
                        "'run', '--rm', 'hello-world'",
                        "& wsl.exe --status",
                        "Join-Path -Path $env:ProgramData -ChildPath 'Dockwise\\logs'",
                        "Sort-Object -Property LastWriteTime -Descending")) {
            assertTrue(text.contains(asked), asked);
        }
        assertFalse(text.contains("RunAsAdministrator"), "no elevation");
        List<String> changes = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.contains("Set-StrictMode")
                    && line.matches(
                            "\\s*(Set-|New-|Remove-|Copy-|Move-|Start-Service|Stop-Service|Restart-Service|Enable-|Install-).*")) {
                changes.add(line.trim());
            }
        }
        assertEquals(List.of(), changes, "changes nothing");
        assertTrue(text.chars().allMatch(c -> c < 128), "ASCII");
    }
}
