package dev.dockwise.ui.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the app remembers between runs. Window bounds are NaN until the window was first closed; the
 * last folder (where the file dialogs open) is null until a file was first opened or saved.
 */
public record AppSettings(
        Theme theme,
        double windowX,
        double windowY,
        double windowWidth,
        double windowHeight,
        boolean maximized,
        List<Path> recentFiles,
        boolean showLegacyModes,
        Path lastFolder) {

    public static final int MAX_RECENT = 8;

    /** Light or dark Primer theme. */
    public enum Theme {
        LIGHT,
        DARK
    }

    public AppSettings {
        recentFiles = List.copyOf(recentFiles);
    }

    public static AppSettings defaults() {
        return new AppSettings(
                Theme.LIGHT, Double.NaN, Double.NaN, 1280, 800, false, List.of(), true, null);
    }

    public AppSettings withRecent(Path file) {
        List<Path> recent = new ArrayList<>();
        recent.add(file.toAbsolutePath().normalize());
        recentFiles.stream()
                .filter(p -> !p.equals(file.toAbsolutePath().normalize()))
                .limit(MAX_RECENT - 1)
                .forEach(recent::add);
        return new AppSettings(
                theme,
                windowX,
                windowY,
                windowWidth,
                windowHeight,
                maximized,
                recent,
                showLegacyModes,
                lastFolder);
    }

    public AppSettings withRecentFiles(List<Path> files) {
        return new AppSettings(
                theme,
                windowX,
                windowY,
                windowWidth,
                windowHeight,
                maximized,
                files,
                showLegacyModes,
                lastFolder);
    }

    public AppSettings withoutRecent(Path file) {
        return new AppSettings(
                theme,
                windowX,
                windowY,
                windowWidth,
                windowHeight,
                maximized,
                recentFiles.stream().filter(p -> !p.equals(file)).toList(),
                showLegacyModes,
                lastFolder);
    }

    public AppSettings withTheme(Theme newTheme) {
        return new AppSettings(
                newTheme,
                windowX,
                windowY,
                windowWidth,
                windowHeight,
                maximized,
                recentFiles,
                showLegacyModes,
                lastFolder);
    }

    public AppSettings withShowLegacyModes(boolean show) {
        return new AppSettings(
                theme,
                windowX,
                windowY,
                windowWidth,
                windowHeight,
                maximized,
                recentFiles,
                show,
                lastFolder);
    }

    public AppSettings withWindow(
            double x, double y, double width, double height, boolean isMaximized) {
        return new AppSettings(
                theme, x, y, width, height, isMaximized, recentFiles, showLegacyModes, lastFolder);
    }

    public AppSettings withLastFolder(Path folder) {
        return new AppSettings(
                theme,
                windowX,
                windowY,
                windowWidth,
                windowHeight,
                maximized,
                recentFiles,
                showLegacyModes,
                folder == null ? null : folder.toAbsolutePath().normalize());
    }
}
