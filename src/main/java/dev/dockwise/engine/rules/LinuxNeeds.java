package dev.dockwise.engine.rules;

import dev.dockwise.engine.model.ContainerType;
import dev.dockwise.engine.model.Isolation;

/** Coverage of Linux containers by modes whose containers share one Linux kernel. */
final class LinuxNeeds {
    private LinuxNeeds() {}

    static void sharedKernel(HostFacts host, Assessment a) {
        if (host.needs(ContainerType.LINUX) && host.isolation() == Isolation.HYPERVISOR) {
            a.cannotCover(
                    ContainerType.LINUX,
                    "Its Linux containers share one VM kernel, but you need hypervisor isolation (a"
                            + " kernel per container); no current mode gives Linux containers that"
                            + " (LCOW did, until Docker 23.0).");
        } else {
            a.covers(ContainerType.LINUX);
        }
        a.cannotCover(ContainerType.WINDOWS, a.info().name() + " runs Linux containers only.");
    }
}
