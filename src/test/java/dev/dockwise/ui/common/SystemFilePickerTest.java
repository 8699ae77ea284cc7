package dev.dockwise.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.ui.settings.AppSettings;
import dev.dockwise.ui.settings.SettingsStore;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file dialogs open where the user last saved or opened a file, in this run and the next. */
class SystemFilePickerTest {
    @TempDir Path dir;

    @Test
    void theFolderOfTheLastFileIsWhereTheNextDialogOpensAfterARestart() throws Exception {
        Path config = Files.createDirectories(dir.resolve("config"));
        Path reports = Files.createDirectories(dir.resolve("Documents").resolve("reports"));
        SettingsStore store = new SettingsStore(config);
        AppSettings[] settings = {store.load()};
        SystemFilePicker picker = new SystemFilePicker(null);
        picker.rememberFolders(
                () -> Optional.ofNullable(settings[0].lastFolder()),
                folder -> {
                    settings[0] = settings[0].withLastFolder(folder);
                    try {
                        store.save(settings[0]);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
        assertTrue(picker.initialFolder().isEmpty(), "no folder before the first file");
        picker.remember(reports.resolve("dev-laptop-report.pdf").toFile());

        SystemFilePicker nextRun = new SystemFilePicker(null);
        AppSettings reloaded = new SettingsStore(config).load();
        nextRun.rememberFolders(() -> Optional.ofNullable(reloaded.lastFolder()), folder -> {});
        assertEquals(Optional.of(reports.toFile()), nextRun.initialFolder());
    }

    @Test
    void aFolderDialogAskedToStartSomewhereStartsThereAndOtherwiseWhereTheLastOneEnded()
            throws Exception {
        Path profiles = Files.createDirectories(dir.resolve("fleet"));
        SystemFilePicker picker = new SystemFilePicker(null);
        picker.rememberFolders(() -> Optional.of(profiles), folder -> {});
        assertEquals(
                Optional.of(dir.toFile()),
                picker.initialFolder(dir),
                "beside the folder of profiles, not in it");
        assertEquals(Optional.of(profiles.toFile()), picker.initialFolder(null));
        assertEquals(Optional.of(profiles.toFile()), picker.initialFolder(dir.resolve("gone")));
    }

    @Test
    void aFolderThatIsGoneIsNotOffered() {
        SystemFilePicker picker = new SystemFilePicker(null);
        picker.rememberFolders(() -> Optional.of(dir.resolve("removed")), folder -> {});
        assertEquals(Optional.<File>empty(), picker.initialFolder());
    }
}
