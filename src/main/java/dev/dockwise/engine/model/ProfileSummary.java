package dev.dockwise.engine.model;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One-line descriptions of a profile's host and needs, as the user gave them ("unknown" where not
 * given).
 */
public final class ProfileSummary {
    private ProfileSummary() {}

    /** "pro edition, build 22631, x64, 16 GB, physical". */
    public static String host(Profile p) {
        Host h = p.host();
        List<String> parts = new ArrayList<>();
        parts.add(
                id(h.edition())
                        + " edition"
                        + (h.editionId() == null ? "" : " (EditionID " + h.editionId() + ")")
                        + (Boolean.TRUE.equals(h.sMode()) ? " in S mode" : ""));
        parts.add("build " + (h.build() == null ? "unknown" : h.build()));
        parts.add(id(h.arch()));
        parts.add(h.memoryGb() == null ? "memory unknown" : h.memoryGb().intValue() + " GB");
        parts.add(
                h.machine() == null
                        ? "physical or virtual unknown"
                        : id(h.machine())
                                + (h.hypervisor() != null ? " on " + id(h.hypervisor()) : "")
                                + (h.cloud() != null ? " in " + id(h.cloud()) : ""));
        return String.join(", ", parts);
    }

    /** "Linux containers for development", with the Windows image when one is named. */
    public static String needs(Profile p) {
        Needs n = p.needs();
        String containers =
                n.containers().isEmpty()
                        ? "containers unknown"
                        : n.containers().stream()
                                        .map(ContainerType::label)
                                        .collect(Collectors.joining(" and "))
                                + " containers";
        return containers
                + " for "
                + (n.purpose() == null ? "an unknown purpose" : n.purpose().id())
                + (n.windowsImage() != null
                        ? ", image "
                                + id(n.windowsImage())
                                + (n.windowsImageVersion() != null
                                        ? ":" + id(n.windowsImageVersion())
                                        : "")
                        : "");
    }

    private static String id(Identified value) {
        return value == null ? "unknown" : value.id();
    }
}
