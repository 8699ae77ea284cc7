package dev.dockwise.engine.model;

/** Windows Server LTSC version of a container image (needs.windowsImageVersion). */
public enum ImageVersion implements Identified {
    LTSC2016("ltsc2016"),
    LTSC2019("ltsc2019"),
    LTSC2022("ltsc2022"),
    LTSC2025("ltsc2025");

    private final String id;

    ImageVersion(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
