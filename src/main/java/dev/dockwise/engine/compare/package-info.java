/**
 * The mode comparison table: {@link ComparisonTable}, features as rows and modes as columns, every
 * cell from the knowledge data, with the sources the cells cite. Depends only on {@code
 * engine.model} and {@code engine.facts}. The step views and the shell may not build one themselves
 * (ArchitectureTest.viewsLeaveTheEngineToTheViewModels); the comparison control in {@code
 * ui.compare} may.
 */
package dev.dockwise.engine.compare;
