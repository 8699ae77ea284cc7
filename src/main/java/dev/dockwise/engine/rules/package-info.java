/**
 * The advisor's rules: a {@link ModeRule} per mode ({@link ModeRules#all()}), the checks modes
 * share, {@link HostFacts} (the profile as the rules read it, every unknown resolved to a stated
 * assumption) and the scoring. Private to the engine: nothing outside {@code dev.dockwise.engine}
 * may depend on it (ArchitectureTest.theAdvisorsRulesStayInsideTheEngine), and what it reads goes
 * out with the answer ({@code Recommendation.host()}). Depends on {@code engine.model}, {@code
 * facts}, {@code matrix} and {@code result}. A new mode's logic goes here; its facts go in the
 * knowledge data.
 */
package dev.dockwise.engine.rules;
