package dev.dockwise.cli;

/** Input the user must correct; the command line prints the message and exits with 2. */
public final class BadInputException extends RuntimeException {
    public BadInputException(String message) {
        super(message);
    }
}
