package dev.dockwise.engine.facts;

import dev.dockwise.engine.model.Identified;

/** Something an edition of Windows can do, which modes require. */
public enum Capability implements Identified {
    HYPER_V("hyper-v"),
    WINDOWS_CONTAINERS("windows-containers"),
    WSL2("wsl2"),
    DOCKER_DESKTOP("docker-desktop");

    private final String id;

    Capability(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
