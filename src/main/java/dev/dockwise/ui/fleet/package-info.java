/**
 * The fleet page: {@link FleetView} and {@link FleetViewModel}, which plans a folder of profiles
 * off the FX thread with the same planner as {@code dockwise plan}, exports the plan folder the
 * command line writes, decides where an export may go and which host's profile opens. The view
 * model holds no nodes (ArchitectureTest.viewModelsHoldNoControls). Depends on {@code fleet},
 * {@code files}, the engine, {@code ui.common}, {@code ui.wizard} (to start from the wizard's
 * advisor) and {@code dev.dockwise.about.AppInfo}.
 */
package dev.dockwise.ui.fleet;
