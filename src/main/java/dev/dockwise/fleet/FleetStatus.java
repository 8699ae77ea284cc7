package dev.dockwise.fleet;

import dev.dockwise.engine.model.Identified;

/** Where a host of the fleet stands. */
public enum FleetStatus implements Identified {
    RECOMMENDED("recommended", "A mode works as the host is"),
    NEEDS_CHANGES("needs-changes", "A mode works after changes"),
    NOTHING_WORKS("nothing-works", "Nothing works"),
    INVALID("invalid", "Profile invalid");

    private final String id;
    private final String label;

    FleetStatus(String id, String label) {
        this.id = id;
        this.label = label;
    }

    @Override
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }
}
