package dev.dockwise.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dockwise}: the command-line face of the engine (SPEC section 3). */
@Command(
        name = "dockwise",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        sortOptions = false,
        description = {
            "Finds the best way to run Docker and containers on a Windows host, and explains every"
                    + " other way.",
            "Without arguments the desktop wizard opens."
        },
        subcommands = {
            RecommendCommand.class,
            CompareCommand.class,
            MatrixCommand.class,
            ScriptCommand.class,
            ProbeCommand.class,
            ReportCommand.class,
            GuiCommand.class,
            DiagnoseCommand.class,
            PlanCommand.class
        },
        footer = {
            "",
            "Exit codes: 0 success, 2 bad input (the message names the problem), 1 internal error."
        })
public final class RootCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
