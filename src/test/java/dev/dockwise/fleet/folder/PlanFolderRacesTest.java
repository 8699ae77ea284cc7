package dev.dockwise.fleet.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.TestEngine;
import dev.dockwise.fleet.FleetPlanner;
import dev.dockwise.fleet.FleetSummary;
import dev.dockwise.fleet.FleetWriter;
import dev.dockwise.fleet.HostPlan;
import dev.dockwise.fleet.HostSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A plan run among other runs, a user saving files, links swapped in after a check and journals it
 * did not write: one lock that holds, the folder looked at again right before the switch, every
 * name looked up in the folders it holds open, and no journal believed on its word alone.
 */
class PlanFolderRacesTest {
    @TempDir Path dir;

    private final FleetPlanner planner = new FleetPlanner(TestEngine.ADVISOR, "1.0.0-test");

    /** Writes a plan's files into an open run, without switching it in. */
    private void write(PlanFolder folder, int seed) throws IOException {
        List<HostPlan> plans =
                planner.plan(
                        PlanFolderTest.fleet(3 + seed, seed),
                        Optional.of(folder.hosts()),
                        (d, t) -> {},
                        () -> false);
        FleetWriter.writeSummary(
                folder, plans, FleetSummary.of(plans), TestEngine.ADVISOR.knowledge());
    }

    private Optional<PlanFolder.KeptFiles> plan(Path out, boolean force, int seed)
            throws IOException {
        return plan(out, force, seed, PlanSwitch.RENAME);
    }

