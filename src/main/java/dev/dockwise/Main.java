package dev.dockwise;

import dev.dockwise.cli.DockwiseCli;
import dev.dockwise.cli.WizardStart;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * Entry point of dockwise.jar: the wizard without arguments, the command line with them. It must not
 * touch JavaFX: a jar whose main class extends Application fails on the class path, and the command
 * line must work without a display.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        String[] command = commandLine(args);
        boolean wizard = command[0].equals("gui") && (command.length == 1 || command.length == 3 && command[1].equals("--profile"));
        if (ChildJvm.isChild()) {
            ChildJvm.watchParent();
        } else {
            // java -jar can't carry JVM options: the wizard and plan run in a child JVM that has theirs
            OptionalInt relaunched = wizard ? ClassDataSharing.relaunch(args)
                    : command[0].equals("plan") ? BatchJvm.relaunch(args) : OptionalInt.empty();
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
     * A desktop opens an associated file by passing its path as the only argument (the menu entry's
     * {@code Dockwise %f}); that opens the file in the wizard rather than reading it as a command.
     */
    static String[] commandLine(String[] args) {
        if (args.length == 0) {
            return new String[] {"gui"};
        }
        if (args.length == 1 && !args[0].startsWith("-") && args[0].endsWith(".json") && Files.isRegularFile(Path.of(args[0]))) {
            return new String[] {"gui", "--profile", args[0]};
        }
        return args;
    }
}
