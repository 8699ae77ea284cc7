/**
 * The mode comparison table drawn as a grid ({@link ComparisonTableView}, with {@link WordWidths}
 * for its columns), on the Compare step and on printed pages. A control that knows nothing of the
 * wizard: depends on {@code engine.compare}, {@code engine.facts}, {@code engine.model}, {@code
 * engine.result}, {@code ui.common} and JavaFX only.
 */
package dev.dockwise.ui.compare;
