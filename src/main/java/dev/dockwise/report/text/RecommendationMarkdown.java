package dev.dockwise.report.text;

import dev.dockwise.engine.facts.Knowledge;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.engine.model.Profile;
import dev.dockwise.engine.model.ProfileSummary;
import dev.dockwise.engine.result.Fix;
import dev.dockwise.engine.result.ModeAssessment;
import dev.dockwise.engine.result.Recommendation;

/** {@code recommend --format markdown}: for tickets, wikis and pull requests. */
public final class RecommendationMarkdown {
    private final Knowledge knowledge;

    public RecommendationMarkdown(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    public String render(Profile profile, Recommendation result) {
        StringBuilder out = new StringBuilder();
        out.append("# Dockwise recommendation")
                .append(profile.name() == null ? "" : ": " + Markdown.escape(profile.name()))
                .append("\n\n");
        out.append("Knowledge as of ")
                .append(result.knowledgeAsOf())
                .append(". Host: ")
                .append(
                        Markdown.escape(
                                ProfileSummary.host(profile)
                                        + "; needs "
                                        + ProfileSummary.needs(profile)))
                .append(".\n\n");
        out.append("- **Recommended:** ")
                .append(
                        result.recommended()
                                .map(this::title)
                                .orElse("nothing works on this host as it is"))
                .append('\n');
        out.append("- **Best after changes:** ")
                .append(result.bestAfterChanges().map(this::title).orElse("none"))
                .append("\n\n");
        out.append("| Rank | Mode | Status | Score |\n|---:|---|---|---:|\n");
        int rank = 1;
        for (ModeAssessment o : result.options()) {
            out.append("| ")
                    .append(rank++)
                    .append(" | ")
                    .append(title(o.mode()))
                    .append(" | ")
                    .append(o.status().id())
                    .append(" | ")
                    .append(o.score())
                    .append(" |\n");
        }
        if (!result.assumptions().isEmpty()) {
            out.append("\n## Assumptions\n\n");
            result.assumptions()
                    .forEach(a -> out.append("- ").append(Markdown.escape(a)).append('\n'));
        }
        for (ModeAssessment o : result.options()) {
            out.append("\n## ")
                    .append(title(o.mode()))
                    .append(": ")
                    .append(o.status().id())
                    .append("\n\n");
            section(out, "Blockers", o.blockers());
            if (!o.fixes().isEmpty()) {
                out.append("**Changes to make**\n\n");
                for (Fix f : o.fixes()) {
                    out.append("- ")
                            .append(Markdown.escape(f.action()))
                            .append(" _(")
                            .append(f.where().label())
                            .append(")_\n");
                    if (f.hasCommand()) {
                        out.append("\n  ```powershell\n  ").append(f.command()).append("\n  ```\n");
                    }
                }
                out.append('\n');
            }
            section(out, "Reasons", o.reasons());
            section(out, "Warnings", o.warnings());
        }
        return out.toString();
    }

    private static void section(StringBuilder out, String title, java.util.List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        out.append("**").append(title).append("**\n\n");
        items.forEach(i -> out.append("- ").append(Markdown.escape(i)).append('\n'));
        out.append('\n');
    }

    private String title(Mode mode) {
        return knowledge.modes().mode(mode).name() + " (`" + mode.id() + "`)";
    }
}
