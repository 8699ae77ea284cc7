/**
 * Loads the knowledge data ({@code src/main/resources/dev/dockwise/knowledge/*.json}) into the
 * engine's facts: {@link KnowledgeBase}, where data errors fail loudly at start, naming the file.
 * One of the few places Jackson may be used (ArchitectureTest.jsonIsReadAndWrittenInFewPlaces).
 * Depends on {@code engine.facts}, {@code engine.model} and Jackson; never on cli or ui
 * (lowerLayersDoNotReachUp), and the engine never depends on it.
 */
package dev.dockwise.knowledge;
