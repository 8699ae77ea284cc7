package dev.dockwise.fleet.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.Skip;
import dev.dockwise.TestEngine;
import dev.dockwise.files.OpenFolder;
import dev.dockwise.fleet.FleetGenerator;
import dev.dockwise.fleet.FleetPlanner;
import dev.dockwise.fleet.FleetSummary;
import dev.dockwise.fleet.FleetWriter;
import dev.dockwise.fleet.HostPlan;
import dev.dockwise.fleet.HostSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A plan replaces only a plan Dockwise wrote, and lands whole or not at all, whatever fails or
 * stops in the middle.
 */
class PlanFolderTest {
    /** Moves of a switch over a previous plan: 4 entries aside, 4 in. */
    private static final int MOVES = 8;

    @TempDir Path dir;

    private final FleetPlanner planner = new FleetPlanner(TestEngine.ADVISOR, "1.0.0-test");

    static List<HostSource> fleet(int hosts, int seed) {
        FleetGenerator.Fleet generated = FleetGenerator.generate(hosts, 0, seed);
        List<HostSource> sources = new ArrayList<>();
        for (int i = 0; i < hosts; i++) {
            sources.add(
                    HostSource.of(
                            "pc-" + i + ".json",
                            "pc-" + i,
                            generated.lines().get(i).getBytes(StandardCharsets.UTF_8)));
        }
        return sources;
    }

    private void plan(Path out, boolean force, int seed) throws IOException {
        plan(out, force, seed, PlanSwitch.RENAME);
    }

    private void plan(Path out, boolean force, int seed, PlanSwitch.Mover mover)
            throws IOException {
        try (PlanFolder folder = PlanFolder.open(out, force, planner.version(), mover)) {
            List<HostPlan> plans =
                    planner.plan(
                            fleet(3 + seed, seed),
                            Optional.of(folder.hosts()),
                            (d, t) -> {},
                            () -> false);
            FleetWriter.writeSummary(
                    folder, plans, FleetSummary.of(plans), TestEngine.ADVISOR.knowledge());
            folder.commit();
        }
    }

    /** A marked work folder as a run with this token makes it. */
    static Path workFolder(Path out, String prefix, String token) throws IOException {
        try (OpenFolder folder = OpenFolder.open(out);
                OpenFolder work = WorkFolder.create(folder, prefix, token)) {
            return work.path();
        }
    }

