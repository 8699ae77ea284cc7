package dev.dockwise.engine.model;

/** Verdict on one mode for one host (SPEC section 1); declaration order is the ranking order. */
public enum Status implements Identified {
    RECOMMENDED("recommended"),
    ELIGIBLE("eligible"),
    NEEDS_CHANGES("needs-changes"),
    BLOCKED("blocked");

    private final String id;

    Status(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
