package dev.dockwise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.Fifo;
import dev.dockwise.Skip;
import dev.dockwise.TestEngine;
import dev.dockwise.cli.PackagedJarIT.Result;
import dev.dockwise.fleet.FleetGenerator;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile inputs and faults, through the packaged jar as an admin runs it: nothing lost, nothing
 * overwritten, nothing hung, nothing raw on the terminal.
 */
class HostileInputsIT {
    @TempDir Path dir;

    private static void assertBadInput(Result run, String fragment) {
        assertEquals(2, run.code(), run.err());
        assertTrue(
                run.err().contains(fragment), () -> "expected '" + fragment + "' in: " + run.err());
        assertFalse(
                run.err().contains("Exception")
                        || run.err().contains("\tat ")
                        || run.err().contains("OutOfMemory"),
                run.err());
    }

    private Path fleetFolder(int hosts) throws Exception {
        Path fleet = Files.createDirectories(dir.resolve("fleet"));
        FleetGenerator.Fleet generated = FleetGenerator.generate(hosts, 0, 7);
        for (int i = 0; i < hosts; i++) {
            Files.writeString(
                    fleet.resolve(String.format("pc-%05d.json", i)), generated.lines().get(i));
        }
        return fleet;
    }

    @Test
    void aLinkPlantedAtAPlanFileIsNeitherFollowedNorReplaced() throws Exception {
        Path fleet = fleetFolder(3);
        Path out = dir.resolve("out");
        assertEquals(
                0,
                PackagedJarIT.java("plan", "--profiles", fleet.toString(), "--out", out.toString())
                        .code());
        Path victim = Files.writeString(dir.resolve("victim.txt"), "precious");
        Path host = out.resolve("hosts").resolve("pc-00000.recommendation.json");
        Files.delete(host);
        Files.createSymbolicLink(host, victim);

        Result run =
                PackagedJarIT.java(
                        "plan", "--profiles", fleet.toString(), "--out", out.toString(), "--force");
        assertBadInput(run, "hosts/pc-00000.recommendation.json (a link)");
        assertEquals("precious", Files.readString(victim));
        assertTrue(Files.isSymbolicLink(host), "the user's link stays");
    }

