package dev.dockwise.engine.rules;

import dev.dockwise.engine.model.ContainerType;
import dev.dockwise.engine.model.Mode;

/** LCOW: kept in the comparison for its history; removed from Docker, so always blocked. */
final class LcowRule implements ModeRule {
    @Override
    public Mode mode() {
        return Mode.LCOW;
    }

    @Override
    public void evaluate(HostFacts host, Assessment a) {
        RequirementChecks.supportStatus(a.info(), a);
        a.reason(
                "It gave each Linux container its own kernel in a Hyper-V utility VM; Docker Engine"
                        + " in WSL 2 or Docker Desktop replaced it.");
        a.covers(ContainerType.LINUX);
        a.covers(ContainerType.WINDOWS);
    }
}
