/**
 * Controls and helpers every page uses, which know nothing of the wizard: {@link StepPage}, {@link
 * ModeCard}, {@link ChoiceField}, {@link ComboField}, {@link Badge}, {@link Dialogs}, {@link
 * FilePicker}, {@link Icons}, {@link Resources}, {@link SourceLinks}, {@link StyleClasses}, {@link
 * WrappedText} and others. Depends on JavaFX, ControlsFX, the icons, the engine's {@code model},
 * {@code facts} and {@code result} (what a control shows) and {@code report} (its words). It must
 * not depend on {@code ui.wizard}, {@code ui.steps} or {@code ui.shell}: the last two would make a
 * cycle (ArchitectureTest.uiPackagesHaveNoCycles), and the first is kept out by convention only.
 */
package dev.dockwise.ui.common;
