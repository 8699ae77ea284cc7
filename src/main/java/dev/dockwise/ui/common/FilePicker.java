package dev.dockwise.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/** Asks the user for a file or folder; the desktop uses the system dialog, tests answer directly. */
public interface FilePicker {
    Optional<Path> open(String title, String description, String... patterns);

    Optional<Path> save(String title, String suggestedName, String description, String pattern);

    Optional<Path> folder(String title);
}
