package dev.dockwise.engine.model;

/** Cloud a virtual host runs in (host.cloud). */
public enum Cloud implements Identified {
    AZURE("azure"),
    AWS("aws"),
    GCP("gcp"),
    OTHER("other");

    private final String id;

    Cloud(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
