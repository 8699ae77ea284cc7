package dev.dockwise.cli;

import dev.dockwise.engine.Advisor;
import dev.dockwise.engine.model.Profile;
import dev.dockwise.engine.result.Recommendation;
import dev.dockwise.knowledge.KnowledgeBase;
import dev.dockwise.report.text.RecommendationJson;
import dev.dockwise.report.text.RecommendationMarkdown;
import dev.dockwise.report.text.RecommendationText;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dockwise recommend}: ranks every mode for a profile. */
@Command(
        name = "recommend",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description =
                "Rank every way to run containers on the host of a profile, with reasons, fixes and"
                        + " blockers.")
public final class RecommendCommand implements Callable<Integer> {
    /** Output formats of this command. */
    public enum Format {
        text,
        json,
        markdown
    }

    @Spec CommandSpec spec;

    @Option(
            names = "--profile",
            required = true,
            paramLabel = "FILE",
            description = "The host profile (dockwise.profile/v1 JSON).")
    Path profile;

    @Option(
            names = "--format",
            defaultValue = "text",
            paramLabel = "FORMAT",
            description = "text, json or markdown (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        Profile p = ProfileArgument.read(profile);
        Advisor advisor = new Advisor(KnowledgeBase.bundled());
        Recommendation result = advisor.evaluate(p);
        String text =
                switch (format) {
                    case json -> RecommendationJson.render(result);
                    case markdown ->
                            new RecommendationMarkdown(advisor.knowledge()).render(p, result);
                    case text -> new RecommendationText(advisor.knowledge()).render(p, result);
                };
        spec.commandLine().getOut().print(text);
        return ExitCodes.OK;
    }
}
