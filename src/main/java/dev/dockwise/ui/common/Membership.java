package dev.dockwise.ui.common;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.CheckBox;

/**
 * A check box for one member of a set held in a property, kept in step both ways: ticked is in the
 * set (the container types of the Workloads step are one answer, two boxes).
 */
public final class Membership {
    private Membership() {}

    public static <T> void bind(CheckBox box, ObjectProperty<Set<T>> set, T member) {
        SyncGuard sync = new SyncGuard();
        Runnable show =
                () ->
                        sync.run(
                                () ->
                                        box.setSelected(
                                                set.get() != null && set.get().contains(member)));
        set.addListener(o -> show.run());
        box.selectedProperty()
                .addListener(
                        (obs, old, ticked) ->
                                sync.run(
                                        () -> {
                                            Set<T> next = new LinkedHashSet<>();
                                            if (set.get() != null) {
                                                next.addAll(set.get());
                                            }
                                            if (ticked) {
                                                next.add(member);
                                            } else {
                                                next.remove(member);
                                            }
                                            set.set(Collections.unmodifiableSet(next));
                                        }));
        show.run();
    }
}
