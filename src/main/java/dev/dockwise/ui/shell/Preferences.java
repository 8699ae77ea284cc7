package dev.dockwise.ui.shell;

import dev.dockwise.ui.settings.AppSettings;
import dev.dockwise.ui.settings.SettingsStore;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The window's settings as loaded, kept in step with the store; the recent files as a list the menu
 * shows.
 */
final class Preferences {
    private final SettingsStore store;
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final Consumer<String> status;
    private AppSettings settings;

    Preferences(SettingsStore store, Consumer<String> status) {
        this.store = store;
        this.status = status;
        this.settings = store.load();
        recentFiles.setAll(settings.recentFiles());
    }

    AppSettings get() {
        return settings;
    }

    ObservableList<Path> recentFiles() {
        return recentFiles;
    }

    void update(UnaryOperator<AppSettings> change) {
        settings = change.apply(settings);
        recentFiles.setAll(settings.recentFiles());
        store.trySave(settings)
                .ifPresent(why -> status.accept("Settings could not be saved: " + why));
    }
}
