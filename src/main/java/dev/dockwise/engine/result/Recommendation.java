package dev.dockwise.engine.result;

import dev.dockwise.engine.model.Mode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The advisor's answer for one profile (SPEC section 3): every mode best first, the recommended
 * mode if one works as the host is, and the best mode after changes when that would be better.
 */
public final class Recommendation {
    private final LocalDate knowledgeAsOf;
    private final Mode recommended;
    private final Mode bestAfterChanges;
    private final List<String> assumptions;
    private final List<ModeAssessment> options;
    private final HostReading host;

    public Recommendation(
            LocalDate knowledgeAsOf,
            HostReading host,
            Mode recommended,
            Mode bestAfterChanges,
            List<String> assumptions,
            List<ModeAssessment> options) {
        this.host = Objects.requireNonNull(host);
        this.knowledgeAsOf = Objects.requireNonNull(knowledgeAsOf);
        this.recommended = recommended;
        this.bestAfterChanges = bestAfterChanges;
        this.assumptions = List.copyOf(assumptions);
        this.options = List.copyOf(options);
    }

    /** How the advisor read the host. */
    public HostReading host() {
        return host;
    }

    public LocalDate knowledgeAsOf() {
        return knowledgeAsOf;
    }

    public Optional<Mode> recommended() {
        return Optional.ofNullable(recommended);
    }

    public Optional<Mode> bestAfterChanges() {
        return Optional.ofNullable(bestAfterChanges);
    }

    public List<String> assumptions() {
        return assumptions;
    }

    /** Every mode, best first. */
    public List<ModeAssessment> options() {
        return options;
    }

    public ModeAssessment option(Mode mode) {
        return options.stream().filter(o -> o.mode() == mode).findFirst().orElseThrow();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Recommendation r
                && knowledgeAsOf.equals(r.knowledgeAsOf)
                && host.equals(r.host)
                && Objects.equals(recommended, r.recommended)
                && Objects.equals(bestAfterChanges, r.bestAfterChanges)
                && assumptions.equals(r.assumptions)
                && options.equals(r.options);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                knowledgeAsOf, host, recommended, bestAfterChanges, assumptions, options);
    }
}
