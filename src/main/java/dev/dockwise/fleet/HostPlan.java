package dev.dockwise.fleet;

import dev.dockwise.engine.model.Mode;
import java.util.List;

/**
 * The plan for one host, as the summary and the wizard show it: the profile's problems when it is
 * invalid; otherwise the recommended mode, the best one after changes and those changes, the
 * blockers when nothing works, and the script written (or why none could be).
 */
public record HostPlan(
        String origin,
        String fileBase,
        String hostName,
        FleetStatus status,
        List<String> problems,
        Mode recommended,
        Mode bestAfterChanges,
        List<String> changes,
        List<String> blockers,
        String scriptFile,
        String scriptProblem) {
    public HostPlan {
        problems = List.copyOf(problems);
        changes = List.copyOf(changes);
        blockers = List.copyOf(blockers);
    }

    /** The mode the host would run: the recommended one, else the one that works after changes. */
    public Mode plannedMode() {
        return recommended != null ? recommended : bestAfterChanges;
    }
}
