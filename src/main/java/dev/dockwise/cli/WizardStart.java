package dev.dockwise.cli;

import dev.dockwise.files.ShownName;
import dev.dockwise.ui.UiLauncher;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens the wizard and explains in words why it can't (no display, a missing file). Kept apart from
 * picocli: {@code java -jar dockwise.jar} without arguments comes straight here, because building
 * the command model of every command first would delay the window's first frame by a third of a
 * second.
 */
public final class WizardStart {
    private WizardStart() {}

    /**
     * For {@code Main}: the wizard, optionally with a profile file, reporting on the process's
     * stderr.
     */
    public static int run(Path profile) {
        return run(profile, new PrintWriter(System.err, true, StandardCharsets.UTF_8));
    }

    static int run(Path profile, PrintWriter err) {
        if (profile != null && !Files.isRegularFile(profile)) {
            err.println("dockwise: file not found: " + ShownName.of(profile));
            return ExitCodes.BAD_INPUT;
        }
        try {
            UiLauncher.launch(profile);
            return ExitCodes.OK;
        } catch (RuntimeException e) {
            String why = ShownName.of(e.getMessage() == null ? e.toString() : e.getMessage());
            err.println(
                    "dockwise: can't open the wizard: "
                            + why
                            + (why.contains("DISPLAY")
                                    ? " (no desktop here; the command line works without one:"
                                            + " dockwise --help)"
                                    : ""));
            return ExitCodes.INTERNAL_ERROR;
        }
    }
}
