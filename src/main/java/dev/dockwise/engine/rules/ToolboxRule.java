package dev.dockwise.engine.rules;

import dev.dockwise.engine.model.Mode;
import dev.dockwise.engine.model.Purpose;

/** Docker Toolbox: the legacy VirtualBox route, for hosts where nothing current works. */
final class ToolboxRule implements ModeRule {
    @Override
    public Mode mode() {
        return Mode.TOOLBOX;
    }

    @Override
    public void evaluate(HostFacts host, Assessment a) {
        String what = a.info().name();
        RequirementChecks.apply(host, a);
        VirtualizationChecks.apply(host, a.info().requires(), what, a);
        HypervisorConflicts.needsWindowsHypervisorOff(host, what, a);
        RequirementChecks.admin(
                host, a, "the Toolbox installer installs VirtualBox and its drivers.");
        LinuxNeeds.sharedKernel(host, a);
        String family = host.family().map(f -> f.id()).orElse("");
        if (family.equals("windows7") || family.equals("windows81")) {
            a.reason("Runs on " + host.osName() + ", where Docker Desktop and WSL 2 don't.");
        } else {
            a.warn(
                    "Only worth it where nothing current works: every current mode is better on"
                            + " this host if it can run.");
        }
        if (host.purpose() == Purpose.PRODUCTION) {
            a.warn("Unsupported since 2020 and frozen at Docker 19.03: not for production.");
        }
    }
}
