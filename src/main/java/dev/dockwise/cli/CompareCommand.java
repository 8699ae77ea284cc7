package dev.dockwise.cli;

import dev.dockwise.engine.compare.ComparisonTable;
import dev.dockwise.knowledge.KnowledgeBase;
import dev.dockwise.report.text.ComparisonOutput;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dockwise compare}: the mode comparison table. */
@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description =
                "The comparison of every mode: host OS, hypervisor, container types, startup,"
                        + " isolation, licence, support and more.")
public final class CompareCommand implements Callable<Integer> {
    /** Output formats of this command. */
    public enum Format {
        text,
        json,
        markdown,
        csv
    }

    @Spec CommandSpec spec;

    @Option(
            names = "--format",
            defaultValue = "text",
            paramLabel = "FORMAT",
            description = "text, json, markdown or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        ComparisonOutput output =
                new ComparisonOutput(
                        new ComparisonTable(KnowledgeBase.bundled()),
                        KnowledgeBase.bundled().meta().asOf());
        String text =
                switch (format) {
                    case text -> output.text();
                    case json -> output.json();
                    case markdown -> output.markdown();
                    case csv -> output.csv();
                };
        spec.commandLine().getOut().print(text);
        return ExitCodes.OK;
    }
}
