package dev.dockwise.engine;

import dev.dockwise.engine.facts.Knowledge;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.engine.model.Profile;
import dev.dockwise.engine.model.Status;
import dev.dockwise.engine.result.HostReading;
import dev.dockwise.engine.result.ModeAssessment;
import dev.dockwise.engine.result.Recommendation;
import dev.dockwise.engine.rules.Assessment;
import dev.dockwise.engine.rules.Assumptions;
import dev.dockwise.engine.rules.HostFacts;
import dev.dockwise.engine.rules.ModeRule;
import dev.dockwise.engine.rules.ModeRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Evaluates every mode for a profile and ranks them (SPEC section 3). The one engine behind the
 * wizard, the command line, the scripts and the reports; cheap enough to run on every keystroke.
 */
public final class Advisor {
    /** Modes that can work come first, by score; blocked modes last. */
    private static final Comparator<ModeAssessment> BY_SCORE = Comparator
            .comparing((ModeAssessment o) -> o.status() == Status.BLOCKED)
            .thenComparing(Comparator.comparingInt(ModeAssessment::score).reversed())
            .thenComparing(o -> o.mode().ordinal());

    private final Knowledge knowledge;
    private final Map<Mode, ModeRule> rules;

    public Advisor(Knowledge knowledge) {
        this.knowledge = knowledge;
        this.rules = ModeRules.all();
    }

    public Knowledge knowledge() {
        return knowledge;
    }

    public Recommendation evaluate(Profile profile) {
        Assumptions assumptions = new Assumptions();
        HostFacts host = new HostFacts(knowledge, profile, assumptions);
        List<ModeAssessment> options = new ArrayList<>();
        for (Mode mode : Mode.values()) {
            Assessment assessment = ModeRules.newAssessment(knowledge.modes().mode(mode), host);
            if (ModeRules.canServe(host, assessment)) {
                rules.get(mode).evaluate(host, assessment);
            }
            ModeRules.finish(host, assessment);
            options.add(assessment.result());
        }
        options.sort(BY_SCORE);
        ModeAssessment recommended = options.stream().filter(o -> o.status() == Status.ELIGIBLE).findFirst().orElse(null);
        ModeAssessment afterChanges = options.stream().filter(o -> o.status() == Status.NEEDS_CHANGES).findFirst().orElse(null);
        if (recommended != null) {
            // The recommended mode leads the list even when a mode that needs changes scores higher.
            options.remove(recommended);
            options.add(0, recommended.withStatus(Status.RECOMMENDED));
        }
        Mode best = afterChanges != null && (recommended == null || afterChanges.score() > recommended.score())
                ? afterChanges.mode() : null;
        // read after the rules, so that what reading the host assumes follows what the rules assumed
        HostReading reading = host.reading();
        return new Recommendation(knowledge.meta().asOf(), reading, recommended == null ? null : recommended.mode(), best,
                assumptions.list(), options);
    }
}
