/**
 * The desktop wizard's start: {@link DockwiseApp}, the JavaFX application, started through {@link
 * UiLauncher} and never as the jar's entry point (a main class that touches JavaFX fails on the
 * class path), and {@link StartupProbe} for the start-up benchmark. The sub-packages are the
 * window: {@code ui.shell} composes the step views of {@code ui.steps}, the view models of {@code
 * ui.wizard}, the actions of {@code ui.actions} and the controls of {@code ui.common}, {@code
 * ui.compare}, {@code ui.matrix} and {@code ui.print}. Only this package and its sub-packages may
 * use JavaFX (ArchitectureTest.onlyTheUiUsesJavaFx); none of them may use cli
 * (theWizardDoesNotUseTheCommandLine), and its sub-packages have no cycles between them
 * (uiPackagesHaveNoCycles). This package depends on the engine, {@code knowledge}, {@code profile}
 * and the ui sub-packages.
 */
package dev.dockwise.ui;
