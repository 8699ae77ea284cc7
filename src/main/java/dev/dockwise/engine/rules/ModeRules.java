package dev.dockwise.engine.rules;

import dev.dockwise.engine.facts.IsolationKind;
import dev.dockwise.engine.facts.ModeCatalog;
import dev.dockwise.engine.facts.ModeCatalog.CellLevel;
import dev.dockwise.engine.facts.ModeCatalog.ComparisonCell;
import dev.dockwise.engine.facts.ModeCatalog.ModeInfo;
import dev.dockwise.engine.model.ContainerType;
import dev.dockwise.engine.model.Mode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The rule for every mode, and the steps every evaluation starts and ends with. */
public final class ModeRules {
    private ModeRules() {}

    public static Map<Mode, ModeRule> all() {
        Map<Mode, ModeRule> rules = new EnumMap<>(Mode.class);
        for (ModeRule rule :
                new ModeRule[] {
                    new ToolboxRule(),
                    new WindowsModeRule(Mode.WINDOWS_PROCESS, IsolationKind.PROCESS),
                    new WindowsModeRule(Mode.WINDOWS_HYPERV, IsolationKind.HYPERV),
                    new LcowRule(),
                    new DesktopRule(Mode.DESKTOP_HYPERV),
                    new DesktopRule(Mode.DESKTOP_WSL2),
                    new Wsl2EngineRule(),
                    new LinuxVmRule()
                }) {
            if (rules.put(rule.mode(), rule) != null) {
                throw new IllegalStateException("two rules for " + rule.mode());
            }
        }
        java.util.Set<Mode> missing = java.util.EnumSet.allOf(Mode.class);
        missing.removeAll(rules.keySet());
        if (!missing.isEmpty()) {
            // a mode added without its rule: said when the advisor is made, not as a null at
            // evaluation
            throw new IllegalStateException(
                    "no ModeRule for " + missing + ": add one to ModeRules.all()");
        }
        return rules;
    }

    public static Assessment newAssessment(ModeInfo info, HostFacts host) {
        return new Assessment(info, Scoring.base(info.id(), host.purpose(), host.kind()));
    }

    /**
     * Whether the mode could run any of the needed container types at all; when it can't, its
     * detailed checks are skipped (their findings and assumptions would only be noise).
     */
    public static boolean canServe(HostFacts host, Assessment assessment) {
        ModeInfo info = assessment.info();
        return host.containers().stream()
                .anyMatch(
                        type ->
                                info.containers().contains(type)
                                        || (type == ContainerType.WINDOWS
                                                && info.windowsContainersBySwitching()));
    }

    public static void finish(HostFacts host, Assessment assessment) {
        Coverage.apply(host, assessment);
        if (!assessment.isBlocked()) {
            strengths(host, assessment);
        }
    }

    /** The comparison table's strong points of a workable mode, as reasons. */
    private static void strengths(HostFacts host, Assessment assessment) {
        for (String feature : STRENGTHS) {
            ComparisonCell cell = assessment.info().comparison().get(feature);
            if (cell != null && cell.level() == CellLevel.YES) {
                String name =
                        host.knowledge().modes().features().stream()
                                .filter(f -> f.id().equals(feature))
                                .map(ModeCatalog.Feature::name)
                                .findFirst()
                                .orElse(feature);
                assessment.reason(name + ": " + cell.text() + ".");
            }
        }
    }

    private static final List<String> STRENGTHS = List.of("startup", "isolation");
}
