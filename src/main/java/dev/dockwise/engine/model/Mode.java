package dev.dockwise.engine.model;

/**
 * The ways to run containers on a Windows host (SPEC section 1); declaration order breaks ranking
 * ties.
 */
public enum Mode implements Identified {
    TOOLBOX("toolbox"),
    WINDOWS_PROCESS("windows-process"),
    WINDOWS_HYPERV("windows-hyperv"),
    LCOW("lcow"),
    DESKTOP_HYPERV("desktop-hyperv"),
    DESKTOP_WSL2("desktop-wsl2"),
    WSL2_ENGINE("wsl2-engine"),
    LINUX_VM("linux-vm");

    private final String id;

    Mode(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
