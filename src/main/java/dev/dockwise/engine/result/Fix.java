package dev.dockwise.engine.result;

import java.util.Objects;

/**
 * A change that makes a mode work: what to do, where, and the command when one exists ({@code
 * command} is empty otherwise, never null).
 */
public record Fix(String action, FixTarget where, String command) {

    public Fix {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(where, "where");
        command = command == null ? "" : command;
    }

    public static Fix of(String action, FixTarget where) {
        return new Fix(action, where, "");
    }

    public boolean hasCommand() {
        return !command.isEmpty();
    }
}
