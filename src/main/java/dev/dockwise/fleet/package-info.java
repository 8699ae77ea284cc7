/**
 * Many profiles at once ({@code dockwise plan} and the wizard's fleet page): {@link FleetInputs}
 * finds and reads them within bounds, {@link FleetPlanner} plans them in parallel with the one
 * advisor, and {@link FleetWriter} puts the plan into a plan folder ({@code fleet.folder}), which
 * writes it whole. Depends on the engine, {@code profile}, {@code scripts}, {@code report}, {@code
 * report.text}, {@code fleet.folder} and {@code files}; never on cli or ui
 * (ArchitectureTest.fleetAndFilesDoNotReachUp).
 */
package dev.dockwise.fleet;
