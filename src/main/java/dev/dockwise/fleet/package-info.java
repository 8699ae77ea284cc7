/**
 * Many profiles at once ({@code dockwise plan} and the wizard's fleet page): {@link FleetInputs}
 * finds and reads them within bounds, {@link FleetPlanner} plans them in parallel with the one
 * advisor, and {@link PlanFolder} writes the plan folder whole: staged in marked work folders
 * ({@link WorkFolder}), recorded ({@link PlanManifest}), switched in under a journal ({@link
 * PlanSwitch}), every name looked up in a folder held open (decision record 0003). Depends on the
 * engine, {@code profile}, {@code scripts}, {@code report}, {@code report.text} and {@code files};
 * never on cli or ui (ArchitectureTest.fleetAndFilesDoNotReachUp).
 */
package dev.dockwise.fleet;
