package dev.dockwise.engine.model;

/** CPU vendor (host.cpu.vendor); AMD nesting has stricter parent-host requirements than Intel. */
public enum CpuVendor implements Identified {
    INTEL("intel"),
    AMD("amd"),
    ARM("arm"),
    OTHER("other");

    private final String id;

    CpuVendor(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
