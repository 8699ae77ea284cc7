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

    /** The sources a fact's source note cites by tag ("TB docs/...; DM drivers/..." cites TB and DM), in the order of the source list. */
    public List<Source> sourcesCitedIn(String note) {
        if (note == null || note.isBlank()) {
            return List.of();
        }
        return sources.stream()
                .filter(s -> java.util.regex.Pattern.compile("(?<![A-Za-z0-9])" + java.util.regex.Pattern.quote(s.tag()) + "(?![A-Za-z0-9])")
                        .matcher(note).find())
                .toList();
    }

    public EditionInfo edition(Edition edition) {
        return editions.stream().filter(e -> e.id() == edition).findFirst()
                .orElseThrow(() -> new IllegalStateException("edition " + edition.id() + " missing from the knowledge base"));
    }
}
