package dev.dockwise.engine.model;

/** CPU facts; a null component is unknown. */
public record Cpu(CpuVendor vendor, Boolean virtualizationEnabled, Boolean slat) {
    public static Cpu unknown() {
        return new Cpu(null, null, null);
    }
}
