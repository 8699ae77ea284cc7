package dev.dockwise.scripts;

import dev.dockwise.engine.facts.Knowledge;
import dev.dockwise.engine.facts.ModeCatalog.SupportStatus;
import dev.dockwise.engine.model.HypervisorKind;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.engine.model.Profile;
import dev.dockwise.engine.model.ProfileSummary;
import dev.dockwise.engine.model.Status;
import dev.dockwise.engine.result.ModeAssessment;
import dev.dockwise.engine.result.Recommendation;
import dev.dockwise.files.FileNames;
import dev.dockwise.scripts.options.ScriptOptions;
import dev.dockwise.scripts.plans.InstallPlan;
import dev.dockwise.scripts.plans.InstallPlans;
import dev.dockwise.scripts.plans.ScriptRenderer;
import dev.dockwise.scripts.powershell.ScriptText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes the PowerShell that sets a mode up on the host of a profile (the recommended mode unless
 * another is asked for), and the script for a Hyper-V parent host that must expose nested
 * virtualization. Serves the command line, the wizard's Export step and the reports.
 */
public final class ScriptGenerator {
    private final Knowledge knowledge;
    private final String version;

    public ScriptGenerator(Knowledge knowledge, String version) {
        this.knowledge = knowledge;
        this.version = version;
    }

    /**
     * The mode a script is for: the one asked for, else the recommended one, else the best one
     * after changes.
     */
    public Mode chooseMode(Recommendation r, Optional<Mode> requested) throws NoScriptException {
        if (requested.isPresent()) {
            return requested.get();
        }
        return r.recommended()
                .or(r::bestAfterChanges)
                .orElseThrow(
                        () ->
                                new NoScriptException(
                                        "No mode can work on this host, so there is nothing to"
                                            + " install. See the recommendation for what stands in"
                                            + " the way."));
    }

    /**
     * The engine a Windows Server script installs when none is chosen: the one the recommendation
     * offers there, Mirantis Container Runtime below Docker CE's floor (Windows Server 2016), else
     * Docker CE.
     */
    public ScriptOptions.ServerEngine defaultEngine(Recommendation r) {
        int engineFloor = knowledge.install().dockerCeStatic().minServerBuild();
        boolean belowFloor =
                r.host().isServer() && r.host().build().map(b -> b < engineFloor).orElse(false);
        return belowFloor
                ? ScriptOptions.ServerEngine.MIRANTIS
                : ScriptOptions.ServerEngine.DOCKER_CE;
    }

    public InstallPlan plan(Profile profile, Recommendation r, Mode mode, ScriptOptions options)
            throws NoScriptException {
        ModeAssessment verdict = r.option(mode);
        String name = knowledge.modes().mode(mode).name();
        if (knowledge.modes().mode(mode).support().status() == SupportStatus.REMOVED) {
            throw new NoScriptException(
                    "No script for "
                            + name
                            + ": "
                            + knowledge.modes().mode(mode).support().note()
                            + " Use Docker Engine in WSL 2 or Docker Desktop for Linux containers"
                            + " instead.");
        }
        if (verdict.status() == Status.BLOCKED) {
            throw new NoScriptException(
                    "No script for "
                            + name
                            + ": it can't work on this host. "
                            + String.join(" ", verdict.blockers()));
        }
        int engineFloor = knowledge.install().dockerCeStatic().minServerBuild();
        boolean belowFloor = defaultEngine(r) == ScriptOptions.ServerEngine.MIRANTIS;
        if (!options.engineChosen()) {
            options = options.toBuilder().engine(defaultEngine(r)).build();
        }
        if ((mode == Mode.WINDOWS_PROCESS || mode == Mode.WINDOWS_HYPERV)
                && belowFloor
                && options.engine() != ScriptOptions.ServerEngine.MIRANTIS) {
            // refused here rather than by a script that stops at its second step on the host
            throw new NoScriptException(
                    "No script for "
                            + options.engine().label()
                            + " on this host: it needs Windows Server 2019 (build "
                            + engineFloor
                            + ") or later, and this host has build "
                            + r.host().build().orElseThrow()
                            + " (Windows Server 2016). Docker Engine 23 and later and containerd do"
                            + " not run there: use Mirantis Container Runtime (dockwise script"
                            + " --engine mirantis).");
        }
        return InstallPlans.forMode(profile, r, mode, options, knowledge)
                .orElseThrow(() -> new NoScriptException("No script for " + name + "."));
    }

