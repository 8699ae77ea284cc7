/**
 * The user's choices for an install script: {@link ScriptOption} describes each option once (flag,
 * label, help, the scripts that use it) for the command line and the wizard, {@link ScriptOptions}
 * holds and checks them. Knows no plan and no probe; a distribution or VM name is checked by the
 * same allow-list that quotes it ({@code powershell}) (ArchitectureTest.optionsKnowNoPlanNorProbe).
 */
package dev.dockwise.scripts.options;
