/**
 * The install scripts' face: {@link ScriptGenerator} chooses the mode, refuses what cannot be
 * written ({@link NoScriptException}) and turns the mode's plan ({@code plans}) into a {@link
 * GeneratedScript}. Below it, in this order: {@code plans} (what each mode's script does), {@code
 * options} (the user's choices, checked), {@code powershell} (text, quoting, bundled snippets,
 * Windows command lines); {@code probe} runs bundled read-only scripts on this computer and knows
 * only {@code powershell}. Nothing here depends on cli, ui or report
 * (ArchitectureTest.scriptsStayBelowTheirUsers, scriptsPackagesHaveNoCycles).
 */
package dev.dockwise.scripts;