    private Optional<PlanFolder.KeptFiles> plan(
            Path out, boolean force, int seed, PlanSwitch.Mover mover) throws IOException {
        try (PlanFolder folder = PlanFolder.open(out, force, planner.version(), mover)) {
            write(folder, seed);
            return folder.commit();
        }
    }

    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p :
                    walk.filter(
                                    p ->
                                            Files.isRegularFile(
                                                    p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                            .toList()) {
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

    /**
     * Whether the kernel lists a lock on the file (Linux's /proc/locks: "... POSIX ADVISORY WRITE
     * pid maj:min:inode start end").
     */
    private static boolean lockedInTheKernel(Path file) throws IOException {
        long inode = (Long) Files.getAttribute(file, "unix:ino");
        return Files.readAllLines(Path.of("/proc/locks")).stream()
                .anyMatch(l -> l.matches(".*:" + inode + " .*"));
    }

    // 1. the lock

    @Test
    void theLockHoldsWhileThePlanIsWrittenWhateverElseThisProcessLooksAt() throws IOException {
        Path out = dir.resolve("plan");
        plan(out, false, 1);
        try (PlanFolder first = PlanFolder.open(out, true, "1")) {
            Path lock = out.resolve(PlanFolder.LOCK);
            assertTrue(lockedInTheKernel(lock), "locked once open");
            // the wizard looking at the folder, and a second run being refused, open nothing of the
            // lock
            assertEquals(PlanFolderContents.Kind.PLAN, PlanFolder.inspect(out).kind());
            assertThrows(PlanFolder.RefusedException.class, () -> PlanFolder.open(out, true, "1"));
            write(first, 2);
            assertTrue(
                    lockedInTheKernel(lock), "still locked after a look and a refused second run");
            first.commit();
            assertTrue(lockedInTheKernel(lock), "still locked after the switch");
        }
        assertFalse(lockedInTheKernel(out.resolve(PlanFolder.LOCK)), "released at the end");
    }

    @Test
    void filesMissingFromTheWorkFolderAreNeverSwitchedInAsAPlan() throws IOException {
        Path out = dir.resolve("plan");
        plan(out, false, 1);
        Map<String, String> before = snapshot(out);
        try (PlanFolder run = PlanFolder.open(out, true, "1")) {
            write(run, 3);
            // another program removing what this run wrote (an earlier version's second run removed
            // whole staging folders)
            Path gone;
            try (Stream<Path> hosts = Files.list(run.staging().resolve("hosts"))) {
                gone = hosts.findFirst().orElseThrow();
            }
            Files.delete(gone);
            PlanFolder.NotReplacedException e =
                    assertThrows(PlanFolder.NotReplacedException.class, run::commit);
            assertTrue(
                    e.getMessage().contains("went missing")
                            && e.getMessage().contains("nothing was replaced"),
                    e.getMessage());
        }
        assertEquals(before, snapshot(out), "the previous plan, untouched");
    }

    // 2. the folder looked at again right before the switch

    @Test
    void aFileSavedIntoThePlanWhileItRunsIsNeverRemoved() throws IOException {
        Path out = dir.resolve("plan");
        plan(out, false, 1);
        try (PlanFolder run = PlanFolder.open(out, true, "1")) {
            write(run, 2);
            // the user, a minute into a 5,000-host run, saves notes into hosts/ and adds a row to
            // summary.csv
            Files.writeString(out.resolve("hosts/notes.txt"), "mine");
            Files.writeString(
                    out.resolve("summary.csv"),
                    "added by hand\n",
                    java.nio.file.StandardOpenOption.APPEND);
            PlanFolder.RefusedException e =
                    assertThrows(PlanFolder.RefusedException.class, run::commit);
            assertTrue(
                    e.getMessage().contains("hosts/notes.txt")
                            && e.getMessage()
                                    .contains("summary.csv (changed since Dockwise wrote it)"),
                    e.getMessage());
            assertTrue(
                    e.getMessage().contains(run.staging().getFileName().toString()),
                    "the message names where the new plan is: " + e.getMessage());
            assertTrue(
                    Files.isDirectory(run.staging().resolve("hosts")),
                    "the new plan is kept in its work folder");
        }
        assertEquals("mine", Files.readString(out.resolve("hosts/notes.txt")));
        assertTrue(Files.readString(out.resolve("summary.csv")).endsWith("added by hand\n"));
    }

    @Test
    void aFileSavedDuringTheSwitchItselfIsKeptWhereTheUserCanSeeIt() throws IOException {
        Path out = dir.resolve("plan");
        plan(out, false, 1);
        boolean[] saved = {false};
        Optional<PlanFolder.KeptFiles> kept =
                plan(
                        out,
                        true,
                        2,
                        (from, entry, to) -> {
                            // after the last look: the user saves into hosts/ just as it is moved
                            // aside
                            if (entry.equals("hosts") && !saved[0]) {
                                saved[0] = true;
                                Files.writeString(out.resolve("hosts/late.txt"), "mine");
                            }
                            PlanSwitch.RENAME.move(from, entry, to);
                        });
        assertTrue(kept.isPresent(), "the result says a file was kept");
        assertEquals(List.of("hosts/late.txt"), kept.get().files());
        assertEquals("mine", Files.readString(kept.get().folder().resolve("hosts/late.txt")));
        assertEquals(
                List.of("hosts"),
                names(kept.get().folder()),
                "only what the record did not list is kept");
        assertEquals(
                PlanFolderContents.Kind.FOREIGN,
                PlanFolder.inspect(out).kind(),
                "the next run is told about the kept folder");
    }

    // 3. names used after their checks

    @Test
    void aLinkSwappedInForTheStagingFolderRedirectsNothing() throws IOException {
        Path victim = Files.createDirectories(dir.resolve("victim"));
        Files.writeString(victim.resolve("summary.csv"), "mine");
        Path out = dir.resolve("plan");
        PlanFolder run = PlanFolder.open(out, false, "1");
        try (run) {
            Path staging = run.staging();
            Files.move(staging, out.resolve("moved-away"));
            Files.createSymbolicLink(staging, victim);
            write(run, 2);
            // the folder no longer holds what the run made: refused at the last look
            assertThrows(PlanFolder.RefusedException.class, run::commit);
        }
        assertEquals(
                Map.of("summary.csv", "mine"),
                snapshot(victim),
                "nothing written, moved or removed through the link");
        assertTrue(
                Files.isSymbolicLink(out.resolve(run.staging().getFileName())),
                "the link is left as it was");
    }

    @Test
    void aLinkSwappedInForThePlanFolderRedirectsNothing() throws IOException {
        Path victim = Files.createDirectories(dir.resolve("victim"));
        Files.writeString(victim.resolve("summary.csv"), "mine");
        Path out = dir.resolve("plan");
        plan(out, false, 1);
        try (PlanFolder run = PlanFolder.open(out, true, "1")) {
            write(run, 2);
            Files.move(out, dir.resolve("plan-real"));
            Files.createSymbolicLink(out, victim);
            PlanFolder.RefusedException e =
                    assertThrows(PlanFolder.RefusedException.class, run::commit);
            assertTrue(e.getMessage().contains("moved or replaced"), e.getMessage());
        }
        assertEquals(
                Map.of("summary.csv", "mine"),
                snapshot(victim),
                "the user's summary.csv is not replaced through the link");
        assertTrue(
                Files.exists(dir.resolve("plan-real/hosts/pc-3.recommendation.json")),
                "the previous plan is where it was");
    }

    @Test
    void aLinkSwappedInForThePreviousPlansFolderRedirectsNothing() throws IOException {
        Path victim = Files.createDirectories(dir.resolve("victim"));
        Files.writeString(victim.resolve("summary.csv"), "mine");
        Path out = dir.resolve("plan");
        plan(out, false, 1);
        Map<String, String> first = snapshot(out);
        boolean[] swapped = {false};
        plan(
                out,
                true,
                2,
                (from, entry, to) -> {
                    if (!swapped[0]) {
                        swapped[0] = true;
                        try (Stream<Path> list = Files.list(out)) {
                            Path previous =
                                    list.filter(
                                                    p ->
                                                            p.getFileName()
                                                                    .toString()
                                                                    .startsWith(
                                                                            WorkFolder.PREVIOUS))
                                            .findFirst()
                                            .orElseThrow();
                            Files.move(previous, dir.resolve("previous-real"));
                            Files.createSymbolicLink(previous, victim);
                        }
                    }
                    PlanSwitch.RENAME.move(from, entry, to);
                });
        assertEquals(
                Map.of("summary.csv", "mine"),
                snapshot(victim),
                "the previous plan is not moved into the link's folder");
        assertFalse(first.isEmpty());
    }

    @Test
    void workFoldersAreForThisUserOnly() throws IOException {
        try (PlanFolder run = PlanFolder.open(dir.resolve("plan"), false, "1")) {
            assertEquals(
                    "rwx------",
                    PosixFilePermissions.toString(Files.getPosixFilePermissions(run.staging())));
            assertEquals(
                    "rwx------",
                    PosixFilePermissions.toString(
                            Files.getPosixFilePermissions(run.staging().resolve("hosts"))));
        }
    }

    // 4. the journal

    private static final String TOKEN = "00112233445566778899aabbccddeeff";

    /** A journal as a switch writes it, naming two work folders. */
    private static void journal(Path out, String staging, String previous, String token)
            throws IOException {
        Files.writeString(
                out.resolve(PlanSwitch.JOURNAL),
                "Dockwise plan switch 2\n" + staging + "\n" + previous + "\nrun\t" + token + "\n");
    }

    @Test
    void aPlantedJournalMovesNothingOfTheUsers() throws IOException {
        Path out = Files.createDirectories(dir.resolve("users"));
        Files.createDirectories(out.resolve("hosts"));
        Files.writeString(out.resolve("hosts/inventory.ini"), "[windows]\n");
        Files.writeString(out.resolve("summary.csv"), "mine\n");
        // an empty folder with a work name counts as Dockwise's; the journal names it
        Files.createDirectory(out.resolve(WorkFolder.STAGING + "x"));
        Files.createDirectory(out.resolve(WorkFolder.PREVIOUS + "y"));
        Files.createFile(out.resolve(PlanFolder.LOCK));
        journal(out, WorkFolder.STAGING + "x", WorkFolder.PREVIOUS + "y", TOKEN);
        Map<String, String> before = snapshot(out);
        for (boolean force : new boolean[] {false, true}) {
            assertThrows(PlanFolder.RefusedException.class, () -> plan(out, force, 1));
            assertEquals(
                    before,
                    snapshot(out),
                    "nothing of the user's moved or removed (force " + force + ")");
        }
    }

    @Test
    void aPlantedJournalInTheHomeFolderIsNotEvenRead() throws IOException {
        Files.createDirectories(dir.resolve("hosts"));
        Files.writeString(dir.resolve("hosts/inventory.ini"), "[windows]\n");
        Files.writeString(dir.resolve("summary.csv"), "mine\n");
        Files.createFile(dir.resolve(PlanFolder.LOCK));
        Path staging = workFolder(dir, WorkFolder.STAGING, TOKEN);
        Path previous = workFolder(dir, WorkFolder.PREVIOUS, TOKEN);
        journal(dir, staging.getFileName().toString(), previous.getFileName().toString(), TOKEN);
        Map<String, String> before = snapshot(dir);
        String home = System.getProperty("user.home");
        try {
            System.setProperty("user.home", dir.toString());
            PlanFolder.RefusedException e =
                    assertThrows(PlanFolder.RefusedException.class, () -> plan(dir, true, 1));
            assertTrue(e.getMessage().contains("home folder"), e.getMessage());
        } finally {
            System.setProperty("user.home", home);
        }
        assertEquals(before, snapshot(dir));
    }

    private static Path workFolder(Path out, String prefix, String token) throws IOException {
        return PlanFolderTest.workFolder(out, prefix, token);
    }

    /** Stands for the process dying: nothing after it runs. */
    private static final class Died extends Error {}

    /**
     * A run killed after moving the previous plan's summary.csv aside; the previous plan is split
     * between the folder and its work folder.
     */
    private Path killedInTheSwitch() throws IOException {
        Path out = dir.resolve("plan");
        plan(out, false, 1);
        int[] moves = {0};
        assertThrows(
                Died.class,
                () ->
                        plan(
                                out,
                                true,
                                2,
                                (from, entry, to) -> {
                                    if (moves[0]++ == 2) {
                                        throw new Died();
                                    }
                                    PlanSwitch.RENAME.move(from, entry, to);
                                }));
        return out;
    }

    private static Path previousOf(Path out) throws IOException {
        try (Stream<Path> list = Files.list(out)) {
            return list.filter(p -> p.getFileName().toString().startsWith(WorkFolder.PREVIOUS))
                    .findFirst()
                    .orElseThrow();
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "cut to its header",
                "emptied",
                "naming another folder",
                "another run's token"
            })
    void aDamagedJournalNeverCostsThePlanItSetAside(String damage) throws IOException {
        Path out = killedInTheSwitch();
        Path previous = previousOf(out);
        Map<String, String> setAside = snapshot(previous);
        assertTrue(
                setAside.containsKey("summary.csv"),
                "the previous summary.csv was set aside: " + setAside.keySet());
        String journal = Files.readString(out.resolve(PlanSwitch.JOURNAL));
        switch (damage) {
            case "cut to its header" ->
                    Files.writeString(out.resolve(PlanSwitch.JOURNAL), "Dockwise plan switch 2\n");
            case "emptied" -> Files.writeString(out.resolve(PlanSwitch.JOURNAL), "");
            case "naming another folder" ->
                    Files.writeString(
                            out.resolve(PlanSwitch.JOURNAL),
                            journal.replace(
                                    previous.getFileName().toString(),
                                    WorkFolder.PREVIOUS + "elsewhere"));
            default ->
                    Files.writeString(
                            out.resolve(PlanSwitch.JOURNAL),
                            journal.replaceAll("run\t[0-9a-f]+", "run\t" + TOKEN));
        }
        PlanFolder.RefusedException e =
                assertThrows(PlanFolder.RefusedException.class, () -> plan(out, false, 3));
        assertTrue(e.getMessage().contains(PlanSwitch.JOURNAL), e.getMessage());
        assertEquals(
                setAside, snapshot(previous), "the previous plan set aside is still there, whole");
    }

    @Test
    void aJournalOfItsOwnRunIsStillFollowed() throws IOException {
        Path out = killedInTheSwitch();
        assertThrows(PlanFolder.RefusedException.class, () -> plan(out, false, 3));
        assertFalse(Files.exists(out.resolve(PlanSwitch.JOURNAL)), "the switch was undone");
        assertEquals(
                List.of(PlanManifest.NAME, PlanFolder.LOCK, "hosts", "summary.csv", "summary.html"),
                names(out));
        assertTrue(
                Files.exists(out.resolve("hosts/pc-3.recommendation.json"))
                        && !Files.exists(out.resolve("hosts/pc-4.recommendation.json")),
                "the previous plan (4 hosts) is back");
    }

    // 6. smaller

    @Test
    void aRunOfOnlyInvalidProfilesLeavesThePreviousPlanAlone() throws IOException {
        Path out = dir.resolve("plan");
        plan(out, false, 1);
        Map<String, String> before = snapshot(out);
        List<HostSource> invalid =
                List.of(
                        HostSource.of(
                                "bad.json",
                                "bad",
                                "{\"schemaVersion\": 1}".getBytes(StandardCharsets.UTF_8)));
        FleetWriter.NothingValidException e =
                assertThrows(
                        FleetWriter.NothingValidException.class,
                        () ->
                                FleetWriter.planInto(
                                        out,
                                        true,
                                        invalid,
                                        planner,
                                        TestEngine.ADVISOR.knowledge(),
                                        (d, t) -> {},
                                        () -> false));
        assertEquals(1, e.plans().size());
        assertEquals(before, snapshot(out));
    }
}
