package dev.dockwise.engine.model;

/** Size of the organization, which decides Docker Desktop's licence terms (needs.organization). */
public enum Organization implements Identified {
    PERSONAL("personal"),
    SMALL("small"),
    LARGE("large");

    private final String id;

    Organization(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
