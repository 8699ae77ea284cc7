package dev.dockwise.scripts.plans;

import dev.dockwise.engine.facts.Knowledge;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.engine.model.Profile;
import dev.dockwise.engine.result.Recommendation;
import dev.dockwise.scripts.options.ScriptOptions;
import java.util.Optional;

/**
 * Which plan sets a mode up: the one way into this package's plans, so that each plan and the steps
 * they share stay inside it. Whether a script may be written at all (a removed or blocked mode, an
 * engine below its floor) is the generator's to say.
 */
public final class InstallPlans {
    private InstallPlans() {}

    /** The plan of the mode on this host, or empty for a mode no script sets up (LCOW). */
    public static Optional<InstallPlan> forMode(
            Profile profile,
            Recommendation recommendation,
            Mode mode,
            ScriptOptions options,
            Knowledge knowledge) {
        ScriptContext c = ScriptContext.of(profile, recommendation, mode, options, knowledge);
        return switch (mode) {
            case TOOLBOX -> Optional.of(ToolboxPlan.plan(c));
            case WINDOWS_PROCESS, WINDOWS_HYPERV ->
                    Optional.of(c.server() ? ServerPlan.plan(c) : DesktopPlan.plan(c));
            case DESKTOP_HYPERV, DESKTOP_WSL2 -> Optional.of(DesktopPlan.plan(c));
            case WSL2_ENGINE -> Optional.of(WslEnginePlan.plan(c));
            case LINUX_VM -> Optional.of(LinuxVmPlan.plan(c));
            case LCOW -> Optional.empty();
        };
    }

    /**
     * The plan for the Hyper-V host running this VM, exposing nested virtualization to the VM it
     * knows as {@code vmName}; {@code mode} is the one the VM is set up for.
     */
    public static InstallPlan parentHost(
            Profile profile,
            Recommendation recommendation,
            Mode mode,
            ScriptOptions options,
            Knowledge knowledge,
            String vmName) {
        return ParentHostPlan.plan(
                ScriptContext.of(profile, recommendation, mode, options, knowledge), vmName);
    }
}
