package dev.dockwise.engine.model;

/** Installation option of Windows Server (host.serverInstallation). */
public enum ServerInstallation implements Identified {
    DESKTOP_EXPERIENCE("desktop-experience"),
    SERVER_CORE("server-core"),
    NANO("nano");

    private final String id;

    ServerInstallation(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
