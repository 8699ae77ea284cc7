package dev.dockwise.engine.rules;

import dev.dockwise.engine.model.Mode;
import dev.dockwise.engine.model.Purpose;

/** Docker Engine inside a WSL 2 distribution, without Docker Desktop. */
final class Wsl2EngineRule implements ModeRule {
    @Override
    public Mode mode() {
        return Mode.WSL2_ENGINE;
    }

    @Override
    public void evaluate(HostFacts host, Assessment a) {
        String what = a.info().name();
        RequirementChecks.apply(host, a);
        VirtualizationChecks.apply(host, a.info().requires(), what, a);
        HypervisorConflicts.onWindowsHypervisor(host, what, a);
        RequirementChecks.admin(
                host, a, "turning on WSL 2 (Virtual Machine Platform) the first time needs it.");
        a.reason("Free: " + host.knowledge().licensing().dockerEngine().note());
        if (host.wslVersion() == 2) {
            a.reason("WSL 2 is already on.");
            a.adjust(2);
        }
        if (host.raw().software().dockerDesktop() != null) {
            a.warn(
                    "Docker Desktop is installed: its WSL integration conflicts with Docker Engine"
                            + " installed in a distro; turn the integration off for that distro or"
                            + " uninstall Docker Desktop.");
            a.adjust(-4);
        }
        if (host.purpose() == Purpose.PRODUCTION) {
            a.warn(
                    "Docker doesn't list WSL as a supported Docker Engine platform; for production"
                            + " prefer a Linux server or VM.");
        }
        LinuxNeeds.sharedKernel(host, a);
    }
}
