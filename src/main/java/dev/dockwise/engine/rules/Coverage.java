package dev.dockwise.engine.rules;

import dev.dockwise.engine.model.ContainerType;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compares what a mode runs with what the user needs: a mode that runs none of the needed types is
 * blocked; one that runs some ranks below the modes that cover everything (SPEC section 1).
 */
final class Coverage {
    static final int PARTIAL_PENALTY = 35;

    private Coverage() {}

    static void apply(HostFacts host, Assessment a) {
        Set<ContainerType> needed = host.containers();
        Set<ContainerType> covered = EnumSet.noneOf(ContainerType.class);
        covered.addAll(a.covered());
        covered.retainAll(needed);
        if (covered.isEmpty()) {
            a.block(needed.stream().map(a::whyNot).collect(Collectors.joining(" ")));
            return;
        }
        for (ContainerType type : needed) {
            if (!covered.contains(type)) {
                a.warn("Leaves your " + type.label() + " containers uncovered: " + a.whyNot(type));
                a.adjust(-PARTIAL_PENALTY);
            }
        }
        if (covered.size() == needed.size() && needed.size() > 1) {
            a.reason("Runs both Linux and Windows containers.");
        }
    }
}
