package dev.dockwise.engine.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** What the user needs to run; null components are unknown, {@code containers} is never null. */
public record Needs(
        Set<ContainerType> containers,
        Purpose purpose,
        Isolation isolation,
        WindowsImage windowsImage,
        ImageVersion windowsImageVersion,
        Orchestration orchestration,
        Organization organization) {

    public Needs {
        containers =
                containers == null || containers.isEmpty()
                        ? Set.of()
                        : Collections.unmodifiableSet(EnumSet.copyOf(containers));
    }

    public static Needs unknown() {
        return new Needs(Set.of(), null, null, null, null, null, null);
    }

    public boolean needs(ContainerType type) {
        return containers.contains(type);
    }
}
