package dev.dockwise.cli;

import dev.dockwise.engine.model.Profile;
import dev.dockwise.files.ShownName;
import dev.dockwise.profile.InvalidProfileException;
import dev.dockwise.profile.ProfileReader;
import java.nio.file.Path;

/**
 * Reads the --profile file, turning every problem into one bad-input message that names the file
 * and fields.
 */
final class ProfileArgument {
    private ProfileArgument() {}

    static Profile read(Path file) {
        try {
            return ProfileReader.read(file);
        } catch (InvalidProfileException e) {
            String problems = String.join(System.lineSeparator() + "  ", e.shownProblems());
            throw new BadInputException(
                    "invalid profile "
                            + ShownName.of(file)
                            + ":"
                            + (e.problems().size() == 1 ? " " : System.lineSeparator() + "  ")
                            + problems);
        }
    }
}
