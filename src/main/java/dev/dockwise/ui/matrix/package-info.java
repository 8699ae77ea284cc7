/**
 * Microsoft's Windows container compatibility matrix drawn as a grid ({@link
 * CompatibilityMatrixView}), on the Compatibility step and on printed pages. A control that knows
 * nothing of the wizard: depends on {@code engine.matrix}, {@code engine.facts}, {@code
 * engine.model}, {@code ui.common} and JavaFX only.
 */
package dev.dockwise.ui.matrix;
