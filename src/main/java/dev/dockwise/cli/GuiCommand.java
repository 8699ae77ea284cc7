package dev.dockwise.cli;

import dev.dockwise.ui.UiLauncher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dockwise gui}: opens the desktop wizard, optionally with a profile. */
@Command(name = "gui", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Open the desktop wizard (also what dockwise does without arguments).")
public final class GuiCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--profile", paramLabel = "FILE", description = "Open this assessment (dockwise.profile/v1 JSON).")
    Path profile;

    @Override
    public Integer call() {
        if (profile != null && !Files.isRegularFile(profile)) {
            throw new BadInputException("file not found: " + profile);
        }
        try {
            UiLauncher.launch(profile);
            return ExitCodes.OK;
        } catch (RuntimeException e) {
            String why = e.getMessage() == null ? e.toString() : e.getMessage();
            spec.commandLine().getErr().println("dockwise: can't open the wizard: " + why
                    + (why.contains("DISPLAY") ? " (no desktop here; the command line works without one: dockwise --help)" : ""));
            return ExitCodes.INTERNAL_ERROR;
        }
    }
}
