package dev.dockwise.engine.facts;

import dev.dockwise.engine.model.HostKind;
import java.util.List;

/**
 * A line of Windows releases that one installation can move along: within a client family Windows
 * Update reaches newer versions of the same edition, an LTSC server keeps its build.
 */
public record WindowsFamily(
        String id,
        String name,
        HostKind kind,
        boolean updatableWithinFamily,
        List<String> upgradesTo,
        String note,
        String source) {

    public WindowsFamily {
        upgradesTo = List.copyOf(upgradesTo);
    }
}
