/**
 * The wizard's view models, which hold no nodes and are tested without a toolkit (decision record
 * 0005): {@link WizardViewModel} (the draft, the step, the live recommendation, the problems, the
 * file), {@link ProfileDraft} (one typed property per profile answer, never losing what was typed),
 * {@link Step}, and the step view models ({@link HostStepViewModel}, {@link
 * CompatibilityStepViewModel}, {@link ExportViewModel}, {@link ReportsViewModel}, {@link
 * FinishViewModel}). May use {@code javafx.beans} and {@code javafx.collections}, never {@code
 * javafx.scene} or {@code javafx.stage} (ArchitectureTest.wizardViewModelsHoldNoNodes,
 * viewModelsHoldNoControls). Depends on the engine, {@code profile}, {@code scripts}, {@code
 * report}, {@code report.text}, {@code dev.dockwise.about.AppInfo} and Jackson (the draft's raw
 * answers for the autosave: jsonIsReadAndWrittenInFewPlaces); on no other ui package, since {@code
 * ui.steps} and {@code ui.shell} sit above it (uiPackagesHaveNoCycles).
 */
package dev.dockwise.ui.wizard;
