package dev.dockwise.engine.rules;

import dev.dockwise.engine.model.Mode;

/** The checks for one mode: the shared requirement checks plus what is particular to it. */
public interface ModeRule {
    Mode mode();

    void evaluate(HostFacts host, Assessment assessment);
}
