package dev.dockwise.scripts;

/** There is no script for this mode on this host; the message says why and what to do instead. */
public final class NoScriptException extends Exception {
    public NoScriptException(String message) {
        super(message);
    }
}
