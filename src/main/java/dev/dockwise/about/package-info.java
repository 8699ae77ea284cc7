/**
 * What the application says of itself: {@link AppInfo} reads the version Maven writes into {@code
 * version.properties}. Depends on nothing of ours; {@code cli}, {@code ui.wizard} and {@code
 * ui.fleet} use it.
 */
package dev.dockwise.about;
