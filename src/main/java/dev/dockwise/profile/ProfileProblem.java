package dev.dockwise.profile;

/**
 * One thing wrong with a profile: the field path ("host.build", "needs.containers[1]") and what
 * was expected. The wizard marks the field; the command line prints it and exits with 2.
 */
public record ProfileProblem(String path, String message) {

    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
