package dev.dockwise.engine.model;

/** What the containers are for (needs.purpose); licences and support differ for production. */
public enum Purpose implements Identified {
    DEVELOPMENT("development"),
    TEST("test"),
    PRODUCTION("production");

    private final String id;

    Purpose(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
