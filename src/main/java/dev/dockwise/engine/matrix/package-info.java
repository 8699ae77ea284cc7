/**
 * Microsoft's Windows container compatibility matrix as the engine answers it: {@link
 * CompatibilityMatrix} (host build and kind by image version by isolation), its {@link MatrixRow}s
 * and {@link MatrixCell}s; the rows of Microsoft's current table come from the data, older hosts
 * follow the historic rule the data states. Depends only on {@code engine.model} and {@code
 * engine.facts}. The step views and the shell may not build one themselves; they show what a view
 * model took from it (ArchitectureTest.viewsLeaveTheEngineToTheViewModels).
 */
package dev.dockwise.engine.matrix;
