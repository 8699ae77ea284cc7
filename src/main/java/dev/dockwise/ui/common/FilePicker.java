package dev.dockwise.ui.common;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Asks the user for a file or folder; the desktop uses the system dialog, tests answer directly.
 */
public interface FilePicker {
    Optional<Path> open(String title, String description, String... patterns);

    Optional<Path> save(String title, String suggestedName, String description, String pattern);

    Optional<Path> folder(String title);

    /**
     * A folder, the dialog opening in {@code startIn} (where the user's choice is likely to be)
     * rather than in the last folder used.
     */
    default Optional<Path> folder(String title, Path startIn) {
        return folder(title);
    }

    /**
     * Where the dialogs open and how the folder the user ends up in is kept: the system dialogs
     * open in the last folder used, this run or an earlier one. Pickers without dialogs ignore it.
     */
    default void rememberFolders(Supplier<Optional<Path>> last, Consumer<Path> chosen) {}
}
