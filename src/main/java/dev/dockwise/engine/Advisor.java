package dev.dockwise.engine;

import dev.dockwise.engine.facts.Knowledge;
import dev.dockwise.engine.matrix.CompatibilityMatrix;
import dev.dockwise.engine.matrix.HostRows;
import dev.dockwise.engine.matrix.MatrixRow;
import dev.dockwise.engine.model.ContainerType;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.engine.model.Needs;
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
import java.util.Optional;
import java.util.Set;

/**
 * Evaluates every mode for a profile and ranks them (SPEC section 3). The one engine behind the
 * wizard, the command line, the scripts and the reports; cheap enough to run on every keystroke.
 */
public final class Advisor {
    /** Modes that can work come first, by score; blocked modes last. */
    private static final Comparator<ModeAssessment> BY_SCORE =
            Comparator.comparing((ModeAssessment o) -> o.status() == Status.BLOCKED)
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
        ModeAssessment recommended =
                options.stream()
                        .filter(o -> o.status() == Status.ELIGIBLE)
                        .findFirst()
                        .orElse(null);
        ModeAssessment afterChanges =
                options.stream()
                        .filter(o -> o.status() == Status.NEEDS_CHANGES)
                        .findFirst()
                        .orElse(null);
        if (recommended != null) {
            // The recommended mode leads the list even when a mode that needs changes scores
            // higher.
            options.remove(recommended);
            options.add(0, recommended.withStatus(Status.RECOMMENDED));
        }
        Mode best =
                afterChanges != null
                                && (recommended == null
                                        || afterChanges.score() > recommended.score())
                        ? afterChanges.mode()
                        : null;
        // read after the rules, so that what reading the host assumes follows what the rules
        // assumed
        HostReading reading = host.reading();
        return new Recommendation(
                knowledge.meta().asOf(),
                reading,
                recommended == null ? null : recommended.mode(),
                best,
                assumptions.list(),
                options);
    }

    /**
     * The host's row of the compatibility matrix as this host can use it: Microsoft's table for its
     * kind and build, with what the advice on Windows containers says about this host (edition,
     * architecture, nesting...) taken into account. Every step and report shows this row, so none
     * says "Supported" where the advice says the host can't run them. Empty when the build is
     * unknown.
     */
    public Optional<MatrixRow> hostRow(Profile profile, Recommendation recommendation) {
        HostReading host = recommendation.host();
        return host.build()
                .flatMap(build -> new CompatibilityMatrix(knowledge).forHost(host.kind(), build))
                .map(row -> HostRows.asThisHost(row, windowsAdvice(profile, recommendation)));
    }

    /**
     * The advice for this host when it needs Windows containers of any version: the given one when
     * it already is.
     */
    private Recommendation windowsAdvice(Profile profile, Recommendation recommendation) {
        Needs n = profile.needs();
        if (n.containers().equals(Set.of(ContainerType.WINDOWS))
                && n.windowsImageVersion() == null) {
            return recommendation;
        }
        Needs windows =
                new Needs(
                        Set.of(ContainerType.WINDOWS),
                        n.purpose(),
                        n.isolation(),
                        n.windowsImage(),
                        null,
                        n.orchestration(),
                        n.organization());
        return evaluate(new Profile(profile.name(), profile.host(), windows));
    }
}
