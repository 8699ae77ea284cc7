/**
 * What each mode's install script does: {@link InstallPlans} picks the plan of a mode, each {@code
 * *Plan} builds its {@link InstallPlan} from the steps the modes share ({@code CommonSteps}, {@code
 * ImageSteps}, {@code Preflight}, {@code AptEngineScript}), and {@link ScriptRenderer} writes a
 * plan as a script (header, {@code Prologue}, steps). Uses {@code options} and {@code powershell};
 * knows neither the generator nor the probe
 * (ArchitectureTest.plansKnowNeitherTheGeneratorNorTheProbe).
 */
package dev.dockwise.scripts.plans;
