package dev.dockwise.engine.model;

/** Windows container base image (needs.windowsImage). */
public enum WindowsImage implements Identified {
    NANOSERVER("nanoserver"),
    SERVERCORE("servercore"),
    SERVER("server"),
    WINDOWS("windows");

    private final String id;

    WindowsImage(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