    public GeneratedScript install(
            Profile profile, Recommendation r, Mode mode, ScriptOptions options)
            throws NoScriptException {
        InstallPlan plan = plan(profile, r, mode, options);
        ModeAssessment verdict = r.option(mode);
        List<String> summary = new ArrayList<>();
        summary.add("Host: " + ProfileSummary.host(profile) + ".");
        summary.add("Needs: " + ProfileSummary.needs(profile) + ".");
        if (Boolean.TRUE.equals(profile.host().ltsc())
                || r.host()
                        .release()
                        .map(
                                rel ->
                                        knowledge
                                                .releases()
                                                .family(rel.family())
                                                .map(f -> f.ltsc())
                                                .orElse(false))
                        .orElse(false)) {
            summary.add(
                    "LTSC: a Long-Term Servicing Channel release; it gets cumulative updates for"
                            + " its build, never a newer build.");
        }
        summary.add("Mode: " + mode.id() + " (" + verdict.status().id() + ").");
        if (!verdict.fixes().isEmpty()) {
            summary.add(
                    "Changes this host needs first (the script checks them and stops if they are"
                            + " missing):");
            verdict.fixes().forEach(f -> summary.add("  * " + f.action()));
        }
        ScriptText text =
                ScriptRenderer.render(
                        plan,
                        summary,
                        version,
                        knowledge.meta().asOf(),
                        "install-" + mode.id(),
                        options);
        return new GeneratedScript(fileBase(profile) + "-" + mode.id() + ".ps1", plan, text);
    }

    /**
     * The script for the Hyper-V host running this VM, when nested virtualization must be exposed
     * there.
     */
    public GeneratedScript parentHost(Profile profile, Recommendation r, ScriptOptions options)
            throws NoScriptException {
        var host = profile.host();
        if (host.machine() == null
                || host.machine() != dev.dockwise.engine.model.MachineKind.VIRTUAL) {
            throw new NoScriptException(
                    "The parent-host script is for virtual machines; this profile describes a "
                            + (host.machine() == null
                                    ? "host that may not be a VM (set host.machine to virtual)"
                                    : "physical machine")
                            + ".");
        }
        if (host.cloud() != null) {
            throw new NoScriptException(
                    "This VM runs in "
                            + host.cloud().id()
                            + ": nested virtualization there is chosen with the VM size and "
                            + "settings in the cloud portal, not by a script on a host. "
                            + cloudFix(r));
        }
        if (host.hypervisor() != null && host.hypervisor() != HypervisorKind.HYPERV) {
            throw new NoScriptException(
                    "The parent-host script is for Hyper-V; this VM runs on "
                            + host.hypervisor().id()
                            + ". "
                            + cloudFix(r));
        }
        String vmName = ScriptOptions.present(options.vmName()) ? options.vmName() : profile.name();
        if (vmName == null || vmName.isBlank()) {
            throw new NoScriptException("Name the VM as the Hyper-V host knows it (--vm-name).");
        }
        InstallPlan plan =
                InstallPlans.parentHost(
                        profile,
                        r,
                        r.recommended().orElse(Mode.WSL2_ENGINE),
                        options,
                        knowledge,
                        vmName);
        List<String> summary =
                List.of(
                        "Run this on the Hyper-V host, not inside the VM.",
                        "VM: the one named in the script's first step.");
        ScriptText text =
                ScriptRenderer.render(
                        plan,
                        summary,
                        version,
                        knowledge.meta().asOf(),
                        "nested-virtualization",
                        options);
        return new GeneratedScript(fileBase(profile) + "-parent-host.ps1", plan, text);
    }

    private static String cloudFix(Recommendation r) {
        return r.options().stream()
                .flatMap(o -> o.fixes().stream())
                .filter(
                        f ->
                                f.where() != dev.dockwise.engine.result.FixTarget.THIS_HOST
                                        && f.where()
                                                != dev.dockwise.engine.result.FixTarget.FIRMWARE)
                .map(f -> f.action() + (f.hasCommand() ? " (" + f.command() + ")" : ""))
                .findFirst()
                .orElse("");
    }

    private static String fileBase(Profile p) {
        return "dockwise-" + FileNames.safe(p.name(), "host");
    }
}
