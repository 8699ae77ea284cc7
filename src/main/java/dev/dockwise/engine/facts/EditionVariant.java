package dev.dockwise.engine.facts;

import dev.dockwise.engine.model.Edition;
import dev.dockwise.engine.model.HostKind;
import dev.dockwise.engine.model.Ordered;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a raw EditionID (the registry's {@code CurrentVersion\EditionID}, profile field {@code
 * host.editionId}) says beyond the profile's editions: either a variant of one of them ({@code
 * edition} set: an evaluation or Semi-Annual Channel Server, whose {@code note} is worth saying) or
 * an edition v1 cannot name ({@code edition} null: Hyper-V Server, multi-session, Windows 10 S),
 * with what it can run. {@code storeAppsOnly}: only Microsoft Store apps run, so no mode's
 * installer does until the host leaves that edition.
 */
public record EditionVariant(
        List<String> ids,
        Edition edition,
        String name,
        HostKind kind,
        Set<Capability> capabilities,
        Set<Capability> unverified,
        String check,
        LifecycleGroup lifecycle,
        String upgrade,
        Boolean storeAppsOnly,
        String note,
        String source) {

    public EditionVariant {
        ids = List.copyOf(ids);
        capabilities = Ordered.copy(capabilities, Capability.class);
        unverified = Ordered.copy(unverified, Capability.class);
        storeAppsOnly = Boolean.TRUE.equals(storeAppsOnly);
    }

    /** EditionIDs are compared as Windows compares them, ignoring case. */
    public boolean is(String editionId) {
        return editionId != null
                && ids.stream()
                        .anyMatch(
                                id ->
                                        id.toLowerCase(Locale.ROOT)
                                                .equals(
                                                        editionId
                                                                .strip()
                                                                .toLowerCase(Locale.ROOT)));
    }

    /** The edition's facts when v1 has no name for it ({@code edition} null). */
    public EditionInfo info() {
        return new EditionInfo(
                Edition.OTHER,
                name,
                kind,
                capabilities,
                unverified,
                check,
                lifecycle,
                null,
                upgrade,
                source);
    }
}
