package dev.dockwise.engine.rules;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What the advisor assumed about unknown facts, in the order it first relied on them. */
public final class Assumptions {
    private final Set<String> items = new LinkedHashSet<>();

    public void add(String assumption) {
        items.add(assumption);
    }

    public List<String> list() {
        return List.copyOf(items);
    }
}
