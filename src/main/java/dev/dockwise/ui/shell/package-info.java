/**
 * The window, which composes the rest: {@link MainWindow} (the stage, the menu, the status bar,
 * which page is shown), {@link DocumentActions}, {@link ExportActions} and {@link ToolPages} (each
 * registers its commands in the {@code ActionRegistry} and keeps only its dialogs), {@link
 * FirstFrame} (the Start step before the rest is ready) and the wizard's frame ({@link WizardView},
 * {@link StepIndicator}, {@link LivePanel}). The top of the ui: it may depend on every ui package
 * and the services below, but it leaves the engine to the view models (not {@code engine.rules},
 * {@code engine.diagnose}, {@code Advisor}, {@code CompatibilityMatrix}, {@code ComparisonTable} or
 * {@code ReportBuilder}: ArchitectureTest.viewsLeaveTheEngineToTheViewModels). Of the ui packages,
 * only {@code dev.dockwise.ui} (the app) depends on it. It still uses {@code fleet}, {@code files},
 * {@code profile}, {@code report} and {@code scripts} directly.
 */
package dev.dockwise.ui.shell;
