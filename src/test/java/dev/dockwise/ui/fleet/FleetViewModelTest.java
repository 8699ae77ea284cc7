package dev.dockwise.ui.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.TestEngine;
import dev.dockwise.fleet.FleetPlanner;
import dev.dockwise.fleet.FleetStatus;
import dev.dockwise.fleet.FleetWriter;
import dev.dockwise.fleet.HostPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the fleet page decides before it writes or opens anything, without a toolkit. */
class FleetViewModelTest {
    @TempDir Path dir;

    private final FleetViewModel fleet = new FleetViewModel(TestEngine.ADVISOR, "1.0.0-test");

    @Test
    void anEmptyOrNewFolderTakesThePlanStraightIn() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertEquals(new FleetViewModel.ExportTarget.Ready(empty), fleet.exportTarget(empty));
        Path missing = dir.resolve("not-yet");
        assertEquals(new FleetViewModel.ExportTarget.Ready(missing), fleet.exportTarget(missing));
        assertTrue(Files.notExists(missing), "looking writes nothing");
    }

    @Test
    void aPlanDockwiseWroteIsReplacedOnlyIfTheUserAgrees() throws IOException {
        Path out = dir.resolve("plan");
        FleetWriter.planInto(
                out,
                false,
                List.of(),
                new FleetPlanner(TestEngine.ADVISOR, "1.0.0-test"),
                TestEngine.ADVISOR.knowledge(),
                (done, total) -> {},
                () -> false);
        assertEquals(new FleetViewModel.ExportTarget.ReplacesPlan(out), fleet.exportTarget(out));
    }

    @Test
    void aPlansOwnHostsFolderIsRefusedAsPartOfThatPlanNotAsTheUsersFiles() throws IOException {
        Path out = dir.resolve("plan");
        Path fleetDir = Files.createDirectories(dir.resolve("fleet"));
        Files.writeString(fleetDir.resolve("dev-01.dockwise.json"), TestEngine.baseline());
        FleetWriter.planInto(
                out,
                false,
                dev.dockwise.fleet.FleetInputs.read(fleetDir),
                new FleetPlanner(TestEngine.ADVISOR, "1.0.0-test"),
                TestEngine.ADVISOR.knowledge(),
                (done, total) -> {},
                () -> false);
        var refused =
                assertInstanceOf(
                        FleetViewModel.ExportTarget.Refused.class,
                        fleet.exportTarget(out.resolve("hosts")));
        assertEquals("That folder is inside a plan", refused.title());
        assertTrue(refused.reason().contains("Choose plan itself"), refused.reason());
        assertTrue(!refused.reason().contains("did not write"), refused.reason());
    }

    @Test
    void theUsersOwnFilesAndFilesWhereTheFolderShouldBeAreRefusedWithTheReason()
            throws IOException {
        Path documents = Files.createDirectory(dir.resolve("documents"));
        Files.writeString(documents.resolve("thesis.docx"), "mine");
        var refused =
                assertInstanceOf(
                        FleetViewModel.ExportTarget.Refused.class, fleet.exportTarget(documents));
        assertEquals("Choose another folder for the plan", refused.title());
        assertTrue(refused.reason().contains("thesis.docx"), refused.reason());

        Path file = Files.writeString(dir.resolve("notes.txt"), "mine");
        assertInstanceOf(FleetViewModel.ExportTarget.Refused.class, fleet.exportTarget(file));
        assertEquals("mine", Files.readString(file));
    }

    @Test
    void anInvalidHostOrOneNotFromAFolderSaysWhyItCannotBeOpened() {
        List<String> told = new ArrayList<>();
        HostPlan invalid =
                new HostPlan(
                        "pc-1.json",
                        "pc-1",
                        "pc-1",
                        FleetStatus.INVALID,
                        List.of("$.host.build: not a number"),
                        null,
                        null,
                        List.of(),
                        List.of(),
                        null,
                        null);
        assertEquals(Optional.empty(), fleet.profileOf(invalid, told::add));
        assertTrue(
                told.get(0).contains("pc-1.json is not a valid profile: $.host.build"),
                told.toString());
    }
}
