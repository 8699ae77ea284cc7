package dev.dockwise.engine.facts;

import dev.dockwise.engine.model.HostKind;
import java.util.List;

/**
 * A line of Windows releases that one installation can move along: within a client family Windows
 * Update reaches newer versions of the same edition, an LTSC server keeps its build. Client LTSC
 * releases ({@code ltsc}) share builds with general releases but never move to a newer version.
 */
public record WindowsFamily(
        String id,
        String name,
        HostKind kind,
        boolean updatableWithinFamily,
        Boolean ltsc,
        List<String> upgradesTo,
        String note,
        String source) {

    public WindowsFamily {
        ltsc = Boolean.TRUE.equals(ltsc); // absent in the data for general families
        upgradesTo = List.copyOf(upgradesTo);
    }
}
