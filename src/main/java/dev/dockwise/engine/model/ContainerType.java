package dev.dockwise.engine.model;

/** Kind of container the user needs to run (needs.containers). */
public enum ContainerType implements Identified {
    LINUX("linux"),
    WINDOWS("windows");

    private final String id;

    ContainerType(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** "Linux" or "Windows", for sentences. */
    public String label() {
        return Character.toUpperCase(id.charAt(0)) + id.substring(1);
    }
}
