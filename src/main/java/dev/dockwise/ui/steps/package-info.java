/**
 * The wizard's step views, built in code over the view models of {@code ui.wizard}: {@link
 * StartStepView}, {@link HostStepView}, {@link WorkloadsStepView}, {@link RecommendationStepView},
 * {@link CompareStepView}, {@link CompatibilityStepView}, {@link ExportStepView} with its {@link
 * ScriptPanel}, and {@link FinishView}, laid out with {@link Form} and offering {@link Choices}.
 * Views bind to view-model properties and show what the view models worked out: they may not use
 * {@code engine.rules}, {@code engine.diagnose}, {@code Advisor}, {@code CompatibilityMatrix},
 * {@code ComparisonTable} or {@code ReportBuilder}
 * (ArchitectureTest.viewsLeaveTheEngineToTheViewModels), nor {@code ui.shell} (a step asks the
 * {@code ActionRegistry}: theActionsKnowNotWhoDoesThem). Depends on {@code ui.wizard}, {@code
 * ui.actions}, {@code ui.common}, {@code ui.compare}, {@code ui.matrix}, {@code profile} (field
 * paths), {@code scripts} (script options) and the engine's {@code model}, {@code facts}, {@code
 * matrix} and {@code result}.
 */
package dev.dockwise.ui.steps;
