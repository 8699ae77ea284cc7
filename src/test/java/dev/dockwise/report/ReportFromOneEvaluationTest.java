package dev.dockwise.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.dockwise.TestEngine;
import dev.dockwise.TestProfile;
import dev.dockwise.engine.model.Profile;
import dev.dockwise.engine.result.Recommendation;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The wizard's report shows the recommendation it already has, not a second evaluation. */
class ReportFromOneEvaluationTest {
    @Test
    void aReportFromTheEvaluationMadeIsTheReportThatEvaluates() {
        Profile host = TestProfile.baseline().profile();
        assertEquals(
                ReportFixtures.model(Optional.of(host)),
                ReportFixtures.BUILDER.build(
                        host, TestEngine.ADVISOR.evaluate(host), ReportFixtures.DATE));
    }

    @Test
    void theRecommendationGivenIsTheOneShown() {
        Profile host = TestProfile.baseline().profile();
        // another host's answer: the report must show it, which it can only have from the caller
        Recommendation given = TestEngine.ADVISOR.evaluate(ReportFixtures.cyrillicServer());
        assertNotEquals(TestEngine.ADVISOR.evaluate(host).recommended(), given.recommended());
        ReportModel.HostPart shown =
                ReportFixtures.BUILDER.build(host, given, ReportFixtures.DATE).host().orElseThrow();
        assertEquals(given.recommended(), shown.recommended().map(ReportModel.ModePart::mode));
        assertEquals(
                given.options().stream().map(o -> o.mode()).toList(),
                shown.modes().stream().map(ReportModel.ModePart::mode).toList());
    }
}
