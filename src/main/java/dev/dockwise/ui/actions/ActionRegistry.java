package dev.dockwise.ui.actions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;

/**
 * The window's commands by action. Views ask the registry, never the classes that do the work, so
 * the first frame and the main window share one set of buttons: until {@link #ready()} the Start
 * step's requests wait (in order) and the rest are ignored, as {@link StandardAction#beforeReady()}
 * says. Opening a given file (a recent file, a dropped one) is the one request that carries a
 * value. A command may say when it acts (Back not on the first step, Save script only with a
 * script): the menu items and buttons made for it are enabled only then, and a request meanwhile
 * does nothing.
 */
public final class ActionRegistry {
    private final Map<StandardAction, Command> commands = new EnumMap<>(StandardAction.class);
    private final Map<StandardAction, ReadOnlyBooleanWrapper> enabled =
            new EnumMap<>(StandardAction.class);
    private final List<Runnable> waiting = new ArrayList<>();
    private Consumer<Path> fileOpener;
    private boolean ready;

    public void register(StandardAction action, Command command) {
        if (commands.putIfAbsent(Objects.requireNonNull(action), Objects.requireNonNull(command))
                != null) {
            throw new IllegalStateException(action + " already has a command");
        }
    }

    /** A command that acts only while {@code when} holds. */
    public void register(StandardAction action, Command command, ObservableBooleanValue when) {
        register(action, command);
        enabledWrapper(action).bind(when);
    }

    /**
     * Whether the action acts now: bound to the menu items and buttons made for it. Before the
     * window is ready only the requests that wait are enabled.
     */
    public ReadOnlyBooleanProperty enabledProperty(StandardAction action) {
        return enabledWrapper(action).getReadOnlyProperty();
    }

    public boolean isEnabled(StandardAction action) {
        return enabledWrapper(action).get();
    }

    private ReadOnlyBooleanWrapper enabledWrapper(StandardAction action) {
        return enabled.computeIfAbsent(
                action,
                a ->
                        new ReadOnlyBooleanWrapper(
                                this,
                                a.name(),
                                ready || a.beforeReady() == StandardAction.Before.WAITS));
    }

    /** What opens a given file: asks about unsaved answers first, then opens it. */
    public void registerFileOpener(Consumer<Path> opener) {
        fileOpener = Objects.requireNonNull(opener);
    }

    /**
     * The window is ready: every action must have its command by now, and what was asked in the
     * meantime is handed, in order, to {@code later} (the window is made inside an animation pulse,
     * where JavaFX refuses the dialogs those requests open, so the app passes Platform::runLater).
     */
    public void ready(Executor later) {
        Set<StandardAction> missing = EnumSet.allOf(StandardAction.class);
        missing.removeAll(commands.keySet());
        if (!missing.isEmpty() || fileOpener == null) {
            throw new IllegalStateException(
                    "no command for " + (missing.isEmpty() ? "opening a file" : missing));
        }
        ready = true;
        enabled.forEach(
                (action, state) -> {
                    if (!state.isBound()) {
                        state.set(true);
                    }
                });
        List<Runnable> asked = List.copyOf(waiting);
        waiting.clear();
        asked.forEach(later::execute);
    }

    public boolean isReady() {
        return ready;
    }

    public void execute(StandardAction action) {
        if (ready) {
            if (isEnabled(action)) {
                commands.get(action).execute();
            }
        } else if (action.beforeReady() == StandardAction.Before.WAITS) {
            waiting.add(() -> execute(action));
        }
    }

    public void openFile(Path file) {
        Objects.requireNonNull(file);
        if (ready) {
            fileOpener.accept(file);
        } else {
            waiting.add(() -> openFile(file));
        }
    }
}
