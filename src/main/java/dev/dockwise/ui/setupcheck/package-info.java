/**
 * This computer: the "Check the setup" page, {@link SetupCheckView} and {@link SetupCheckViewModel}
 * (the mode to check, the bundled read-only check run through Windows PowerShell by {@code
 * scripts.probe.SetupCheck} on a worker thread, and its steps with the troubleshooter's answers),
 * and {@link ComputerAssessmentViewModel}, which runs the probe for "Assess this computer" and
 * takes its profile into the wizard (its progress dialog is the shell's). Both are offered only
 * where Windows PowerShell is. The view models hold no nodes
 * (ArchitectureTest.viewModelsHoldNoControls). Depends on {@code scripts}, {@code profile}, the
 * engine, {@code ui.common} and {@code ui.wizard}.
 */
package dev.dockwise.ui.setupcheck;
