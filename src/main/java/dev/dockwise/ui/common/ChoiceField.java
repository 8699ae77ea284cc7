package dev.dockwise.ui.common;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import org.controlsfx.control.SegmentedButton;

/**
 * A few mutually exclusive answers as a segmented button, bound both ways to a property; exactly
 * one segment is always selected ("Don't know" for null).
 */
public final class ChoiceField<T> extends SegmentedButton {
    private final ObjectProperty<T> property;
    private final SyncGuard sync = new SyncGuard();

    public ChoiceField(ObjectProperty<T> property, List<Choice<T>> choices, String accessibleName) {
        this.property = property;
        ToggleGroup group = new ToggleGroup();
        setToggleGroup(group);
        for (Choice<T> choice : choices) {
            ToggleButton button = new ToggleButton(choice.label());
            button.setUserData(choice);
            button.setAccessibleText(accessibleName + ": " + choice.label());
            button.setFocusTraversable(true);
            button.setMnemonicParsing(false);
            getButtons().add(button);
        }
        setAccessibleText(accessibleName);
        // every answer in full ("Perso..." was "Personal"): a form row without room for them puts
        // its label above instead
        setMinWidth(USE_PREF_SIZE);
        group.selectedToggleProperty()
                .addListener(
                        (obs, old, now) -> {
                            if (now == null) {
                                // a segmented choice always has an answer: clicking the selected
                                // one keeps it
                                if (old != null) {
                                    group.selectToggle(old);
                                }
                                return;
                            }
                            @SuppressWarnings("unchecked")
                            Choice<T> picked = (Choice<T>) now.getUserData();
                            sync.run(() -> property.set(picked.value()));
                        });
        property.addListener((obs, old, now) -> select(now));
        select(property.get());
    }

    private void select(T value) {
        sync.run(
                () -> {
                    for (ToggleButton b : getButtons()) {
                        Choice<?> c = (Choice<?>) b.getUserData();
                        if (Objects.equals(c.value(), value)) {
                            b.setSelected(true);
                        }
                    }
                });
    }

    public ObjectProperty<T> property() {
        return property;
    }

    public ChoiceField<T> withId(String id) {
        setId(id);
        return this;
    }

    /** The segment with this label, for tests and keyboard shortcuts. */
    public ToggleButton segment(String label) {
        return getButtons().stream()
                .filter(b -> b.getText().equals(label))
                .findFirst()
                .orElseThrow();
    }
}
