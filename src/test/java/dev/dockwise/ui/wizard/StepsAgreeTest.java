package dev.dockwise.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.Scenarios;
import dev.dockwise.Scenarios.Scenario;
import dev.dockwise.TestEngine;
import dev.dockwise.engine.facts.IsolationKind;
import dev.dockwise.engine.facts.Support;
import dev.dockwise.engine.matrix.HostRows;
import dev.dockwise.engine.matrix.MatrixCell;
import dev.dockwise.engine.matrix.MatrixRow;
import dev.dockwise.engine.model.ContainerType;
import dev.dockwise.engine.model.Edition;
import dev.dockwise.engine.model.ImageVersion;
import dev.dockwise.engine.model.Profile;
import dev.dockwise.engine.model.Status;
import dev.dockwise.engine.result.Recommendation;
import dev.dockwise.profile.ProfileField;
import dev.dockwise.profile.RawValue;
import dev.dockwise.report.ReportBuilder;
import dev.dockwise.report.ReportModel;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One evaluation feeds every step: for every shared scenario, the Compare step (the advice's
 * statuses), the Compatibility step (the host's matrix row and its image lines) and the report (its
 * comparison and host row) agree on whether this host runs Windows containers with each isolation.
 */
class StepsAgreeTest {
    static Stream<Scenario> scenarios() {
        return Scenarios.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void compareCompatibilityAndReportAgree(Scenario scenario) {
        WizardSession vm = new WizardSession(TestEngine.ADVISOR);
        vm.draft().load(RawValue.of(scenario.profile()));
        CompatibilityStepViewModel compat = new CompatibilityStepViewModel(vm);
        Profile profile = vm.getProfile();
        Recommendation advice = vm.getRecommendation();
        ReportModel report =
                new ReportBuilder(TestEngine.ADVISOR, "test")
                        .build(Optional.of(profile), LocalDate.of(2026, 12, 6));

        Optional<MatrixRow> shown = Optional.ofNullable(compat.hostRowProperty().get());
        assertEquals(
                shown,
                report.host().flatMap(ReportModel.HostPart::hostRow),
                "the Compatibility step and the report show one row");
        for (ReportModel.Column column : report.comparison().columns()) {
            assertEquals(
                    advice.option(column.mode()).status() == Status.BLOCKED,
                    column.blocked(),
                    "the report's comparison: " + column.mode());
        }
        if (shown.isEmpty() || !profile.needs().needs(ContainerType.WINDOWS)) {
            return;
        }
        Optional<ImageVersion> needed = Optional.ofNullable(profile.needs().windowsImageVersion());
        for (IsolationKind isolation : IsolationKind.values()) {
            Status status = advice.option(HostRows.modeOf(isolation)).status();
            boolean runs =
                    shown.get().cells().stream()
                            .filter(c -> c.isolation() == isolation)
                            .filter(c -> needed.map(v -> c.image() == v).orElse(true))
                            .anyMatch(c -> c.support().works());
            String what =
                    scenario.id()
                            + ", "
                            + isolation.id()
                            + ": the Compare step says "
                            + status.id()
                            + ", the matrix row "
                            + shown.get().cells();
            if (status == Status.BLOCKED) {
                assertFalse(runs, what);
                compat.images().stream()
                        .filter(l -> l.image().isPresent())
                        .forEach(
                                l ->
                                        assertFalse(
                                                (isolation == IsolationKind.PROCESS
                                                                ? l.process()
                                                                : l.hyperv())
                                                        .works(),
                                                what + "; image " + l.name()));
            } else if (status == Status.RECOMMENDED || status == Status.ELIGIBLE) {
                assertTrue(runs, what);
            }
        }
    }

    /**
     * The case: Windows 11 Home has no Windows containers, so its row supports none, and
     * says why.
     */
    @Test
    void windows11HomeShowsNoSupportedWindowsImage() {
        WizardSession vm = new WizardSession(TestEngine.ADVISOR);
        CompatibilityStepViewModel compat = new CompatibilityStepViewModel(vm);
        vm.draft().choice(ProfileField.EDITION, Edition.class).set(Edition.HOME);
        vm.draft().text(ProfileField.BUILD).set("26100");
        vm.draft()
                .choices(ProfileField.CONTAINERS, ContainerType.class)
                .set(java.util.Set.of(ContainerType.LINUX));
        MatrixRow row = compat.hostRowProperty().get();
        assertTrue(row.cells().stream().noneMatch(c -> c.support().works()), row::toString);
        MatrixCell ltsc2025 =
                row.cells().stream()
                        .filter(
                                c ->
                                        c.image() == ImageVersion.LTSC2025
                                                && c.isolation() == IsolationKind.HYPERV)
                        .findFirst()
                        .orElseThrow();
        assertEquals(Support.UNSUPPORTED, ltsc2025.support());
        assertTrue(
                ltsc2025.note().startsWith("Not on this host: Windows Home can't run"),
                ltsc2025.note());
        assertTrue(
                compat.images().stream()
                        .filter(l -> l.image().isPresent())
                        .noneMatch(l -> l.hyperv().works() || l.process().works()));
    }
}
