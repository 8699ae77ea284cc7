/**
 * The command line: picocli commands ({@code recommend}, {@code compare}, {@code matrix}, {@code
 * script}, {@code probe}, {@code report}, {@code plan}, {@code diagnose}, {@code gui}), thin over
 * the services below them, with {@link DockwiseCli} the one place that decides exit codes (bad
 * input exits with 2, naming the field) and {@link WizardStart} the wizard's start without picocli.
 * The only code that writes to standard output or error
 * (ArchitectureTest.onlyTheCommandLineWritesToStandardOutput). May depend on everything below it:
 * the engine, knowledge, profile, scripts, report, report.text, fleet, files, and {@code ui} only
 * to start the wizard. Nothing depends on it but {@code launch}: the wizard never uses it
 * (theWizardDoesNotUseTheCommandLine), and knowledge, profile, files, scripts, report and fleet
 * don't reach up to it.
 */
package dev.dockwise.cli;
