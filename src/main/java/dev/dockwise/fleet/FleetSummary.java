package dev.dockwise.fleet;

import dev.dockwise.engine.model.Mode;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The fleet at a glance: hosts per status, hosts per planned mode, and the changes hosts need, most
 * common first (the same change on many hosts is one task for an admin).
 */
public record FleetSummary(
        int hosts,
        Map<FleetStatus, Integer> byStatus,
        Map<Mode, List<HostPlan>> byMode,
        List<ChangeCount> changes) {

    /** A change and the hosts that need it. */
    public record ChangeCount(String change, List<HostPlan> hosts) {}

    public static FleetSummary of(List<HostPlan> plans) {
        Map<FleetStatus, Integer> byStatus = new EnumMap<>(FleetStatus.class);
        for (FleetStatus s : FleetStatus.values()) {
            byStatus.put(s, 0);
        }
        plans.forEach(p -> byStatus.merge(p.status(), 1, Integer::sum));
        Map<Mode, List<HostPlan>> byMode = new EnumMap<>(Mode.class);
        plans.stream()
                .filter(p -> p.plannedMode() != null)
                .forEach(
                        p ->
                                byMode.computeIfAbsent(
                                                p.plannedMode(), m -> new java.util.ArrayList<>())
                                        .add(p));
        Map<String, List<HostPlan>> changeHosts = new LinkedHashMap<>();
        plans.stream()
                .filter(p -> p.status() == FleetStatus.NEEDS_CHANGES)
                .forEach(
                        p ->
                                p.changes()
                                        .forEach(
                                                c ->
                                                        changeHosts
                                                                .computeIfAbsent(
                                                                        c,
                                                                        k ->
                                                                                new java.util
                                                                                        .ArrayList<>())
                                                                .add(p)));
        List<ChangeCount> changes =
                changeHosts.entrySet().stream()
                        .map(e -> new ChangeCount(e.getKey(), List.copyOf(e.getValue())))
                        .sorted(
                                Comparator.comparingInt((ChangeCount c) -> c.hosts().size())
                                        .reversed())
                        .collect(Collectors.toList());
        return new FleetSummary(plans.size(), byStatus, byMode, changes);
    }

    public int count(FleetStatus status) {
        return byStatus.get(status);
    }

    /** Modes by how many hosts would run them, most first. */
    public List<Map.Entry<Mode, List<HostPlan>>> modesByHosts() {
        return byMode.entrySet().stream()
                .sorted(
                        Comparator.comparingInt(
                                        (Map.Entry<Mode, List<HostPlan>> e) -> e.getValue().size())
                                .reversed()
                                .thenComparing(e -> e.getKey().ordinal()))
                .toList();
    }
}
