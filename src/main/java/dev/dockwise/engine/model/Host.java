package dev.dockwise.engine.model;

import java.util.Objects;

/**
 * Everything known about the Windows host. Null components are unknown and the advisor reasons
 * about them with stated assumptions; the nested records are never null. {@code editionId} is the
 * raw EditionID when the edition alone doesn't say it all (Hyper-V Server, evaluation,
 * multi-session); {@code ltsc} marks a Long-Term Servicing Channel client (Enterprise or IoT
 * Enterprise LTSC/LTSB), which keeps its build; {@code sMode} a client in S mode (Microsoft Store
 * apps only).
 */
public record Host(
        Edition edition,
        String editionId,
        Boolean ltsc,
        Boolean sMode,
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
        return new Host(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null);
    }
}
