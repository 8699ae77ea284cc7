/**
 * What leaves the wizard as a file, on paper or on the clipboard: {@link ExportActions} registers
 * the export, print and save-script commands, makes each file's bytes with the same renderers as
 * the command line ({@code report}, {@code report.text} through {@code ui.wizard.ReportsViewModel},
 * {@code scripts}), writes it atomically ({@code files}) and opens the print preview ({@code
 * ui.print}). Only {@code ui.shell} depends on it; it knows no window, page or step view.
 */
package dev.dockwise.ui.export;
