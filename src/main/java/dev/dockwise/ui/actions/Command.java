package dev.dockwise.ui.actions;

/** What a {@link StandardAction} does once the window is ready. */
@FunctionalInterface
public interface Command {
    void execute();
}
