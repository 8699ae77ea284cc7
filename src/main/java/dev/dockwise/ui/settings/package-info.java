/**
 * What the app remembers between runs, and keeps while the user types: {@link AppSettings} read and
 * written by {@link SettingsStore} (a damaged file falls back to the defaults), the config folder
 * of each system ({@link AppDirs}), and {@link Autosave}, one locked autosave per window, offered
 * for recovery after a crash. One of the places Jackson may be used
 * (ArchitectureTest.jsonIsReadAndWrittenInFewPlaces). Depends only on {@code files}, Jackson and
 * {@code profile.RawValue} (the draft's answers as held): no JavaFX and no other ui package.
 */
package dev.dockwise.ui.settings;
