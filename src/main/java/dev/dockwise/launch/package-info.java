/**
 * How a start of dockwise.jar goes: in this JVM, or in a child JVM with the options {@code java
 * -jar} can't carry (the wizard with a class-data archive, {@code plan} with batch settings), as
 * the pure table {@link LaunchDecision} says (decision records 0001 and 0002 in {@code
 * src/docs/decisions}). Depends on {@code cli} only ({@code DockwiseCli}, {@code WizardStart}) and
 * the JDK: not on the engine, knowledge, profile, scripts, report, fleet, files, ui, picocli or
 * Jackson (ArchitectureTest.theLaunchKnowsOnlyItsTwoWaysIn), and never on JavaFX, since a main
 * class that touches JavaFX fails on the class path. Only {@code dev.dockwise.Main} may depend on
 * it (onlyTheEntryPointStartsTheLaunch).
 */
package dev.dockwise.launch;
