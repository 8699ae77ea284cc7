package dev.dockwise.report.text;

import dev.dockwise.engine.model.Host;
import dev.dockwise.engine.model.Identified;
import dev.dockwise.engine.model.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** One line describing the profile's host and needs, as the user entered them ("?" for unknown). */
final class HostLine {
    private HostLine() {
    }

    static String of(Profile profile) {
        Host h = profile.host();
        List<String> parts = new ArrayList<>();
        parts.add("edition " + id(h.edition()));
        parts.add("build " + (h.build() == null ? "?" : h.build() + (h.ubr() == null ? "" : "." + h.ubr())));
        parts.add(id(h.arch()));
        parts.add(h.memoryGb() == null ? "? GB" : trim(h.memoryGb()) + " GB");
        parts.add(id(h.machine()) + (h.hypervisor() != null ? " on " + h.hypervisor().id() : "") + (h.cloud() != null ? " in " + h.cloud().id() : ""));
        String needs = profile.needs().containers().isEmpty() ? "?" : profile.needs().containers().stream().map(Identified::id).collect(Collectors.joining(" + "));
        return String.join(", ", parts) + "; needs " + needs + " containers for " + id(profile.needs().purpose());
    }

    private static String id(Identified value) {
        return value == null ? "?" : value.id();
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
