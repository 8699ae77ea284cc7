package dev.dockwise.engine.model;

import java.util.Objects;

/**
 * Everything known about the Windows host. Null components are unknown and the advisor reasons
 * about them with stated assumptions; the nested records are never null. {@code ltsc} marks a
 * Long-Term Servicing Channel client (Enterprise or IoT Enterprise LTSC/LTSB), which keeps its build.
 */
public record Host(
        Edition edition,
        Boolean ltsc,
        Integer build,
        Integer ubr,
        Arch arch,
        Double memoryGb,
        ServerInstallation serverInstallation,
        Cpu cpu,
        MachineKind machine,
        HypervisorKind hypervisor,
        Cloud cloud,
        String vmSize,
        Boolean nestedVirtualization,
        Features features,
        Software software,
        Boolean admin) {

    public Host {
        cpu = Objects.requireNonNullElseGet(cpu, Cpu::unknown);
        features = Objects.requireNonNullElseGet(features, Features::unknown);
        software = Objects.requireNonNullElseGet(software, Software::none);
    }

    public static Host unknown() {
        return new Host(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
