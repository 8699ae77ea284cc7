package dev.dockwise.engine.model;

/** Isolation the workload needs (needs.isolation). */
public enum Isolation implements Identified {
    STANDARD("standard"),
    HYPERVISOR("hypervisor");

    private final String id;

    Isolation(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
