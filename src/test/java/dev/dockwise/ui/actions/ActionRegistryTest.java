package dev.dockwise.ui.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActionRegistryTest {
    private final ActionRegistry actions = new ActionRegistry();
    private final List<String> done = new ArrayList<>();

    private void registerAll() {
        for (StandardAction action : StandardAction.values()) {
            actions.register(action, () -> done.add(action.name()));
        }
        actions.registerFileOpener(file -> done.add("open " + file.getFileName()));
    }

    @Test
    void beforeTheWindowIsReadyTheStartStepsRequestsWaitInOrderAndTheRestAreIgnored() {
        actions.execute(StandardAction.OPEN);
        actions.execute(StandardAction.SAVE);
        actions.openFile(Path.of("a.dockwise.json"));
        actions.execute(StandardAction.PRINT);
        actions.execute(StandardAction.PLAN_FLEET);
        registerAll();
        assertTrue(done.isEmpty(), "nothing runs before the window is ready");
        List<Runnable> later = new ArrayList<>();
        actions.ready(later::add);
        assertTrue(done.isEmpty(), "what waited is handed to the executor, not run inside ready()");
        later.forEach(Runnable::run);
        assertEquals(List.of("OPEN", "open a.dockwise.json", "PLAN_FLEET"), done);
    }

    @Test
    void whenReadyEveryActionRunsItsCommandAtOnce() {
        registerAll();
        actions.ready(Runnable::run);
        for (StandardAction action : StandardAction.values()) {
            actions.execute(action);
        }
        assertEquals(StandardAction.values().length, done.size());
        assertEquals(StandardAction.SAVE.name(), done.get(StandardAction.SAVE.ordinal()));
    }

    @Test
    void aWindowThatForgotACommandIsRefusedAtOnceNotWhenTheUserClicks() {
        for (StandardAction action : StandardAction.values()) {
            if (action != StandardAction.COPY_SUMMARY) {
                actions.register(action, () -> {});
            }
        }
        actions.registerFileOpener(file -> {});
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> actions.ready(Runnable::run));
        assertTrue(e.getMessage().contains("COPY_SUMMARY"), e.getMessage());
        assertFalse(actions.isReady());
    }

    @Test
    void aCommandThatDoesNotActNowIsOffAndItsRequestsDoNothing() {
        javafx.beans.property.BooleanProperty canGoBack =
                new javafx.beans.property.SimpleBooleanProperty(false);
        for (StandardAction action : StandardAction.values()) {
            if (action == StandardAction.BACK) {
                actions.register(action, () -> done.add(action.name()), canGoBack);
            } else {
                actions.register(action, () -> done.add(action.name()));
            }
        }
        actions.registerFileOpener(file -> {});
        actions.ready(Runnable::run);
        assertFalse(actions.enabledProperty(StandardAction.BACK).get());
        actions.execute(StandardAction.BACK);
        assertTrue(done.isEmpty(), "Back on the first step does nothing");
        canGoBack.set(true);
        assertTrue(actions.isEnabled(StandardAction.BACK));
        actions.execute(StandardAction.BACK);
        assertEquals(List.of("BACK"), done);
        assertTrue(
                actions.isEnabled(StandardAction.SAVE),
                "a command without a condition always acts");
    }

    @Test
    void anActionHasOneCommand() {
        actions.register(StandardAction.SAVE, () -> {});
        assertThrows(
                IllegalStateException.class, () -> actions.register(StandardAction.SAVE, () -> {}));
    }

    @Test
    void everyShortcutIsKnownToJavaFxSyntaxAndUsedOnce() {
        List<String> seen = new ArrayList<>();
        for (StandardAction action : StandardAction.values()) {
            action.accelerator()
                    .ifPresent(
                            a -> {
                                assertTrue(
                                        a.matches("Shortcut(\\+Shift)?\\+[A-Z]|Alt\\+(Left|Right)"),
                                        action + ": " + a);
                                assertFalse(seen.contains(a), "two actions on " + a);
                                seen.add(a);
                            });
            assertEquals(
                    1,
                    action.text().chars().filter(c -> c == '_').count(),
                    action + " has one mnemonic");
        }
    }
}
