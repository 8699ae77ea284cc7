package dev.dockwise.engine.model;

/** Client Windows (10, 11, ...) or Windows Server. */
public enum HostKind implements Identified {
    CLIENT("client"),
    SERVER("server");

    private final String id;

    HostKind(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
