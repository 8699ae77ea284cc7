/**
 * The report on paper: {@link ReportPages} lays the report out on pages as the PDF does (it is one
 * of the report's renderers, drawing only from the report model), {@link PagePlan} and {@link
 * PrintStyle} size and style the pages, and {@link PrintPreview} shows them with a choice of
 * printer and Save as PDF. Knows nothing of the wizard: depends on {@code report}, the engine's
 * {@code model}, {@code facts}, {@code matrix} and {@code result}, {@code ui.common}, {@code
 * ui.compare}, {@code ui.matrix} and JavaFX's printing.
 */
package dev.dockwise.ui.print;
