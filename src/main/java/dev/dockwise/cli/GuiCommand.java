package dev.dockwise.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dockwise gui}: opens the desktop wizard, optionally with a profile. */
@Command(
        name = "gui",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Open the desktop wizard (also what dockwise does without arguments).")
public final class GuiCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
            names = "--profile",
            paramLabel = "FILE",
            description = "Open this assessment (dockwise.profile/v1 JSON).")
    Path profile;

    @Override
    public Integer call() {
        return WizardStart.run(profile, spec.commandLine().getErr());
    }
}
