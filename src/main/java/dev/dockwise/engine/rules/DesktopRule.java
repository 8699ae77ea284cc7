package dev.dockwise.engine.rules;

import dev.dockwise.engine.facts.Capability;
import dev.dockwise.engine.facts.IsolationKind;
import dev.dockwise.engine.model.Arch;
import dev.dockwise.engine.model.ContainerType;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.engine.model.Purpose;
import java.util.List;

/**
 * Docker Desktop with the Hyper-V or the WSL 2 backend; Windows containers by switching the daemon.
 */
final class DesktopRule implements ModeRule {
    private final Mode mode;

    DesktopRule(Mode mode) {
        this.mode = mode;
    }

    @Override
    public Mode mode() {
        return mode;
    }

    @Override
    public void evaluate(HostFacts host, Assessment a) {
        String what = a.info().name();
        boolean wsl = mode == Mode.DESKTOP_WSL2;
        RequirementChecks.apply(host, a);
        VirtualizationChecks.apply(host, a.info().requires(), what, a);
        HypervisorConflicts.onWindowsHypervisor(host, what, a);
        DesktopChecks.licence(host, a);
        DesktopChecks.supportPosition(host, a);
        DesktopChecks.managed(host, a);
        DesktopChecks.installed(host, a);
        if (host.isVirtual() && !a.isBlocked() && a.needsChanges()) {
            a.warn(host.knowledge().virtualization().noNestedAlternative());
        }
        if (wsl) {
            wslState(host, a);
        } else if (host.hyperVEnabled()) {
            a.reason("Hyper-V is already on.");
            a.adjust(2);
        }
        admin(host, wsl, a);
        LinuxNeeds.sharedKernel(host, a);
        if (host.needs(ContainerType.WINDOWS)) {
            windowsBySwitching(host, a);
        }
        if (host.purpose() == Purpose.PRODUCTION) {
            a.warn(
                    "Docker Desktop is a desktop tool for building and testing; production Linux"
                            + " containers belong on a Linux host such as a Linux VM.");
        }
    }

    private static void wslState(HostFacts host, Assessment a) {
        String minimum = host.knowledge().licensing().dockerDesktop().wslMinimum();
        if (host.wslVersion() == 2) {
            a.reason(
                    "WSL 2 is already on; Docker Desktop needs WSL "
                            + minimum
                            + " or newer (check with wsl --version, update with wsl --update).");
            a.adjust(2);
        } else if (host.wslVersion() == 1) {
            a.warn(
                    "WSL 1 is installed: the install plan updates WSL and makes WSL 2 the default"
                            + " (wsl --set-default-version 2).");
        }
    }

    private static void admin(HostFacts host, boolean wsl, Assessment a) {
        if (wsl && !host.admin() && host.wslVersion() == 2 && !host.needs(ContainerType.WINDOWS)) {
            a.warn(
                    "Without administrator rights, install per user: that works with WSL 2 already"
                            + " on, but has no com.docker.service and no Windows containers.");
            return;
        }
        RequirementChecks.admin(
                host,
                a,
                wsl
                        ? "turning on WSL 2 the first time and the all-users install need it."
                        : "the Hyper-V backend needs the all-users install with"
                                + " com.docker.service.");
    }

    private static void windowsBySwitching(HostFacts host, Assessment a) {
        if (host.arch() == Arch.ARM64) {
            a.cannotCover(
                    ContainerType.WINDOWS,
                    "Docker Desktop for Windows on Arm has no Windows containers mode (Docker:"
                        + " \"Windows containers are not supported\"); Windows containers need an"
                        + " x64 host.");
            return;
        }
        List<Capability> needed = List.of(Capability.HYPER_V, Capability.WINDOWS_CONTAINERS);
        if (needed.stream().anyMatch(c -> !host.edition().can(c) && !host.edition().unsure(c))) {
            a.cannotCover(
                    ContainerType.WINDOWS,
                    host.edition().name()
                            + " can't run Windows containers: Docker Desktop switches to them on"
                            + " Pro and Enterprise only.");
            return;
        }
        EditionChecks.needsChecking(
                host,
                needed.stream().filter(host.edition()::unsure).toList(),
                "Docker Desktop's Windows containers mode",
                a);
        Assessment windows = new Assessment(a.info(), 0);
        WindowsContainerChecks.apply(host, IsolationKind.HYPERV, windows);
        if (windows.isBlocked()) {
            a.cannotCover(
                    ContainerType.WINDOWS,
                    "Its Windows containers mode can't serve you: "
                            + String.join(" ", windows.blockers()));
            return;
        }
        a.absorb(windows);
        a.covers(ContainerType.WINDOWS);
        var desktop = host.knowledge().install().dockerDesktop();
        a.warn(
                "One daemon at a time: switch between Linux and Windows containers from the tray"
                        + " menu or with "
                        + desktop.cli()
                        + " -SwitchDaemon; installs from the GUI ("
                        + desktop.windowsContainersOffSince()
                        + " and later) turn Windows containers off, so install with Windows"
                        + " containers enabled.");
        if (!host.needs(ContainerType.LINUX)) {
            a.adjust(-20);
        }
    }
}
