package dev.dockwise.engine.facts;

import dev.dockwise.engine.model.Identified;

/** How a Windows container is isolated from the host. */
public enum IsolationKind implements Identified {
    PROCESS("process"),
    HYPERV("hyperv");

    private final String id;

    IsolationKind(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
