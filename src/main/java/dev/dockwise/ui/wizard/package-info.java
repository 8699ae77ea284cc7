/**
 * The wizard's view models, which hold no nodes and are tested without a toolkit (decision record
 * 0005): {@link WizardSession} (the draft, the step, the live recommendation, the problems, the
 * file), {@link WizardServices} (the engine's services, made once per session and passed to every
 * view model), {@link ProfileDraft} (one property per row of {@code profile.ProfileField}, made
 * from the row's kind, never losing what was typed), {@link Step}, {@link DocumentViewModel} (open,
 * import a probe's results, save, each refused in the words of a {@link Refusal}), and the step
 * view models ({@link HostStepViewModel}, {@link CompatibilityStepViewModel}, {@link
 * ExportViewModel}, {@link ReportsViewModel}, {@link FinishViewModel}). May use {@code
 * javafx.beans} and {@code javafx.collections}, never {@code javafx.scene} or {@code javafx.stage}
 * (ArchitectureTest.wizardViewModelsHoldNoNodes, viewModelsHoldNoControls). Depends on the engine,
 * {@code profile}, {@code scripts}, {@code report}, {@code report.text}, {@code files} (the words
 * of a failed write) and {@code dev.dockwise.about.AppInfo}; not on Jackson (a file's answers come
 * as {@code RawValue}s: jsonIsReadAndWrittenInFewPlaces); on no other ui package, since {@code
 * ui.steps} and {@code ui.shell} sit above it (uiPackagesHaveNoCycles).
 */
package dev.dockwise.ui.wizard;
