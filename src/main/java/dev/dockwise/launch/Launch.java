package dev.dockwise.launch;

import dev.dockwise.cli.DockwiseCli;
import dev.dockwise.cli.WizardStart;
import dev.dockwise.launch.LaunchDecision.Command;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How a start of dockwise.jar goes: the wizard without arguments, the command line with them, each
 * in this JVM or in a child JVM as {@link LaunchDecision} says. It must not touch JavaFX: a jar
 * whose main class extends Application fails on the class path, and the command line must work
 * without a display.
 */
public final class Launch {
    private Launch() {}

    public static void main(String[] args) {
        String[] command = commandLine(args);
        boolean wizard =
                command[0].equals("gui")
                        && (command.length == 1
                                || command.length == 3 && command[1].equals("--profile"));
        if (ChildJvm.isChild()) {
            ChildJvm.watchParent();
        } else {
            Command kind =
                    wizard
                            ? Command.WIZARD
                            : command[0].equals("plan") ? Command.PLAN : Command.OTHER;
            OptionalInt relaunched =
                    switch (LaunchDecision.decide(start(kind)).outcome()) {
                        case WIZARD_CHILD -> ClassDataSharing.relaunch(args);
                        case BATCH_CHILD -> BatchJvm.relaunch(args);
                        case HERE -> OptionalInt.empty();
                    };
            if (relaunched.isPresent()) {
                System.exit(relaunched.getAsInt());
            }
        }
        if (wizard) {
            // the wizard without the command-line parser: its first frame comes sooner
            System.exit(WizardStart.run(command.length == 3 ? Path.of(command[2]) : null));
        }
        System.exit(DockwiseCli.run(command));
    }

    /**
     * The facts about this JVM the decision needs; the JVM's options are read only when they can
     * matter.
     */
    static LaunchDecision.Start start(Command kind) {
        boolean relaunchOff =
                "off".equalsIgnoreCase(System.getProperty("dockwise.relaunch"))
                        || "off".equalsIgnoreCase(System.getenv("DOCKWISE_RELAUNCH"));
        Optional<String> launcher =
                ProcessHandle.current()
                        .info()
                        .command()
                        .map(c -> Path.of(c).getFileName().toString());
        return new LaunchDecision.Start(
                kind,
                ChildJvm.isChild(),
                relaunchOff,
                ClassDataSharing.off(),
                System.getProperty("jpackage.app-path") != null,
                launcher.orElse(""),
                !ChildJvm.classPath().isEmpty(),
                Runtime.version().feature(),
                ClassDataSharing.hotSpot(),
                JvmOptions::ofThisJvm);
    }

    /**
     * A desktop opens an associated file by passing its path as the only argument (the menu entry's
     * {@code Dockwise %f}); that opens the file in the wizard rather than reading it as a command.
     */
    static String[] commandLine(String[] args) {
        if (args.length == 0) {
            return new String[] {"gui"};
        }
        if (args.length == 1
                && !args[0].startsWith("-")
                && args[0].endsWith(".json")
                && Files.isRegularFile(Path.of(args[0]))) {
            return new String[] {"gui", "--profile", args[0]};
        }
        return args;
    }
}
