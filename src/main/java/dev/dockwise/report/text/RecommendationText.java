package dev.dockwise.report.text;

import dev.dockwise.engine.facts.Knowledge;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.engine.model.Profile;
import dev.dockwise.engine.model.ProfileSummary;
import dev.dockwise.engine.result.Fix;
import dev.dockwise.engine.result.ModeAssessment;
import dev.dockwise.engine.result.Recommendation;

/**
 * {@code recommend --format text}: readable in a terminal, ASCII only so every Windows console
 * shows it.
 */
public final class RecommendationText {
    private final Knowledge knowledge;

    public RecommendationText(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    public String render(Profile profile, Recommendation result) {
        StringBuilder out = new StringBuilder();
        out.append("Dockwise recommendation")
                .append(profile.name() == null ? "" : " for " + profile.name())
                .append(" (knowledge as of ")
                .append(result.knowledgeAsOf())
                .append(")\n");
        out.append(
                Wrap.lines(
                        "Host: ",
                        "      ",
                        ProfileSummary.host(profile) + "; needs " + ProfileSummary.needs(profile)));
        out.append("\nRecommended:        ")
                .append(
                        result.recommended()
                                .map(this::title)
                                .orElse("nothing works on this host as it is"))
                .append('\n');
        out.append("Best after changes: ")
                .append(result.bestAfterChanges().map(this::title).orElse("-"))
                .append('\n');
        if (!result.assumptions().isEmpty()) {
            out.append("\nAssumptions:\n");
            result.assumptions().forEach(a -> out.append(Wrap.lines("  - ", "    ", a)));
        }
        out.append("\nEvery mode, best first:\n");
        int rank = 1;
        for (ModeAssessment o : result.options()) {
            out.append('\n')
                    .append(
                            String.format(
                                    "%2d. %s  [%s, score %d]%n",
                                    rank++, title(o.mode()), o.status().id(), o.score()));
            o.blockers().forEach(b -> out.append(Wrap.lines("    x ", "      ", b)));
            o.fixes().forEach(f -> appendFix(out, f));
            o.reasons().forEach(r -> out.append(Wrap.lines("    + ", "      ", r)));
            o.warnings().forEach(w -> out.append(Wrap.lines("    ! ", "      ", w)));
        }
        out.append("\nLegend: x blocker, > change to make, + reason, ! warning\n");
        return out.toString();
    }

    private void appendFix(StringBuilder out, Fix fix) {
        out.append(Wrap.lines("    > ", "      ", "(" + fix.where().label() + ") " + fix.action()));
        if (fix.hasCommand()) {
            out.append("        PS> ").append(fix.command()).append('\n');
        }
    }

    private String title(Mode mode) {
        return knowledge.modes().mode(mode).name() + " (" + mode.id() + ")";
    }
}
