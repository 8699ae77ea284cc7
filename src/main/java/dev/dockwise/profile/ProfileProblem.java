package dev.dockwise.profile;

/**
 * One thing wrong with a profile: the field path ("host.build", "needs.containers[1]"), what was
 * expected in the profile's own terms (JSON types, field names), and the same said to someone who
 * typed into the wizard's field ("Type the OS build number in digits, e.g. 22631 (1 to 99999).").
 * The wizard marks the field with the latter; the command line prints the former and exits with 2.
 */
public record ProfileProblem(String path, String message, String forUser) {

    /** A problem whose message reads well in the wizard too (as a sentence). */
    public ProfileProblem(String path, String message) {
        this(
                path,
                message,
                message.isEmpty()
                        ? message
                        : Character.toUpperCase(message.charAt(0))
                                + message.substring(1)
                                + (message.endsWith(".") ? "" : "."));
    }

    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
