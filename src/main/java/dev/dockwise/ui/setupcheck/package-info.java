/**
 * The "Check the setup" page: {@link SetupCheckView} and {@link SetupCheckViewModel} (the mode to
 * check, the bundled read-only check run through Windows PowerShell by {@code
 * scripts.probe.SetupCheck} on a worker thread, and its steps with the troubleshooter's answers).
 * Offered, like "Assess this computer", only where Windows PowerShell is. The view model holds no
 * nodes (ArchitectureTest.viewModelsHoldNoControls). Depends on {@code scripts}, the engine, {@code
 * ui.common} and {@code ui.wizard}.
 */
package dev.dockwise.ui.setupcheck;
