package dev.dockwise.scripts.probe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Assess this computer" runs the probe through PowerShell: here a stand-in that behaves as
 * PowerShell does in each case.
 */
class ProbeRunnerTest {
    @TempDir Path dir;

    /**
     * A stand-in for powershell.exe: its arguments are recorded, then the body runs ($out is the
     * -OutFile path).
     */
    private Path shell(String body) throws Exception {
        Path file = dir.resolve("powershell");
        Files.writeString(
                file,
                "#!/bin/sh\necho \"$@\" > "
                        + dir.resolve("argv")
                        + "\necho $$ > "
                        + dir.resolve("pid")
                        + "\n"
                        + "out=''\n"
                        + "while [ $# -gt 0 ]; do if [ \"$1\" = -OutFile ]; then out=\"$2\"; fi;"
                        + " shift; done\n"
                        + body
                        + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    private ProbeRunner.Outcome run(Path shell, Duration timeout, List<String> progress)
            throws Exception {
        Path work = Files.createDirectories(dir.resolve("work"));
        return new ProbeRunner(shell, timeout).run(work, progress::add, () -> false);
    }

    private static String sample() throws Exception {
        return Files.readString(
                Path.of(
                        ProbeRunnerTest.class
                                .getResource("/probe-samples/win11-pro-laptop.dockwise.json")
                                .toURI()));
    }

    @Test
    void theProbeRunsWithoutAProfileOrPromptsAndItsProfileComesBack() throws Exception {
        Path sampleFile = Files.writeString(dir.resolve("sample.json"), sample());
        List<String> progress = new CopyOnWriteArrayList<>();
        ProbeRunner.Outcome outcome =
                run(
                        shell(
                                "echo 'Probe: reading Windows edition, build and hardware'\n"
                                        + "echo 'Probe: reading Windows features and WSL'\n"
                                        + "cp "
                                        + sampleFile
                                        + " \"$out\"\necho \"Wrote $out\""),
                        ProbeRunner.TIMEOUT,
                        progress);
        ProbeRunner.Outcome.Done done = assertInstanceOf(ProbeRunner.Outcome.Done.class, outcome);
        assertEquals(sample(), Files.readString(done.profile()));
        assertTrue(
                progress.contains("Probe: reading Windows features and WSL"), progress.toString());
        String argv = Files.readString(dir.resolve("argv")).trim();
        assertTrue(
                argv.startsWith(
                        "-NoProfile -NonInteractive -ExecutionPolicy Bypass -File "
                                + dir.resolve("work/dockwise-probe.ps1")
                                + " -OutFile "),
                argv);
        assertArrayEquals(
                ProbeScript.bytes(),
                Files.readAllBytes(dir.resolve("work/dockwise-probe.ps1")),
                "the bundled probe, as it is");
    }

    @Test
    void aListenerThatFailsDoesNotStopTheOutputBeingReadSoATalkativeProbeStillFinishes()
            throws Exception {
        Path sampleFile = Files.writeString(dir.resolve("sample.json"), sample());
        // far more than a pipe holds: a probe nobody reads from waits for ever on its next write
        ProbeRunner.Outcome outcome =
                new ProbeRunner(
                                shell(
                                        "i=0; while [ $i -lt 20000 ]; do echo \"Probe: line $i of a"
                                                + " chatty module\"; i=$((i+1)); done\n"
                                                + "cp "
                                                + sampleFile
                                                + " \"$out\""),
                                Duration.ofSeconds(15))
                        .run(
                                Files.createDirectories(dir.resolve("work")),
                                line -> {
                                    throw new IllegalStateException("the status bar went away");
                                },
                                () -> false);
        assertInstanceOf(ProbeRunner.Outcome.Done.class, outcome, outcome.toString());
    }

    @Test
    void anExecutionPolicyFromGroupPolicyIsNamed() throws Exception {
        ProbeRunner.Outcome outcome =
                run(
                        shell(
                                "echo 'File C:\\Temp\\dockwise-probe.ps1 cannot be loaded because"
                                        + " running scripts is disabled on this system. For more"
                                        + " information, see about_Execution_Policies at"
                                        + " https:/go.microsoft.com/fwlink/?LinkID=135170.' >&2\n"
                                        + "exit 1"),
                        ProbeRunner.TIMEOUT,
                        new CopyOnWriteArrayList<>());
        ProbeRunner.Outcome.Failed failed =
                assertInstanceOf(ProbeRunner.Outcome.Failed.class, outcome);
        assertTrue(failed.reason().contains("execution policy"), failed.reason());
        assertTrue(
                failed.lastLines().get(0).contains("about_Execution_Policies"),
                "what PowerShell said is kept");
    }

    @Test
    void aProbeThatHangsIsStoppedAtTheTimeLimit() throws Exception {
        long start = System.nanoTime();
        ProbeRunner.Outcome outcome =
                run(
                        shell("echo 'Probe: reading whether this is a virtual machine'\nsleep 60"),
                        Duration.ofSeconds(1),
                        new CopyOnWriteArrayList<>());
        ProbeRunner.Outcome.Failed failed =
                assertInstanceOf(ProbeRunner.Outcome.Failed.class, outcome);
        assertTrue(failed.reason().contains("did not finish within 1 seconds"), failed.reason());
        long pid = Long.parseLong(Files.readString(dir.resolve("pid")).trim());
        assertFalse(
                ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false),
                "the hanging probe was killed");
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(30).toNanos());
    }

