package dev.dockwise.ui.common;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ComboBox;

/**
 * A drop-down of answers bound both ways to a property; the first choice may be "Don't know"
 * (null).
 */
public final class ComboField<T> extends ComboBox<Choice<T>> {
    private final SyncGuard sync = new SyncGuard();

    public ComboField(ObjectProperty<T> property, List<Choice<T>> choices, String accessibleName) {
        getItems().setAll(choices);
        setAccessibleText(accessibleName);
        setMaxWidth(Double.MAX_VALUE);
        getSelectionModel()
                .selectedItemProperty()
                .addListener(
                        (obs, old, now) -> {
                            if (now != null) {
                                sync.run(() -> property.set(now.value()));
                            }
                        });
        property.addListener((obs, old, now) -> select(now));
        select(property.get());
    }

    private void select(T value) {
        sync.run(
                () ->
                        getItems().stream()
                                .filter(c -> Objects.equals(c.value(), value))
                                .findFirst()
                                .ifPresentOrElse(
                                        c -> getSelectionModel().select(c),
                                        () -> getSelectionModel().clearSelection()));
    }

    public ComboField<T> withId(String id) {
        setId(id);
        return this;
    }

    /** Selects the choice with this label, as a click on it would. */
    public void pick(String label) {
        getItems().stream()
                .filter(c -> c.label().equals(label))
                .findFirst()
                .ifPresent(c -> getSelectionModel().select(c));
    }
}
