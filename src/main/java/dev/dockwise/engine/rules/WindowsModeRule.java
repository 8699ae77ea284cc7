package dev.dockwise.engine.rules;

import dev.dockwise.engine.facts.IsolationKind;
import dev.dockwise.engine.facts.ModeCatalog.ModeInfo;
import dev.dockwise.engine.facts.ModeCatalog.Requirements;
import dev.dockwise.engine.model.ContainerType;
import dev.dockwise.engine.model.Mode;

/**
 * Windows containers with process or Hyper-V isolation. On Windows 10/11 the engine is Docker
 * Desktop in Windows containers mode, so its requirements and licence apply too.
 */
final class WindowsModeRule implements ModeRule {
    private final Mode mode;
    private final IsolationKind isolation;

    WindowsModeRule(Mode mode, IsolationKind isolation) {
        this.mode = mode;
        this.isolation = isolation;
    }

    @Override
    public Mode mode() {
        return mode;
    }

    @Override
    public void evaluate(HostFacts host, Assessment a) {
        Requirements req = a.info().requires();
        String what = a.info().name();
        RequirementChecks.apply(host, a);
        if (a.isBlocked()) {
            return; // this Windows can't run them at all (architecture, edition, release): the
            // details would only contradict that
        }
        VirtualizationChecks.apply(host, req, what, a);
        if (req.windowsHypervisor()) {
            HypervisorConflicts.onWindowsHypervisor(host, what, a);
        }
        int engineFloor = host.knowledge().install().dockerCeStatic().minServerBuild();
        if (host.isServer() && host.build().map(b -> b < engineFloor).orElse(false)) {
            // the engines offered agree with the script: Docker CE (23 and later) and containerd
            // stop on this build
            a.reason(
                    "On this Windows Server (build below "
                            + engineFloor
                            + ", Windows Server 2016) the engine is Mirantis Container Runtime"
                            + " (commercial, with Swarm support): Docker Engine 23 and later and"
                            + " containerd need Windows Server 2019 or later (dockwise script"
                            + " --engine mirantis); the DockerMsftProvider route is retired.");
        } else if (host.isServer()) {
            a.reason(
                    "On Windows Server the engine is a separate choice: Docker CE static binaries,"
                            + " Mirantis Container Runtime (commercial, with Swarm support) or"
                            + " containerd + nerdctl; the DockerMsftProvider route is retired.");
        } else if (req.clientEngine() != null) {
            ModeInfo engine = host.knowledge().modes().mode(req.clientEngine());
            a.reason(
                    "On Windows 10/11 the engine is Docker Desktop in Windows containers mode (an"
                            + " all-users install with the Hyper-V and Containers features).");
            RequirementChecks.build(
                    host,
                    engine.requires(),
                    "Docker Desktop (the engine for Windows containers on Windows 10/11)",
                    a);
            if (!req.hardwareVirtualization()) {
                // Docker Desktop won't start Windows containers without Hyper-V, process isolation
                // included
                // (docker/for-win#14978, docker/roadmap#151): in a VM that means nested
                // virtualization
                VirtualizationChecks.apply(
                        host,
                        engine.requires(),
                        "Docker Desktop (the engine for Windows containers on Windows 10/11, which"
                                + " needs Hyper-V even for process isolation)",
                        a);
                HypervisorConflicts.onWindowsHypervisor(host, "Docker Desktop", a);
            }
            DesktopChecks.licence(host, a);
            DesktopChecks.supportPosition(host, a);
            DesktopChecks.managed(host, a);
        }
        RequirementChecks.admin(
                host,
                a,
                "turning on the Containers"
                        + (isolation == IsolationKind.HYPERV ? " and Hyper-V features" : " feature")
                        + " and installing the engine service need it.");
        if (host.containersFeatureEnabled()) {
            a.reason("The Containers feature is already on.");
        }
        if (isolation == IsolationKind.HYPERV && host.hyperVEnabled()) {
            a.reason("Hyper-V is already on.");
            a.adjust(2);
        }
        WindowsContainerChecks.apply(host, isolation, a);
        OrchestrationChecks.windows(host, a);
        a.covers(ContainerType.WINDOWS);
        String partner =
                VirtualizationChecks.nestingImpossible(host).isPresent()
                        ? "a separate Linux machine or VM (this VM can't run one inside it)"
                        : "Docker Engine in WSL 2";
        a.cannotCover(
                ContainerType.LINUX,
                what
                        + " runs Windows containers only; pair it with "
                        + partner
                        + " for Linux containers.");
    }
}
