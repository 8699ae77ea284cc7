package dev.dockwise.engine.facts;

import dev.dockwise.engine.model.Edition;
import dev.dockwise.engine.model.HostKind;
import dev.dockwise.engine.model.Ordered;
import java.util.Set;

/**
 * What an edition can run and under which container licence terms. {@code unverified} are the
 * capabilities Dockwise cannot tell for this host (an edition it does not know, or one where they
 * depend on the host), with {@code check}, what would tell; a mode that needs one of them needs
 * checking, never assumed to work or not.
 */
public record EditionInfo(
        Edition id,
        String name,
        HostKind kind,
        Set<Capability> capabilities,
        Set<Capability> unverified,
        String check,
        LifecycleGroup lifecycle,
        WindowsContainerTerms windowsContainers,
        String upgrade,
        String source) {

    public EditionInfo {
        capabilities = Ordered.copy(capabilities, Capability.class);
        unverified = Ordered.copy(unverified == null ? Set.of() : unverified, Capability.class);
    }

    public boolean can(Capability capability) {
        return capabilities.contains(capability);
    }

    /** Whether this host may or may not have the capability: Dockwise can't tell. */
    public boolean unsure(Capability capability) {
        return unverified.contains(capability);
    }

    /** Container counts and production rights of one edition (Microsoft's licensing FAQ). */
    public record WindowsContainerTerms(
            String processLimit, String hypervLimit, ProductionUse production, String note) {}

    /** Whether Windows containers may serve production on this edition. */
    public enum ProductionUse implements dev.dockwise.engine.model.Identified {
        LICENSED("licensed"),
        NOT_LICENSED("not-licensed"),
        BY_AGREEMENT("by-agreement");

        private final String id;

        ProductionUse(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }
    }
}