    /** Every file under the folder with its content, names relative to it. */
    static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(
                        root.relativize(p).toString(),
                        Files.readString(p, StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aNewFolderGetsThePlanAndItsRecord() throws IOException {
        Path out = dir.resolve("new/plan");
        plan(out, false, 1);
        assertEquals(
                List.of(PlanManifest.NAME, PlanFolder.LOCK, "hosts", "summary.csv", "summary.html"),
                names(out));
        assertEquals(PlanFolderContents.Kind.PLAN, PlanFolder.inspect(out).kind());
    }

    @Test
    void forceReplacesAPlanDockwiseWroteAndNothingOfItsStays() throws IOException {
        Path out = dir.resolve("plan");
        plan(out, false, 5);
        PlanFolder.RefusedException noForce =
                assertThrows(PlanFolder.RefusedException.class, () -> plan(out, false, 1));
        assertTrue(
                noForce.getMessage().contains("holds a plan Dockwise wrote")
                        && noForce.getMessage().contains("--force"),
                noForce.getMessage());
        plan(out, true, 1);
        try (Stream<Path> hosts = Files.list(out.resolve("hosts"))) {
            assertTrue(
                    hosts.allMatch(p -> p.getFileName().toString().matches("pc-[0-3][.-].*")),
                    "only the new fleet's four hosts");
        }
    }

    @Test
    void forceNeverReplacesWhatTheUserKeptUnderAPlansNames() throws IOException {
        // an Ansible inventory called hosts, the user's own summary.csv, profiles kept in
        // FOLDER/hosts
        Path ansible = Files.createDirectories(dir.resolve("ansible"));
        Files.writeString(ansible.resolve("hosts"), "[windows]\npc-1\n");
        Path own = Files.createDirectories(dir.resolve("own"));
        Files.writeString(own.resolve("summary.csv"), "mine\n");
        Path profiles = Files.createDirectories(dir.resolve("profiles/hosts"));
        Files.writeString(profiles.resolve("pc-1.json"), TestEngine.baseline());
        for (Path folder : List.of(ansible, own, profiles.getParent())) {
            Map<String, String> before = snapshot(folder);
            PlanFolder.RefusedException e =
                    assertThrows(PlanFolder.RefusedException.class, () -> plan(folder, true, 1));
            assertTrue(e.getMessage().contains("did not write"), e.getMessage());
            assertFalse(
                    e.getMessage().contains("--force"),
                    "no --force suggested when it would not help: " + e.getMessage());
            assertEquals(before, snapshot(folder), "nothing changed in " + folder);
            assertFalse(
                    Files.exists(folder.resolve(PlanFolder.LOCK)),
                    "a refused plan makes no lock file");
        }
    }

    @Test
    void theRefusalNamesTheFilesDockwiseDidNotWrite() throws IOException {
        Path out = dir.resolve("plan");
        plan(out, false, 1);
        Files.writeString(out.resolve("notes.txt"), "mine");
        Files.writeString(out.resolve("hosts/extra.ps1"), "mine");
        Files.writeString(
                out.resolve("summary.csv"),
                Files.readString(out.resolve("summary.csv")) + "edited in Excel\n");
        PlanFolder.RefusedException e =
                assertThrows(PlanFolder.RefusedException.class, () -> plan(out, true, 2));
        assertTrue(
                e.getMessage().contains("hosts/extra.ps1")
                        && e.getMessage().contains("notes.txt")
                        && e.getMessage().contains("summary.csv (changed since Dockwise wrote it)"),
                e.getMessage());
    }

    @Test
    void aLinkOrAFifoInPlaceOfAPlanFileIsNotDockwises() throws Exception {
        Path out = dir.resolve("plan");
        plan(out, false, 1);
        Path victim = Files.writeString(dir.resolve("victim.txt"), "precious");
        Files.delete(out.resolve("summary.html"));
        Files.createSymbolicLink(out.resolve("summary.html"), victim);
        PlanFolder.RefusedException e =
                assertThrows(PlanFolder.RefusedException.class, () -> plan(out, true, 2));
        assertTrue(e.getMessage().contains("summary.html (a link)"), e.getMessage());
        assertTrue(Files.isSymbolicLink(out.resolve("summary.html")));
        assertEquals("precious", Files.readString(victim));
    }

    @Test
    void aPlanWithoutARecordIsNotReplaced() throws IOException {
        // what Dockwise wrote before it kept a record looks the same as a user's files
        Path out = Files.createDirectories(dir.resolve("old/hosts"));
        Files.writeString(out.resolve("a.ps1"), "x");
        Files.writeString(out.getParent().resolve("summary.csv"), "x");
        Files.createFile(out.getParent().resolve(PlanFolder.LOCK));
        PlanFolder.RefusedException e =
                assertThrows(
                        PlanFolder.RefusedException.class, () -> plan(out.getParent(), true, 1));
        assertTrue(
                e.getMessage().contains("hosts/")
                        && e.getMessage().contains("before Dockwise kept a record"),
                e.getMessage());
    }

    @Test
    void theRootAndTheHomeFolderAreNeverAPlansFolder() throws IOException {
        assertEquals(PlanFolderContents.Kind.PROTECTED, PlanFolder.inspect(Path.of("/")).kind());
        String home = System.getProperty("user.home");
        try {
            System.setProperty("user.home", dir.toString());
            PlanFolderContents contents = PlanFolder.inspect(dir.resolve("."));
            assertEquals(PlanFolderContents.Kind.PROTECTED, contents.kind());
            assertTrue(contents.refusal(true).orElseThrow().contains("your home folder"));
            assertThrows(PlanFolder.RefusedException.class, () -> plan(dir, true, 1));
        } finally {
            System.setProperty("user.home", home);
        }
    }

    @Test
    void onlyWorkFoldersMarkedAsDockwisesAreRemoved() throws IOException {
        Path out = dir.resolve("plan");
        plan(out, false, 1);
        Path leftover = workFolder(out, WorkFolder.STAGING, "0123456789abcdef0123456789abcdef");
        Files.writeString(
                Files.createDirectories(leftover.resolve("hosts")).resolve("half.ps1"), "x");
        Path crashedEmpty = Files.createDirectory(out.resolve(WorkFolder.PREVIOUS + "123"));
        plan(out, true, 2);
        assertFalse(Files.exists(leftover));
        assertFalse(Files.exists(crashedEmpty));

        Path users = Files.createDirectory(out.resolve(WorkFolder.STAGING + "mine"));
        Files.writeString(users.resolve("precious.txt"), "mine");
        PlanFolder.RefusedException e =
                assertThrows(PlanFolder.RefusedException.class, () -> plan(out, true, 3));
        assertTrue(e.getMessage().contains(WorkFolder.STAGING + "mine"), e.getMessage());
        assertEquals("mine", Files.readString(users.resolve("precious.txt")));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7})
    void aMoveThatFailsLeavesThePreviousPlanAsItWas(int failing) throws IOException {
        Path out = dir.resolve("plan");
        plan(out, false, 1);
        Map<String, String> before = snapshot(out);
        AtomicInteger moves = new AtomicInteger();
        PlanFolder.NotReplacedException e =
                assertThrows(
                        PlanFolder.NotReplacedException.class,
                        () ->
                                plan(
                                        out,
                                        true,
                                        4,
                                        (from, entry, to) -> {
                                            if (moves.getAndIncrement() == failing) {
                                                throw new java.nio.file.AccessDeniedException(
                                                        from.resolve(entry).toString(),
                                                        null,
                                                        "in use by another process");
                                            }
                                            PlanSwitch.RENAME.move(from, entry, to);
                                        }));
        assertTrue(e.previousPlanKept(), e.getMessage());
        assertTrue(e.getMessage().contains("the previous plan is back as it was"), e.getMessage());
        assertSameFiles(before, snapshot(out), "the previous plan, file by file, and nothing else");
    }

    /** Stands for the process dying: nothing after it runs, not even the undo. */
    private static final class Died extends Error {}

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8})
    void aRunKilledInTheSwitchIsFinishedOrUndoneByTheNext(int dieAt) throws IOException {
        Path out = dir.resolve("plan");
        plan(out, false, 1);
        Map<String, String> previous = snapshot(out);
        Path other = dir.resolve("other");
        plan(other, false, 4);
        Map<String, String> next = snapshot(other);

        AtomicInteger moves = new AtomicInteger();
        assertThrows(
                Died.class,
                () ->
                        plan(
                                out,
                                true,
                                4,
                                (from, entry, to) -> {
                                    // die before move dieAt; at MOVES, after the last move, before
                                    // the journal is removed
                                    if (moves.get() == dieAt) {
                                        throw new Died();
                                    }
                                    PlanSwitch.RENAME.move(from, entry, to);
                                    if (moves.incrementAndGet() == MOVES && dieAt == MOVES) {
                                        throw new Died();
                                    }
                                }));
        assertTrue(
                Files.exists(out.resolve(PlanSwitch.JOURNAL)),
                "the journal says a switch was cut short");
        assertEquals(
                PlanFolderContents.Kind.PLAN,
                PlanFolder.inspect(out).kind(),
                "the folder still counts as Dockwise's");

        // the next run puts the folder right before it looks at it; a run without --force is still
        // refused
        assertThrows(PlanFolder.RefusedException.class, () -> plan(out, false, 2));
        Map<String, String> after = snapshot(out);
        after.remove(PlanFolder.LOCK);
        previous.remove(PlanFolder.LOCK);
        next.remove(PlanFolder.LOCK);
        Map<String, String> expected = dieAt == MOVES ? next : previous;
        assertSameFiles(
                withoutRecordTimes(expected),
                withoutRecordTimes(after),
                "the " + (dieAt == MOVES ? "new" : "previous") + " plan, whole");
        assertEquals(
                List.of(PlanManifest.NAME, PlanFolder.LOCK, "hosts", "summary.csv", "summary.html"),
                names(out),
                "no journal, no work folders");
    }

    /** Names the files that differ, rather than printing whole plans. */
    private static void assertSameFiles(
            Map<String, String> expected, Map<String, String> actual, String what) {
        List<String> differ = new ArrayList<>();
        for (String name :
                new java.util.TreeSet<>(
                        java.util.stream.Stream.concat(
                                        expected.keySet().stream(), actual.keySet().stream())
                                .toList())) {
            if (!java.util.Objects.equals(expected.get(name), actual.get(name))) {
                differ.add(
                        name
                                + (expected.containsKey(name)
                                        ? actual.containsKey(name) ? " (differs)" : " (missing)"
                                        : " (extra)"));
            }
        }
        assertEquals(List.of(), differ, what);
    }

    /** The record holds times of writing, which differ between two folders planned alike. */
    private static Map<String, String> withoutRecordTimes(Map<String, String> files) {
        Map<String, String> copy = new TreeMap<>(files);
        copy.computeIfPresent(
                PlanManifest.NAME,
                (k, v) ->
                        v.lines()
                                .filter(l -> l.startsWith("file"))
                                .map(l -> l.replaceAll("\t\\d+\t(\\S+)$", "\t$1"))
                                .toList()
                                .toString());
        copy.computeIfPresent("summary.html", (k, v) -> v.length() + " characters");
        return copy;
    }

    @Test
    void aFileTheSystemWillNotLetGoLeavesThePreviousPlan() throws Exception {
        Path out = dir.resolve("plan");
        plan(out, false, 1);
        Map<String, String> before = snapshot(out);
        // the nearest Linux has to a summary.csv open in Excel: an immutable file cannot be
        // renamed, even by root
        Path csv = out.resolve("summary.csv");
        Skip.unlessPermitted(
                new ProcessBuilder("chattr", "+i", csv.toString())
                                .redirectErrorStream(true)
                                .start()
                                .waitFor()
                        == 0,
                "chattr +i needs root and a file system that has it");
        try {
            PlanFolder.NotReplacedException e =
                    assertThrows(PlanFolder.NotReplacedException.class, () -> plan(out, true, 4));
            assertTrue(e.previousPlanKept());
            assertTrue(e.getMessage().contains("summary.csv"), e.getMessage());
        } finally {
            new ProcessBuilder("chattr", "-i", csv.toString()).start().waitFor();
        }
        assertEquals(before, snapshot(out));
    }

    @Test
    void aSecondRunIntoTheFolderIsRefusedWhileOneWrites() throws IOException {
        Path out = dir.resolve("plan");
        try (PlanFolder first = PlanFolder.open(out, false, "1")) {
            PlanFolder.RefusedException e =
                    assertThrows(
                            PlanFolder.RefusedException.class,
                            () -> PlanFolder.open(out, false, "1"));
            assertTrue(e.getMessage().contains("another Dockwise plan"), e.getMessage());
            assertTrue(Files.exists(first.staging()));
        }
        assertEquals(
                List.of(PlanFolder.LOCK),
                names(out),
                "a run that ends without its plan removes its staging folder");
    }

    @Test
    void aStoppedRunPutsNothingInPlace() throws IOException {
        Path out = dir.resolve("plan");
        plan(out, false, 1);
        Map<String, String> before = snapshot(out);
        PlanFolder folder = PlanFolder.open(out, true, "1");
        try (folder) {
            folder.stop();
            assertTrue(folder.stopping());
            assertThrows(java.util.concurrent.CancellationException.class, folder::commit);
        }
        assertEquals(before, snapshot(out));
        assertEquals(
                List.of(PlanManifest.NAME, PlanFolder.LOCK, "hosts", "summary.csv", "summary.html"),
                names(out));
    }

    @Test
    void aRecordThatWasTamperedWithMakesThePlanForeign() throws IOException {
        Path out = dir.resolve("plan");
        plan(out, false, 1);
        Files.writeString(
                out.resolve(PlanManifest.NAME), "Dockwise plan record 1\nwritten\tyesterday\n");
        PlanFolder.RefusedException e =
                assertThrows(PlanFolder.RefusedException.class, () -> plan(out, true, 2));
        assertTrue(e.getMessage().contains(PlanManifest.NAME), e.getMessage());
    }
}
