package dev.dockwise.engine.model;

/** Orchestration the user plans (needs.orchestration). */
public enum Orchestration implements Identified {
    NONE("none"),
    COMPOSE("compose"),
    SWARM("swarm"),
    KUBERNETES("kubernetes");

    private final String id;

    Orchestration(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
