package dev.dockwise.engine.facts;

import dev.dockwise.engine.model.Edition;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** The whole knowledge base the engine reasons over, loaded from data files. */
public record Knowledge(
        KnowledgeMeta meta,
        List<Source> sources,
        ReleaseTable releases,
        List<EditionInfo> editions,
        List<EditionVariant> editionIds,
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
        editionIds = List.copyOf(editionIds);
    }

    /**
     * The sources a fact's source note cites by tag ("TB docs/...; DM drivers/..." cites TB and
     * DM), in the order of the source list.
     */
    public List<Source> sourcesCitedIn(String note) {
        return sourcesCitedIn(note == null ? List.of() : List.of(note));
    }

    /** The sources any of these notes cite, each once, in the order of the source list. */
    public List<Source> sourcesCitedIn(Collection<String> notes) {
        String all = String.join("\n", notes.stream().filter(Objects::nonNull).toList());
        return sources.stream()
                .filter(
                        s ->
                                Pattern.compile(
                                                "(?<![A-Za-z0-9])"
                                                        + Pattern.quote(s.tag())
                                                        + "(?![A-Za-z0-9])")
                                        .matcher(all)
                                        .find())
                .toList();
    }

    /** What the facts about a mode (its description and its support status) cite. */
    public List<Source> sourcesOf(ModeCatalog.ModeInfo mode) {
        return sourcesCitedIn(List.of(mode.source(), mode.support().source()));
    }

    public EditionInfo edition(Edition edition) {
        return editions.stream()
                .filter(e -> e.id() == edition)
                .findFirst()
                .orElseThrow(
                        () ->
                                new IllegalStateException(
                                        "edition "
                                                + edition.id()
                                                + " missing from the knowledge base"));
    }

    /** What the knowledge says about a raw EditionID, if it knows it. */
    public Optional<EditionVariant> editionId(String editionId) {
        return editionIds.stream().filter(v -> v.is(editionId)).findFirst();
    }
}
