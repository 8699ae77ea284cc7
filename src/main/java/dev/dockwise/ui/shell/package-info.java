/**
 * The window, which composes the rest and does none of the work: {@link MainWindow} (the stage, the
 * menu, the status bar, which page is shown; public only for what the app calls), {@link
 * DocumentActions} and {@link ToolPages} (each registers its commands in the {@code ActionRegistry}
 * and keeps only its dialogs, the work being in the view models: {@code
 * ui.wizard.DocumentViewModel}, {@code ui.setupcheck}, {@code ui.fleet}, {@code ui.troubleshoot}),
 * {@link DesktopServices} (file dialogs and printers), {@link FirstFrame} (the Start step before
 * the rest is ready) and the wizard's frame ({@link WizardView}, {@link StepIndicator}, {@link
 * LivePanel}). The top of the ui: it may depend on every ui package, but on no {@code report},
 * {@code fleet}, {@code files}, {@code profile} or {@code scripts} class
 * (ArchitectureTest.theShellOnlyComposes), and it leaves the engine to the view models
 * (ArchitectureTest.viewsLeaveTheEngineToTheViewModels). Of the ui packages, only {@code
 * dev.dockwise.ui} (the app) depends on it.
 */
package dev.dockwise.ui.shell;
