/**
 * The folder a plan is written into, whole or not at all: {@link PlanFolder} takes the folder's
 * lock, stages the new plan in marked work folders ({@link WorkFolder}), records it ({@link
 * PlanManifest}), looks at the folder again right before the switch ({@link PlanFolderContents})
 * and switches it in under a journal ({@link PlanSwitch}), every name looked up in a folder held
 * open (decision record 0003). Depends only on {@code files}: what goes into the plan is the
 * planner's business (ArchitectureTest.writingAPlanFolderKnowsNothingOfPlanning).
 */
package dev.dockwise.fleet.folder;
