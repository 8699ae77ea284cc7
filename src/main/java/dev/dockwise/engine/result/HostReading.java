package dev.dockwise.engine.result;

import dev.dockwise.engine.facts.EditionInfo;
import dev.dockwise.engine.facts.WindowsFamily;
import dev.dockwise.engine.facts.WindowsRelease;
import dev.dockwise.engine.model.Arch;
import dev.dockwise.engine.model.ContainerType;
import dev.dockwise.engine.model.HostKind;
import dev.dockwise.engine.model.Ordered;
import java.util.Optional;
import java.util.Set;

/**
 * How the advisor read the host, once, for everyone who shows or acts on its answer: client or
 * server (from the edition, or the build when the edition is unknown), the edition's abilities, the
 * architecture it assumed, the container types it planned for, the build, the release and family
 * the build belongs to, and the name to show ("Windows 11 23H2 Pro"). Scripts, reports and the
 * wizard take these from here instead of deriving them again.
 */
public record HostReading(
        HostKind kind,
        EditionInfo edition,
        Arch arch,
        Optional<Integer> build,
        Optional<WindowsRelease> release,
        Optional<WindowsFamily> family,
        String osName,
        Set<ContainerType> containers) {

    public HostReading {
        containers = Ordered.copy(containers, ContainerType.class);
    }

    public boolean isServer() {
        return kind == HostKind.SERVER;
    }

    /** Whether the answer plans for this container type (Linux when the profile names none). */
    public boolean needs(ContainerType type) {
        return containers.contains(type);
    }
}
