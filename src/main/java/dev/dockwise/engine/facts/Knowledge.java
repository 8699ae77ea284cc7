package dev.dockwise.engine.facts;

import dev.dockwise.engine.model.Edition;
import java.util.List;

/** The whole knowledge base the engine reasons over, loaded from data files. */
public record Knowledge(
        KnowledgeMeta meta,
        List<Source> sources,
        ReleaseTable releases,
        List<EditionInfo> editions,
        Images images,
        CompatibilityData compatibility,
        ModeCatalog modes,
        Licensing licensing,
        VirtualizationFacts virtualization,
        OrchestrationFacts orchestration,
        InstallFacts install,
        ErrorCatalogue errors) {

    public Knowledge {
        sources = List.copyOf(sources);
        editions = List.copyOf(editions);
    }

    public EditionInfo edition(Edition edition) {
        return editions.stream().filter(e -> e.id() == edition).findFirst()
                .orElseThrow(() -> new IllegalStateException("edition " + edition.id() + " missing from the knowledge base"));
    }
}
