package dev.dockwise.engine.rules;

import dev.dockwise.engine.facts.VirtualizationFacts;
import dev.dockwise.engine.facts.VirtualizationFacts.Coexistence;
import dev.dockwise.engine.result.Fix;
import dev.dockwise.engine.result.FixTarget;
import java.util.Optional;

/**
 * One hypervisor owns VT-x at a time: modes on the Windows hypervisor need VirtualBox and VMware
 * versions that run on top of it, and Docker Toolbox's VirtualBox 5.2 needs the Windows hypervisor
 * off.
 */
final class HypervisorConflicts {
    private HypervisorConflicts() {}

    /** For modes that turn the Windows hypervisor on (Hyper-V, WSL 2). */
    static void onWindowsHypervisor(HostFacts host, String what, Assessment a) {
        VirtualizationFacts facts = host.knowledge().virtualization();
        check(host, facts, "virtualbox", host.raw().software().virtualBox(), what, a);
        check(
                host,
                facts,
                "vmware-workstation",
                host.raw().software().vmwareWorkstation(),
                what,
                a);
    }

    private static void check(
            HostFacts host,
            VirtualizationFacts facts,
            String product,
            String installed,
            String what,
            Assessment a) {
        if (installed == null) {
            return;
        }
        Coexistence rule = facts.coexistence(product).orElseThrow();
        Optional<Integer> cmp = Versions.compare(installed, rule.minVersion());
        if (cmp.isEmpty()) {
            host.assume(
                    rule.name()
                            + " version \""
                            + installed
                            + "\" not understood: assumed "
                            + rule.minVersion()
                            + " or later.");
        }
        if (cmp.orElse(0) < 0) {
            a.fix(
                    new Fix(
                            "Upgrade "
                                    + rule.name()
                                    + " "
                                    + installed
                                    + " to "
                                    + rule.minVersion()
                                    + " or later, or uninstall it: older versions can't run VMs"
                                    + " once "
                                    + what
                                    + " turns on the Windows hypervisor. Then turn on the Windows"
                                    + " Hypervisor Platform so both work.",
                            FixTarget.THIS_HOST,
                            facts.hypervisorPlatformCommand()));
        } else {
            a.warn(
                    rule.name()
                            + " "
                            + installed
                            + " is installed: "
                            + rule.note()
                            + " Turn on the Windows Hypervisor Platform feature ("
                            + facts.hypervisorPlatformCommand()
                            + ").");
        }
    }

    /**
     * For Docker Toolbox, whose bundled VirtualBox 5.2 can't run 64-bit VMs while the Windows
     * hypervisor runs.
     */
    static void needsWindowsHypervisorOff(HostFacts host, String what, Assessment a) {
        VirtualizationFacts facts = host.knowledge().virtualization();
        if (host.hypervisorRunning()) {
            a.fix(
                    new Fix(
                            "Turn the Windows hypervisor off at boot and restart: "
                                    + what
                                    + " bundles VirtualBox 5.2, which can't run 64-bit VMs while"
                                    + " Hyper-V, WSL 2 or Docker Desktop holds VT-x. This stops WSL"
                                    + " 2, Docker Desktop and Hyper-V VMs until you run "
                                    + facts.hypervisorOnCommand()
                                    + " again.",
                            FixTarget.THIS_HOST,
                            facts.hypervisorOffCommand()));
        } else {
            a.warn(
                    "Turning on Hyper-V or WSL 2 later (for example by installing Docker Desktop)"
                            + " stops this VirtualBox 5.2 from starting 64-bit VMs.");
        }
        if (host.raw().software().virtualBox() != null) {
            a.warn(
                    "VirtualBox "
                            + host.raw().software().virtualBox()
                            + " is already installed: clear the VirtualBox box in the Toolbox"
                            + " installer instead of reinstalling it.");
        }
    }
}
