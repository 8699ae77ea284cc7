/**
 * The Troubleshoot page: {@link TroubleshootView} and {@link TroubleshootViewModel} (the pasted
 * text or a log's, whether to use the current assessment's host, and the diagnosis, worked out on a
 * worker thread where only the latest request's result is shown). The view model holds no nodes
 * (ArchitectureTest.viewModelsHoldNoControls). Depends on {@code engine.diagnose}, the engine,
 * {@code files} (reading logs, and the words when a log can't be read), {@code ui.common} and
 * {@code ui.wizard}.
 */
package dev.dockwise.ui.troubleshoot;
