package dev.dockwise;

import dev.dockwise.cli.DockwiseCli;

/**
 * Entry point of dockwise.jar: the wizard without arguments, the command line with them. It must not
 * touch JavaFX: a jar whose main class extends Application fails on the class path, and the command
 * line must work without a display.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(DockwiseCli.run(args.length == 0 ? new String[] {"gui"} : args));
    }
}