    @Test
    void cancellingStopsTheProbe() throws Exception {
        Path shell = shell("sleep 60");
        Path work = Files.createDirectories(dir.resolve("work"));
        long start = System.nanoTime();
        ProbeRunner.Outcome outcome =
                new ProbeRunner(shell, ProbeRunner.TIMEOUT)
                        .run(
                                work,
                                line -> {},
                                () -> System.nanoTime() - start > Duration.ofMillis(500).toNanos());
        assertInstanceOf(ProbeRunner.Outcome.Cancelled.class, outcome);
        long pid = Long.parseLong(Files.readString(dir.resolve("pid")).trim());
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
    }

    @Test
    void noPowerShellAStoppedProbeAndAMissingProfileAreToldApart() throws Exception {
        ProbeRunner.Outcome.Failed none =
                assertInstanceOf(
                        ProbeRunner.Outcome.Failed.class,
                        run(
                                dir.resolve("no-such-powershell.exe"),
                                ProbeRunner.TIMEOUT,
                                new CopyOnWriteArrayList<>()));
        assertTrue(none.reason().startsWith("PowerShell could not be started"), none.reason());

        ProbeRunner.Outcome.Failed stopped =
                assertInstanceOf(
                        ProbeRunner.Outcome.Failed.class,
                        run(
                                shell("echo 'Get-CimInstance : Access denied' >&2\nexit 3"),
                                ProbeRunner.TIMEOUT,
                                new CopyOnWriteArrayList<>()));
        assertEquals("The probe stopped with exit code 3.", stopped.reason());
        assertEquals(List.of("Get-CimInstance : Access denied"), stopped.lastLines());

        ProbeRunner.Outcome.Failed nothing =
                assertInstanceOf(
                        ProbeRunner.Outcome.Failed.class,
                        run(shell("echo done"), ProbeRunner.TIMEOUT, new CopyOnWriteArrayList<>()));
        assertEquals("The probe finished but wrote no profile.", nothing.reason());
    }

    @Test
    void offWindowsThereIsNothingToRunUnlessAShellIsNamed() {
        String before = System.getProperty(ProbeRunner.SHELL_PROPERTY);
        try {
            System.clearProperty(ProbeRunner.SHELL_PROPERTY);
            assertTrue(ProbeRunner.shell().isEmpty(), "Linux has no Windows PowerShell");
            System.setProperty(ProbeRunner.SHELL_PROPERTY, "/opt/pwsh");
            assertEquals(Path.of("/opt/pwsh"), ProbeRunner.shell().orElseThrow());
        } finally {
            if (before == null) {
                System.clearProperty(ProbeRunner.SHELL_PROPERTY);
            } else {
                System.setProperty(ProbeRunner.SHELL_PROPERTY, before);
            }
        }
    }
}
