package dev.dockwise.engine.rules;

import dev.dockwise.engine.facts.Capability;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.engine.model.Purpose;

/**
 * Docker Engine in a full Linux VM. The VM runs on Hyper-V where the edition has it and no other
 * hypervisor is in the way, otherwise on the VirtualBox or VMware already installed (or
 * VirtualBox).
 */
final class LinuxVmRule implements ModeRule {
    private static final double SUGGESTED_MEMORY_GB = 4;

    @Override
    public Mode mode() {
        return Mode.LINUX_VM;
    }

    @Override
    public void evaluate(HostFacts host, Assessment a) {
        String what = a.info().name();
        RequirementChecks.apply(host, a);
        VirtualizationChecks.apply(host, a.info().requires(), what, a);
        String virtualBox = host.raw().software().virtualBox();
        String vmware = host.raw().software().vmwareWorkstation();
        boolean otherHypervisor = virtualBox != null || vmware != null;
        boolean hyperV =
                host.edition().can(Capability.HYPER_V)
                        && (host.hyperVEnabled() || !otherHypervisor)
                        && (host.isVirtual() || host.slat());
        if (hyperV) {
            a.reason(
                    "The VM runs on Hyper-V"
                            + (host.hyperVEnabled()
                                    ? ", which is already on."
                                    : ", which the install plan turns on."));
            HypervisorConflicts.onWindowsHypervisor(host, what, a);
        } else if (otherHypervisor) {
            String product =
                    virtualBox != null
                            ? "VirtualBox " + virtualBox
                            : "VMware Workstation " + vmware;
            a.reason("The VM runs on the installed " + product + ".");
            if (host.hypervisorRunning()) {
                HypervisorConflicts.onWindowsHypervisor(host, "Hyper-V or WSL 2", a);
            }
        } else if (host.edition().unsure(Capability.HYPER_V)) {
            a.reason(
                    "The VM runs on Hyper-V where this edition has it (Dockwise can't tell),"
                            + " otherwise on VirtualBox or VMware Workstation.");
        } else {
            a.reason(
                    "The VM runs on VirtualBox or VMware Workstation, which "
                            + host.edition().name()
                            + (host.edition().can(Capability.HYPER_V)
                                    ? " needs here (no SLAT for Hyper-V)."
                                    : " needs instead of Hyper-V."));
        }
        if (!host.memoryAtLeast(SUGGESTED_MEMORY_GB)) {
            a.warn(
                    "With "
                            + HostFacts.formatGb(host.memoryGb().orElse(0.0))
                            + " of memory a Linux VM is tight: give it at least 2 GB and leave the"
                            + " rest to Windows.");
        }
        RequirementChecks.admin(
                host,
                a,
                "installing a hypervisor and creating VMs need it (or membership in Hyper-V"
                        + " Administrators).");
        a.reason("Free: " + host.knowledge().licensing().dockerEngine().note());
        if (host.purpose() == Purpose.PRODUCTION) {
            a.reason(
                    "The most production-like way to run Linux containers from a Windows host:"
                            + " Docker Engine on a supported Linux distribution.");
        }
        LinuxNeeds.sharedKernel(host, a);
    }
}
