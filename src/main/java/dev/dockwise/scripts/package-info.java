/**
 * The PowerShell install scripts and the host probe: {@link ScriptGenerator} renders an {@link
 * InstallPlan} per mode into a {@link GeneratedScript}; {@link PowerShell} is the one way user data
 * enters a script; {@link ScriptOption} describes every script option once; {@link ProbeScript} and
 * {@link ProbeRunner} are the probe and its run on this computer. Depends on the engine ({@code
 * model}, {@code facts}, {@code matrix}, {@code result}), {@code profile} and {@code files}; never
 * on cli, ui or report (ArchitectureTest.scriptsStayBelowTheirUsers), since the command line, the
 * wizard and the reports all use it.
 */
package dev.dockwise.scripts;
