/**
 * Bundled read-only scripts run on this computer: the probe ({@link ProbeScript}, run by {@link
 * ProbeRunner}) and the check of a setup ({@link VerifyScript}, run by {@link SetupCheck}, whose
 * failed steps carry the troubleshooter's answers), both through one Windows PowerShell process in
 * a {@link ScratchFolder}. Knows only {@code powershell} of the scripts: no plan, no option
 * (ArchitectureTest.theProbeKnowsNoPlanNorOption).
 */
package dev.dockwise.scripts.probe;
