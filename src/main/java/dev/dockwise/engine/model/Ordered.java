package dev.dockwise.engine.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Unmodifiable copies that keep a stable order. {@code Set.copyOf} and {@code Map.copyOf} iterate
 * in an order salted per JVM, so reasons, blockers and report lines built by iterating them came
 * out in a different order from one run to the next.
 */
public final class Ordered {
    private Ordered() {}

    /** In the enum's declaration order. */
    public static <E extends Enum<E>> Set<E> copy(Set<E> set, Class<E> type) {
        return Collections.unmodifiableSet(
                set == null || set.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(set));
    }

    /** In the given map's order (the knowledge files' order, as Jackson reads them). */
    public static <K, V> Map<K, V> copy(Map<K, V> map) {
        return Collections.unmodifiableMap(
                map == null ? new LinkedHashMap<>() : new LinkedHashMap<>(map));
    }
}