    @Test
    void aKilledPlanLeavesNoFileUnderAFinalNameAndThePreviousPlanWhole() throws Exception {
        Path fleet = fleetFolder(4000);
        Path out = dir.resolve("out");
        List<String> command =
                new ArrayList<>(
                        List.of(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-jar",
                                System.getProperty("dockwise.jar", "target/dockwise.jar"),
                                "plan",
                                "--profiles",
                                fleet.toString(),
                                "--out",
                                out.toString()));
        Process process =
                new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(dir.resolve("log").toFile())
                        .start();
        // kill -9 as soon as host files are being written
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && stagedFiles(out) < 200 && process.isAlive()) {
            Thread.sleep(5);
        }
        Skip.unlessInTime(process.isAlive(), "the plan finished before it could be killed");
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertFalse(Files.exists(out.resolve("hosts")), "no hosts/ under its final name");
        assertFalse(Files.exists(out.resolve("summary.csv")));
        // what a crashed run leaves behind is its own debris, not the user's files: the folder
        // still counts as empty
        Result again =
                PackagedJarIT.java("plan", "--profiles", fleet.toString(), "--out", out.toString());
        assertEquals(0, again.code(), again.err());
        try (Stream<Path> entries = Files.list(out)) {
            assertEquals(
                    List.of(
                            ".dockwise-plan",
                            ".dockwise-plan.lock",
                            "hosts",
                            "summary.csv",
                            "summary.html"),
                    entries.map(p -> p.getFileName().toString()).sorted().toList(),
                    "the crashed run's staging is cleaned up");
        }
    }

    @Test
    void planRunsInABatchJvmThatDiesWithItsParent() throws Exception {
        Path fleet = fleetFolder(4000);
        Path out = dir.resolve("out");
        Process process =
                new ProcessBuilder(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-jar",
                                System.getProperty("dockwise.jar", "target/dockwise.jar"),
                                "plan",
                                "--profiles",
                                fleet.toString(),
                                "--out",
                                out.toString())
                        .redirectErrorStream(true)
                        .redirectOutput(dir.resolve("log").toFile())
                        .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && stagedFiles(out) < 50 && process.isAlive()) {
            Thread.sleep(5);
        }
        Skip.unlessInTime(process.isAlive(), "the plan finished before it could be looked at");
        List<ProcessHandle> children = process.descendants().toList();
        assertEquals(1, children.size(), "one child JVM");
        ProcessHandle child = children.get(0);
        List<String> arguments = child.info().arguments().map(List::of).orElse(List.of());
        assertTrue(
                arguments.contains("-XX:+UseSerialGC")
                        && arguments.contains("-XX:TieredStopAtLevel=1"),
                arguments::toString);

        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        // the child reads the end of its input pipe when the parent is gone
        assertTrue(
                child.onExit().completeOnTimeout(child, 10, TimeUnit.SECONDS).join() != null
                        && !child.isAlive(),
                "the child JVM outlives its killed parent");
        try (Stream<Path> entries = Files.list(out)) {
            assertEquals(
                    List.of(),
                    entries.map(p -> p.getFileName().toString())
                            .filter(n -> n.startsWith(".dockwise-staging-"))
                            .toList(),
                    "the child, on its way out, removed its staging folder");
        }
    }

    /**
     * Two runs into one folder at once, as two admins (or a scheduled task and a person) start
     * them: each round ends with exactly one whole plan, and the other run refused with exit 2,
     * never "Wrote" over a plan it did not finish.
     */
    @Test
    void twoRunsIntoOneFolderAtOnceEndWithOneWholePlan() throws Exception {
        Path fleet = fleetFolder(1500);
        for (int round = 0; round < 4; round++) {
            Path out = dir.resolve("out-" + round);
            List<Process> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(
                        new ProcessBuilder(
                                        Path.of(System.getProperty("java.home"), "bin", "java")
                                                .toString(),
                                        "-jar",
                                        System.getProperty("dockwise.jar", "target/dockwise.jar"),
                                        "plan",
                                        "--profiles",
                                        fleet.toString(),
                                        "--out",
                                        out.toString())
                                .redirectErrorStream(true)
                                .redirectOutput(dir.resolve("run-" + round + "-" + i).toFile())
                                .start());
                if (round % 2 == 1) {
                    // the second a little later, once the first is writing
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                    while (i == 0
                            && stagedFiles(out) < 100
                            && System.nanoTime() < deadline
                            && runs.get(0).isAlive()) {
                        Thread.sleep(5);
                    }
                }
            }
            List<Integer> codes = new ArrayList<>();
            for (Process run : runs) {
                assertTrue(run.waitFor(120, TimeUnit.SECONDS));
                codes.add(run.exitValue());
            }
            codes.sort(null);
            assertEquals(
                    List.of(0, 2),
                    codes,
                    "round "
                            + round
                            + ": "
                            + Files.readString(dir.resolve("run-" + round + "-0"))
                            + Files.readString(dir.resolve("run-" + round + "-1")));
            for (int i = 0; i < 2; i++) {
                String log = Files.readString(dir.resolve("run-" + round + "-" + i));
                assertTrue(log.contains("Wrote ") != log.contains("--out:"), log);
            }
            assertEquals(1501, Files.readAllLines(out.resolve("summary.csv")).size());
            try (Stream<Path> hosts = Files.list(out.resolve("hosts"))) {
                long recommendations =
                        hosts.filter(p -> p.toString().endsWith(".recommendation.json")).count();
                assertEquals(1500, recommendations, "every host's files are there");
            }
            assertEquals(
                    List.of(
                            ".dockwise-plan",
                            ".dockwise-plan.lock",
                            "hosts",
                            "summary.csv",
                            "summary.html"),
                    names(out),
                    "round " + round);
        }
    }

    /**
     * Out of inodes as the switch starts: the previous plan stays, and no empty work folder is left
     * behind.
     */
    @Test
    void runningOutOfInodesAsTheSwitchStartsLeavesNoEmptyWorkFolder() throws Exception {
        Path disk = Files.createDirectories(dir.resolve("few-inodes"));
        Path fleet = fleetFolder(3);
        // hosts/ plus 3 hosts' two files, the summaries, the record, the lock, the folders: about
        // 14 inodes a plan
        assertEquals(
                0,
                new ProcessBuilder(
                                "mount",
                                "-t",
                                "tmpfs",
                                "-o",
                                "size=8m,nr_inodes=32",
                                "tmpfs",
                                disk.toString())
                        .redirectErrorStream(true)
                        .start()
                        .waitFor(),
                "a tmpfs with few inodes (needs root, as CI has)");
        try {
            Path out = disk.resolve("plan");
            assertEquals(
                    0,
                    PackagedJarIT.java(
                                    "plan", "--profiles", fleet.toString(), "--out", out.toString())
                            .code());
            String before = Files.readString(out.resolve("summary.csv"));
            // room for the new plan's staging folder (folder, marker, hosts/, its files, summaries,
            // record) and one folder more
            long hostFiles;
            try (Stream<Path> hosts = Files.list(out.resolve("hosts"))) {
                hostFiles = hosts.count();
            }
            Process stat =
                    new ProcessBuilder("stat", "-f", "--format=%c %d", disk.toString()).start();
            String[] inodes =
                    new String(stat.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                            .trim()
                            .split(" ");
            long used = Long.parseLong(inodes[0]) - Long.parseLong(inodes[1]);
            assertEquals(
                    0,
                    new ProcessBuilder(
                                    "mount",
                                    "-o",
                                    "remount,nr_inodes=" + (used + hostFiles + 6 + 1),
                                    disk.toString())
                            .start()
                            .waitFor());
            Result full =
                    PackagedJarIT.java(
                            "plan",
                            "--profiles",
                            fleet.toString(),
                            "--out",
                            out.toString(),
                            "--force");
            assertEquals(2, full.code(), full.out() + full.err());
            assertEquals(before, Files.readString(out.resolve("summary.csv")));
            assertEquals(
                    List.of(
                            ".dockwise-plan",
                            ".dockwise-plan.lock",
                            "hosts",
                            "summary.csv",
                            "summary.html"),
                    names(out),
                    "no empty .dockwise-previous-*: " + full.err());
        } finally {
            new ProcessBuilder("umount", disk.toString()).start().waitFor();
        }
    }

    /** Whether this process ignores the signal, as the processes it starts then do. */
    private static boolean ignoredHere(int signal) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseUnsignedLong(line.substring(7).strip(), 16)
                                & (1L << (signal - 1)))
                        != 0;
            }
        }
        return false;
    }

    private static long stagedFiles(Path out) throws Exception {
        if (!Files.isDirectory(out)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void aFullDiskLeavesThePreviousPlanAndNoPartialFile() throws Exception {
        Path disk = Files.createDirectories(dir.resolve("small-disk"));
        Skip.unlessPermitted(
                new ProcessBuilder(
                                        "mount",
                                        "-t",
                                        "tmpfs",
                                        "-o",
                                        "size=512k",
                                        "tmpfs",
                                        disk.toString())
                                .redirectErrorStream(true)
                                .start()
                                .waitFor()
                        == 0,
                "a small tmpfs can only be mounted as root");
        try {
            Path out = disk.resolve("plan");
            Path small = fleetFolder(2);
            assertEquals(
                    0,
                    PackagedJarIT.java(
                                    "plan", "--profiles", small.toString(), "--out", out.toString())
                            .code());
            String before = Files.readString(out.resolve("summary.csv"));

            Path big = Files.createDirectories(dir.resolve("big"));
            FleetGenerator.Fleet generated = FleetGenerator.generate(600, 0, 3);
            for (int i = 0; i < 600; i++) {
                Files.writeString(
                        big.resolve(String.format("host-%04d.json", i)), generated.lines().get(i));
            }
            Result full =
                    PackagedJarIT.java(
                            "plan",
                            "--profiles",
                            big.toString(),
                            "--out",
                            out.toString(),
                            "--force");
            assertBadInput(full, "the folder's previous plan is unchanged");
            assertEquals(
                    before,
                    Files.readString(out.resolve("summary.csv")),
                    "the previous plan stays whole");
            try (Stream<Path> files = Files.walk(disk)) {
                assertEquals(
                        List.of(),
                        files.filter(
                                        p ->
                                                p.getFileName()
                                                        .toString()
                                                        .matches(
                                                                "\\.dockwise-(staging|previous)-.*"))
                                .toList(),
                        "staging cleaned up");
            }

            Path profile = Files.writeString(dir.resolve("ok.json"), TestEngine.baseline());
            Path filler = disk.resolve("filler");
            Files.write(filler, new byte[(int) Files.getFileStore(disk).getUsableSpace() - 2048]);
            Result script =
                    PackagedJarIT.java(
                            "script",
                            "--profile",
                            profile.toString(),
                            "--out",
                            disk.resolve("x.ps1").toString());
            assertEquals(2, script.code(), script.err());
            assertFalse(
                    Files.exists(disk.resolve("x.ps1")),
                    "no empty or truncated script under its name");
        } finally {
            new ProcessBuilder("umount", disk.toString()).start().waitFor();
        }
    }

    @Test
    void forceReplacesOnlyAPlanDockwiseWrote() throws Exception {
        Path fleet = fleetFolder(3);
        Path used = Files.createDirectories(dir.resolve("used"));
        Files.writeString(used.resolve("notes.txt"), "mine");
        Result refused =
                PackagedJarIT.java(
                        "plan", "--profiles", fleet.toString(), "--out", used.toString());
        assertBadInput(refused, "holds what Dockwise did not write: notes.txt");
        assertFalse(
                refused.err().contains("--force"),
                "no --force offered where it would not help: " + refused.err());
        assertBadInput(
                PackagedJarIT.java(
                        "plan",
                        "--profiles",
                        fleet.toString(),
                        "--out",
                        used.toString(),
                        "--force"),
                "notes.txt");
        assertEquals(
                List.of("notes.txt"),
                names(used),
                "a refused plan leaves nothing, not even a lock");

        Path out = dir.resolve("out");
        assertEquals(
                0,
                PackagedJarIT.java("plan", "--profiles", fleet.toString(), "--out", out.toString())
                        .code());
        assertBadInput(
                PackagedJarIT.java("plan", "--profiles", fleet.toString(), "--out", out.toString()),
                "add --force to replace it");
        Files.delete(fleet.resolve("pc-00002.json"));
        assertEquals(
                0,
                PackagedJarIT.java(
                                "plan",
                                "--profiles",
                                fleet.toString(),
                                "--out",
                                out.toString(),
                                "--force")
                        .code());
        assertFalse(
                Files.exists(out.resolve("hosts").resolve("pc-00002.recommendation.json")),
                "the first fleet's host files are gone");
        assertTrue(Files.exists(out.resolve("hosts").resolve("pc-00001.recommendation.json")));
    }

    @Test
    void theRootAndTheHomeFolderAreRefused() throws Exception {
        Path fleet = fleetFolder(1);
        assertBadInput(
                PackagedJarIT.java("plan", "--profiles", fleet.toString(), "--out", "/", "--force"),
                "the root of the file system");
        Path home = Path.of(System.getProperty("user.home"));
        List<String> before = names(home);
        assertBadInput(
                PackagedJarIT.java(
                        "plan",
                        "--profiles",
                        fleet.toString(),
                        "--out",
                        home.toString(),
                        "--force"),
                "your home folder");
        assertEquals(before, names(home));
    }

    @Test
    void stoppedWithCtrlCOrSigtermAPlanLeavesNoStagingAndThePreviousPlan() throws Exception {
        Path fleet = fleetFolder(4000);
        for (String signal : List.of("INT", "TERM")) {
            Path out = dir.resolve("out-" + signal);
            Path small = fleetFolder(2, "small-" + signal);
            assertEquals(
                    0,
                    PackagedJarIT.java(
                                    "plan", "--profiles", small.toString(), "--out", out.toString())
                            .code());
            String before = Files.readString(out.resolve("summary.csv"));
            List<String> command =
                    new ArrayList<>(
                            List.of(
                                    Path.of(System.getProperty("java.home"), "bin", "java")
                                            .toString(),
                                    "-jar",
                                    System.getProperty("dockwise.jar", "target/dockwise.jar"),
                                    "plan",
                                    "--profiles",
                                    fleet.toString(),
                                    "--out",
                                    out.toString(),
                                    "--force"));
            if (signal.equals("INT") && ignoredHere(2)) {
                // a background job of a non-interactive shell (as CI may start this build) starts
                // with SIGINT ignored, and a JVM keeps an ignored SIGINT ignored; a terminal's
                // Ctrl+C reaches a plan started as a person starts it: with SIGINT as it should be
                command.addAll(
                        0,
                        List.of(
                                "python3",
                                "-c",
                                "import os, signal, sys; signal.signal(signal.SIGINT,"
                                    + " signal.SIG_DFL); os.execvp(sys.argv[1], sys.argv[1:])"));
            }
            Process process =
                    new ProcessBuilder(command)
                            .redirectErrorStream(true)
                            .redirectOutput(dir.resolve("log-" + signal).toFile())
                            .start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline && stagedFiles(out) < 100 && process.isAlive()) {
                Thread.sleep(5);
            }
            Skip.unlessInTime(process.isAlive(), "the plan finished before it could be stopped");
            // as a terminal's Ctrl+C does: the signal goes to the launcher and to the JVM it
            // started
            List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
            all.add(process.toHandle());
            for (ProcessHandle p : all) {
                new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).start().waitFor();
            }
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "stopped");
            // on a loaded machine the run can reach its switch between the look and the signal:
            // then it ends as a finished run (exit 0, a whole new plan), a race the test lost
            Skip.unlessInTime(
                    process.exitValue() != 0
                            || Files.readString(out.resolve("summary.csv")).equals(before),
                    "the plan was switched in before SIG" + signal + " reached it");
            assertEquals(
                    before,
                    Files.readString(out.resolve("summary.csv")),
                    "the previous plan stays; exit "
                            + process.exitValue()
                            + ", said: "
                            + Files.readString(dir.resolve("log-" + signal)));
            try (Stream<Path> entries = Files.list(out)) {
                assertEquals(
                        List.of(),
                        entries.map(p -> p.getFileName().toString())
                                .filter(
                                        n ->
                                                n.matches(
                                                        "\\.dockwise-(staging|previous)-.*|\\.dockwise-switch"))
                                .toList(),
                        "SIG"
                                + signal
                                + " leaves no work folder; exit "
                                + process.exitValue()
                                + ", said: "
                                + Files.readString(dir.resolve("log-" + signal)));
            }
        }
    }

    private Path fleetFolder(int hosts, String name) throws Exception {
        Path fleet = Files.createDirectories(dir.resolve(name));
        FleetGenerator.Fleet generated = FleetGenerator.generate(hosts, 0, 11);
        for (int i = 0; i < hosts; i++) {
            Files.writeString(
                    fleet.resolve(String.format("pc-%05d.json", i)), generated.lines().get(i));
        }
        return fleet;
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void scriptsReportsAndTheProbeReplaceOnlyRegularFiles() throws Exception {
        Path profile = Files.writeString(dir.resolve("ok.json"), TestEngine.baseline());
        Path fifo = Fifo.make(dir.resolve("pipe.ps1"));
        Path regular = Files.writeString(dir.resolve("theirs.ps1"), "theirs");
        Path linkToFifo = Files.createSymbolicLink(dir.resolve("to-pipe.ps1"), fifo);
        Path linkToFile = Files.createSymbolicLink(dir.resolve("to-theirs.ps1"), regular);
        List<Path> targets = new ArrayList<>(List.of(fifo, linkToFifo, linkToFile));
        // a device node of its own, as root can make one: /dev/null's numbers
        Path device = dir.resolve("null.ps1");
        if (new ProcessBuilder("mknod", device.toString(), "c", "1", "3").start().waitFor() == 0) {
            targets.add(device);
        }
        for (Path target : targets) {
            for (List<String> command :
                    List.of(List.of("script", "--profile", profile.toString()), List.of("probe"))) {
                List<String> args = new ArrayList<>(command);
                args.addAll(List.of("--out", target.toString(), "--force"));
                Result run = PackagedJarIT.java(args.toArray(String[]::new));
                assertBadInput(run, "Dockwise writes only regular files");
            }
            Path html =
                    Files.createSymbolicLink(
                            dir.resolve("r-" + target.getFileName() + ".html"), target);
            assertBadInput(
                    PackagedJarIT.java(
                            "report",
                            "--profile",
                            profile.toString(),
                            "--out",
                            html.toString(),
                            "--force"),
                    "a link");
        }
        assertTrue(
                Files.isSymbolicLink(linkToFifo) && Files.isSymbolicLink(linkToFile), "links stay");
        assertEquals("theirs", Files.readString(regular));
        assertFalse(
                Files.isRegularFile(fifo, java.nio.file.LinkOption.NOFOLLOW_LINKS),
                "the pipe stays a pipe");
        if (targets.contains(device)) {
            assertFalse(
                    Files.isRegularFile(device, java.nio.file.LinkOption.NOFOLLOW_LINKS),
                    "the device stays a device");
        }
        Result stdout = PackagedJarIT.java("script", "--profile", profile.toString(), "--out", "-");
        assertEquals(0, stdout.code(), stdout.err());
        assertTrue(stdout.out().contains("#Requires -RunAsAdministrator"));
        assertFalse(Files.exists(Path.of("-")), "- is standard output, not a file");
    }

    @Test
    void aLogOfMillionsOfLinesIsDiagnosedInASmallHeap() throws Exception {
        Path log = dir.resolve("ones.log");
        Files.writeString(log, "a\n".repeat(8 * 1024 * 1024));
        Result run = PackagedJarIT.java(List.of("-Xmx256m"), "diagnose", "--log", log.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Not recognised"), run.out());
    }

    @Test
    void aFileNameCannotForgeALineOfOutput() throws Exception {
        String forged = "x\ndockwise: all fine\r\u001b[2K";
        Result missing =
                PackagedJarIT.java(
                        "recommend", "--profile", dir.resolve(forged + ".json").toString());
        assertBadInput(missing, "x\\x0Adockwise: all fine\\x0D\\x1B[2K.json");
        assertEquals(1, missing.err().lines().count(), missing.err());

        Path fleet = Files.createDirectories(dir.resolve("fleet"));
        Files.writeString(fleet.resolve(forged + ".json"), "{");
        Files.writeString(fleet.resolve("ok.json"), TestEngine.baseline());
        Result plan =
                PackagedJarIT.java(
                        "plan",
                        "--profiles",
                        fleet.toString(),
                        "--out",
                        dir.resolve("out").toString());
        assertEquals(0, plan.code(), plan.err());
        assertTrue(
                plan.err().lines().noneMatch(l -> l.startsWith("dockwise: all fine")), plan.err());
        assertTrue(plan.err().contains("invalid profile x\\x0Adockwise: all fine"), plan.err());

        Path latin1 =
                Files.write(
                        dir.resolve("latin1.json"),
                        TestEngine.baseline()
                                .replace("\"name\":\"", "\"name\":\"caf\u00e9 ")
                                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertBadInput(
                PackagedJarIT.java("recommend", "--profile", latin1.toString()),
                "name: not UTF-8 text");
    }

    @Test
    @SuppressWarnings("try")
    void aSecondPlanIntoTheSameFolderAtOnceIsRefused() throws Exception {
        Path fleet = fleetFolder(3);
        Path out = Files.createDirectories(dir.resolve("out"));
        // the lock is held, not used: another process holding it is the case
        try (var channel =
                        java.nio.channels.FileChannel.open(
                                out.resolve(".dockwise-plan.lock"),
                                java.nio.file.StandardOpenOption.CREATE,
                                java.nio.file.StandardOpenOption.WRITE);
                var lock = channel.lock()) {
            assertBadInput(
                    PackagedJarIT.java(
                            "plan",
                            "--profiles",
                            fleet.toString(),
                            "--out",
                            out.toString(),
                            "--force"),
                    "another Dockwise plan is being written to");
        }
    }

    @Test
    void specialFilesAreRefusedWithoutHangingOrRunningOutOfMemory() throws Exception {
        Path fifo = Fifo.make(dir.resolve("pipe.json"));
        assertBadInput(
                PackagedJarIT.java("recommend", "--profile", fifo.toString()),
                "not a regular file");
        assertBadInput(
                PackagedJarIT.java("diagnose", "--log", fifo.toString()), "not a regular file");
        assertBadInput(
                PackagedJarIT.java("recommend", "--profile", "/dev/zero"), "not a regular file");
        assertBadInput(
                PackagedJarIT.java(
                        "plan", "--profiles", "/dev/zero", "--out", dir.resolve("o1").toString()),
                "not a regular file");
        assertBadInput(PackagedJarIT.java("diagnose", "--log", "/dev/zero"), "not a regular file");
    }

    @Test
    void hugeProfilesInAFleetAreReportedNotReadWhole() throws Exception {
        Path fleet = fleetFolder(2);
        try (RandomAccessFile huge =
                new RandomAccessFile(fleet.resolve("huge.json").toFile(), "rw")) {
            huge.setLength(
                    400L * 1024 * 1024); // sparse: costs no disk, would cost 400 MB read whole
        }
        Path jsonl = dir.resolve("fleet.jsonl");
        Files.writeString(
                jsonl,
                TestEngine.baseline().replace("\n", "")
                        + "\n{\"name\":\""
                        + "x".repeat(2 * 1024 * 1024)
                        + "\"}\n");
        Result run =
                PackagedJarIT.java(
                        "plan",
                        "--profiles",
                        fleet.toString(),
                        "--out",
                        dir.resolve("o1").toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(
                run.err()
                        .contains(
                                "invalid profile huge.json: huge.json is 400 MB; a profile is a"
                                        + " small JSON file"),
                run.err());
        Result lines =
                PackagedJarIT.java(
                        "plan",
                        "--profiles",
                        jsonl.toString(),
                        "--out",
                        dir.resolve("o2").toString());
        assertEquals(0, lines.code(), lines.err());
        assertTrue(
                lines.err().contains("invalid profile fleet.jsonl line 2: the line is 2048 KB"),
                lines.err());
    }

    @Test
    void windowsDeviceNamesNeverBecomeFileNames() throws Exception {
        Path fleet = Files.createDirectories(dir.resolve("fleet"));
        for (String name :
                List.of("CON.json", "nul.dockwise.json", "Com1.json", "lpt9.json", "aux.json")) {
            Files.writeString(fleet.resolve(name), TestEngine.baseline());
        }
        Path out = dir.resolve("out");
        assertEquals(
                0,
                PackagedJarIT.java("plan", "--profiles", fleet.toString(), "--out", out.toString())
                        .code());
        try (Stream<Path> hosts = Files.list(out.resolve("hosts"))) {
            hosts.map(p -> p.getFileName().toString())
                    .forEach(
                            name ->
                                    assertFalse(
                                            dev.dockwise.files.FileNames.isDevice(name),
                                            name + " is a device name on Windows"));
        }
        assertTrue(Files.exists(out.resolve("hosts").resolve("_CON.recommendation.json")));
    }

    @Test
    void controlCharactersFromInputAreShownEscapedOnTheTerminalAndInTheCsv() throws Exception {
        String esc = "\u001b]0;pwned\u0007\u001b[2J";
        Path profile = dir.resolve("p.json");
        Files.writeString(
                profile,
                TestEngine.baseline()
                        .replace(
                                "\"admin\":true",
                                "\"admin\":true,\""
                                        + esc.replace("\u001b", "\\u001b")
                                                .replace("\u0007", "\\u0007")
                                        + "\":1"));
        Result run = PackagedJarIT.java("recommend", "--profile", profile.toString());
        assertEquals(2, run.code(), run.err());
        assertFalse(
                run.err().contains("\u001b") || run.err().contains("\u0007"),
                "raw escape on stderr");
        assertTrue(run.err().contains("\\x1B]0;pwned\\x07"), run.err());

        Result option = PackagedJarIT.java("compare", "--format", "x\u001b[31mred");
        assertEquals(2, option.code());
        assertFalse(option.err().contains("\u001b"), option.err());

        Path fleet = Files.createDirectories(dir.resolve("fleet"));
        Files.copy(profile, fleet.resolve("p.json"));
        Files.writeString(fleet.resolve("ok.json"), TestEngine.baseline());
        Path out = dir.resolve("out");
        Result plan =
                PackagedJarIT.java("plan", "--profiles", fleet.toString(), "--out", out.toString());
        assertFalse(plan.err().contains("\u001b"), plan.err());
        String csv = Files.readString(out.resolve("summary.csv"), StandardCharsets.UTF_8);
        assertFalse(csv.contains("\u001b") || csv.contains("\u0007"), csv);
    }

    @Test
    void messagesNameWhatIsWrongAndStayShort() throws Exception {
        Path longNumber = dir.resolve("n.json");
        Files.writeString(
                longNumber,
                TestEngine.baseline().replace("\"build\":22631", "\"build\":" + "9".repeat(1200)));
        Result number = PackagedJarIT.java("recommend", "--profile", longNumber.toString());
        assertBadInput(number, "host.build: a number with more than 1000 digits");
        assertFalse(number.err().contains("nested"), number.err());

        StringBuilder fields = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            fields.append(",\"").append(Integer.toString(i, 36)).append("\":0");
        }
        Path manyProblems = dir.resolve("many.json");
        // in needs, whose own field names are all longer than the base-36 keys
        Files.writeString(
                manyProblems,
                TestEngine.baseline()
                        .replace(
                                "\"organization\":\"personal\"",
                                "\"organization\":\"personal\"" + fields));
        Result problems = PackagedJarIT.java("recommend", "--profile", manyProblems.toString());
        assertBadInput(problems, "more problems");
        assertTrue(
                problems.err().length() < 4000,
                "printed " + problems.err().length() + " characters");

        Path profile = Files.writeString(dir.resolve("ok.json"), TestEngine.baseline());
        String name = "s".repeat(236) + ".ps1";
        Result script =
                PackagedJarIT.java(
                        "script",
                        "--profile",
                        profile.toString(),
                        "--out",
                        dir.resolve(name).toString());
        assertEquals(0, script.code(), script.err());
        assertTrue(Files.exists(dir.resolve(name)));
    }

    @Test
    void theInstallerReadsATrailingBackslashPathAsOneArgument() throws Exception {
        Path profile = Files.writeString(dir.resolve("ok.json"), TestEngine.baseline());
        Result script =
                PackagedJarIT.java(
                        "script",
                        "--profile",
                        profile.toString(),
                        "--mode",
                        "desktop-wsl2",
                        "--install-dir",
                        "C:\\Program Files\\Docker\\",
                        "--data-root",
                        "D:\\Docker\\",
                        "--accept-license");
        assertEquals(0, script.code(), script.err());
        java.util.regex.Matcher line =
                java.util.regex.Pattern.compile("(?m)^\\s*\\$arguments = '((?:[^']|'')*)'\\r?$")
                        .matcher(script.out());
        assertTrue(line.find(), script.out());
        List<String> args =
                dev.dockwise.scripts.CommandLineToArgv.split(line.group(1).replace("''", "'"));
        assertTrue(
                args.contains("--installation-dir=C:\\Program Files\\Docker\\"), args.toString());
        assertTrue(args.contains("--accept-license"), args.toString());
        assertTrue(args.contains("--wsl-default-data-root=D:\\Docker\\"), args.toString());
    }

    @Test
    void dockerEngineInWsl2IsBlockedOnWindowsServer2019WithItsReason() throws Exception {
        Path profile =
                Files.writeString(
                        dir.resolve("s2019.json"),
                        TestEngine.baseline()
                                .replace("\"edition\":\"pro\"", "\"edition\":\"server-standard\"")
                                .replace("\"build\":22631", "\"build\":17763")
                                .replace(
                                        "\"serverInstallation\":null",
                                        "\"serverInstallation\":\"desktop-experience\""));
        Result run =
                PackagedJarIT.java(
                        "recommend", "--profile", profile.toString(), "--format", "json");
        assertEquals(0, run.code(), run.err());
        var options =
                new com.fasterxml.jackson.databind.ObjectMapper()
                        .readTree(run.out())
                        .get("options");
        for (var option : options) {
            if (option.get("mode").asText().equals("wsl2-engine")) {
                assertEquals("blocked", option.get("status").asText());
                assertTrue(
                        option.get("blockers")
                                .toString()
                                .contains("WSL 2 never shipped for Windows Server 2019"),
                        option.toString());
                assertTrue(
                        option.get("blockers").toString().contains("microsoft/WSL#6301"),
                        option.toString());
                return;
            }
        }
        throw new AssertionError("no wsl2-engine option");
    }
}
