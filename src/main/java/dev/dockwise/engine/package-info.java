/**
 * The engine: {@link Advisor} evaluates every mode for a profile and ranks them, the one engine
 * behind the wizard, the command line, the scripts and the reports. Its sub-packages hold the model
 * of a profile ({@code model}), the facts ({@code facts}), the answer ({@code result}), the
 * advisor's rules ({@code rules}, private to the engine), the compatibility matrix ({@code
 * matrix}), the comparison table ({@code compare}) and the troubleshooter ({@code diagnose}). The
 * engine and its sub-packages are pure Java and depend on nothing else of ours: no JavaFX, AWT,
 * Swing, picocli or Jackson (ArchitectureTest.engineIsPureJava), none of knowledge, profile,
 * scripts, report, files, cli or ui (engineDependsOnNothingElseOfOurs); everything else depends on
 * the engine. This package uses {@code model}, {@code facts}, {@code result} and {@code rules}.
 */
package dev.dockwise.engine;
