package dev.dockwise.engine.facts;

import java.time.LocalDate;

/** When the knowledge base was compiled, shown wherever a recommendation is shown. */
public record KnowledgeMeta(LocalDate asOf, String title, String compiledFrom, String source) {
}
