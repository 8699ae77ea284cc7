package dev.dockwise.engine.compare;

import dev.dockwise.engine.facts.Knowledge;
import dev.dockwise.engine.facts.ModeCatalog.ComparisonCell;
import dev.dockwise.engine.facts.ModeCatalog.Feature;
import dev.dockwise.engine.facts.ModeCatalog.ModeInfo;
import dev.dockwise.engine.facts.Source;
import dev.dockwise.engine.model.Mode;
import java.util.Arrays;
import java.util.List;

/**
 * The mode comparison table: features as rows, modes as columns, every cell from the knowledge
 * data.
 */
public final class ComparisonTable {
    private final Knowledge knowledge;

    public ComparisonTable(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    public List<Feature> features() {
        return knowledge.modes().features();
    }

    /** Modes in SPEC order. */
    public List<ModeInfo> modes() {
        return Arrays.stream(Mode.values()).map(knowledge.modes()::mode).toList();
    }

    /** The sources the cells cite, each once. */
    public List<Source> sources() {
        return knowledge.sourcesCitedIn(
                modes().stream()
                        .flatMap(m -> m.comparison().values().stream())
                        .map(ComparisonCell::source)
                        .toList());
    }

    public ComparisonCell cell(Feature feature, Mode mode) {
        ComparisonCell cell = knowledge.modes().mode(mode).comparison().get(feature.id());
        if (cell == null) {
            throw new IllegalStateException("no " + feature.id() + " cell for " + mode.id());
        }
        return cell;
    }
}
