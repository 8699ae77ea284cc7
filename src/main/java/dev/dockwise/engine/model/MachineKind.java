package dev.dockwise.engine.model;

/** Whether Windows runs on hardware or inside a VM (host.machine). */
public enum MachineKind implements Identified {
    PHYSICAL("physical"),
    VIRTUAL("virtual");

    private final String id;

    MachineKind(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
