package dev.dockwise.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Runs the command line; the one place that decides exit codes and how errors reach the user. */
public final class DockwiseCli {
    private DockwiseCli() {}

    public static int run(String... args) {
        return run(
                new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8),
                args);
    }

    public static int run(PrintWriter rawOut, PrintWriter rawErr, String... args) {
        PrintWriter out = new PrintWriter(new PrintableWriter(rawOut), true);
        PrintWriter err = new PrintWriter(new PrintableWriter(rawErr), true);
        CommandLine cli = new CommandLine(new RootCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(
                (e, commandLine, parseResult) -> {
                    if (e instanceof BadInputException) {
                        commandLine.getErr().println("dockwise: " + e.getMessage());
                        return ExitCodes.BAD_INPUT;
                    }
                    commandLine
                            .getErr()
                            .println("dockwise: internal error: " + e + " (please report it)");
                    return ExitCodes.INTERNAL_ERROR;
                });
        cli.setParameterExceptionHandler(
                (e, params) -> {
                    CommandLine commandLine = e.getCommandLine();
                    commandLine.getErr().println("dockwise: " + e.getMessage());
                    commandLine
                            .getErr()
                            .println(
                                    "Try '"
                                            + commandLine.getCommandSpec().qualifiedName()
                                            + " --help' for usage.");
                    return ExitCodes.BAD_INPUT;
                });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
