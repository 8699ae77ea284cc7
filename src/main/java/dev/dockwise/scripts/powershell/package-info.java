/**
 * PowerShell as text: {@link PowerShell} is the one way user data enters a script (single-quoted
 * literals, names checked against allow-lists), {@link ScriptText} the lines as written (UTF-8 with
 * BOM, CRLF), {@link ScriptSnippets} the PowerShell kept in the resources, {@link WindowsArgv} a
 * Windows command line that splits back into its arguments. Knows no plan, option or probe: every
 * other part of {@code scripts} uses it
 * (ArchitectureTest.powerShellTextKnowsNoOtherPartOfTheScripts).
 */
package dev.dockwise.scripts.powershell;
