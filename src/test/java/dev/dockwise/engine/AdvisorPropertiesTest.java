package dev.dockwise.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.TestEngine;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.engine.model.Profile;
import dev.dockwise.engine.model.Status;
import dev.dockwise.engine.result.ModeAssessment;
import dev.dockwise.engine.result.Recommendation;
import dev.dockwise.profile.ProfileReader;
import dev.dockwise.profile.ProfileWriter;
import dev.dockwise.report.text.RecommendationJson;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of SPEC section 3 over generated valid profiles. */
class AdvisorPropertiesTest {

    @Provide
    Arbitrary<Profile> profiles() {
        return Profiles.valid();
    }

    @Property(tries = 1500)
    void everyModeOnceAndAtMostOneRecommended(@ForAll("profiles") Profile profile) {
        Recommendation r = TestEngine.ADVISOR.evaluate(profile);
        Set<Mode> seen = EnumSet.noneOf(Mode.class);
        r.options().forEach(o -> assertTrue(seen.add(o.mode()), "twice: " + o.mode()));
        assertEquals(EnumSet.allOf(Mode.class), seen);
        List<ModeAssessment> recommended =
                r.options().stream().filter(o -> o.status() == Status.RECOMMENDED).toList();
        assertTrue(recommended.size() <= 1);
        assertEquals(recommended.stream().map(ModeAssessment::mode).findFirst(), r.recommended());
        if (r.recommended().isPresent()) {
            assertEquals(
                    r.recommended().get(),
                    r.options().get(0).mode(),
                    "the recommended mode comes first");
        }
    }

    @Property(tries = 1500)
    void statusesCarryTheirExplanations(@ForAll("profiles") Profile profile) {
        for (ModeAssessment o : TestEngine.ADVISOR.evaluate(profile).options()) {
            switch (o.status()) {
                case BLOCKED -> {
                    assertFalse(
                            o.blockers().isEmpty(), () -> o.mode() + " blocked without a blocker");
                    assertEquals(0, o.score());
                    assertTrue(o.fixes().isEmpty());
                }
                case NEEDS_CHANGES -> {
                    assertFalse(
                            o.fixes().isEmpty(), () -> o.mode() + " needs changes without a fix");
                    assertTrue(o.blockers().isEmpty());
                }
                default -> {
                    assertTrue(
                            o.blockers().isEmpty() && o.fixes().isEmpty(),
                            () -> o.mode() + " eligible with blockers or fixes");
                    assertTrue(o.score() >= 1 && o.score() <= 100);
                }
            }
            Stream.of(o.reasons(), o.warnings(), o.blockers())
                    .flatMap(List::stream)
                    .forEach(
                            text ->
                                    assertFalse(
                                            text.isBlank() || text.contains("null"),
                                            () -> "bad text in " + o.mode() + ": " + text));
            o.fixes()
                    .forEach(f -> assertFalse(f.action().isBlank() || f.action().contains("null")));
        }
    }

    @Property(tries = 1500)
    void bestAfterChangesIsABetterModeThatNeedsChanges(@ForAll("profiles") Profile profile) {
        Recommendation r = TestEngine.ADVISOR.evaluate(profile);
        r.bestAfterChanges()
                .ifPresent(
                        best -> {
                            ModeAssessment option = r.option(best);
                            assertEquals(Status.NEEDS_CHANGES, option.status());
                            r.recommended()
                                    .ifPresent(
                                            rec ->
                                                    assertTrue(
                                                            option.score()
                                                                    > r.option(rec).score()));
                        });
        r.recommended()
                .ifPresent(
                        rec ->
                                r.options().stream()
                                        .filter(o -> o.status() == Status.ELIGIBLE)
                                        .forEach(
                                                o ->
                                                        assertTrue(
                                                                o.score() <= r.option(rec).score(),
                                                                "an eligible mode outscores the"
                                                                        + " recommended one")));
    }

    @Property(tries = 500)
    void theAnswerIsDeterministic(@ForAll("profiles") Profile profile) {
        Recommendation first = TestEngine.ADVISOR.evaluate(profile);
        Recommendation second = new Advisor(TestEngine.ADVISOR.knowledge()).evaluate(profile);
        assertEquals(first, second);
        assertEquals(RecommendationJson.render(first), RecommendationJson.render(second));
        // plan writes the bytes form: the same text as recommend --format json prints
        assertEquals(
                RecommendationJson.render(first),
                new String(
                        RecommendationJson.bytes(first), java.nio.charset.StandardCharsets.UTF_8));
    }

    @Property(tries = 500)
    void profilesSurviveAWriteAndARead(@ForAll("profiles") Profile profile) throws Exception {
        Profile back = ProfileReader.read(ProfileWriter.toJson(profile));
        assertEquals(profile, back);
    }
}
