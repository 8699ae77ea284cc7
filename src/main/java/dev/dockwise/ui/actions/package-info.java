/**
 * What the user can ask from more than one place (decision record 0010): {@link StandardAction}
 * (each action's menu text, mnemonic and shortcut, and whether a click on the first frame waits),
 * {@link Command}, {@link ActionRegistry} (the commands by action, which menus and buttons ask) and
 * {@link ActionFactory} (menu items and buttons from actions). Depends only on JavaFX: not on
 * {@code ui.shell}, {@code ui.steps}, {@code ui.wizard}, {@code ui.fleet}, {@code ui.troubleshoot}
 * or the engine (ArchitectureTest.theActionsKnowNotWhoDoesThem), so that the first frame and the
 * window share one set of actions.
 */
package dev.dockwise.ui.actions;
