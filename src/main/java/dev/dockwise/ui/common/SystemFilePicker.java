package dev.dockwise.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The system's file dialogs, opening in the last folder used (kept between runs where the app says
 * how).
 */
public final class SystemFilePicker implements FilePicker {
    private final Window owner;
    private Supplier<Optional<Path>> last = Optional::empty;
    private Consumer<Path> chosen = folder -> {};

    public SystemFilePicker(Window owner) {
        this.owner = owner;
    }

    @Override
    public void rememberFolders(Supplier<Optional<Path>> lastFolder, Consumer<Path> chosenFolder) {
        this.last = lastFolder;
        this.chosen = chosenFolder;
    }

    /** The folder the next dialog opens in: the last one used, if it is still there. */
    Optional<File> initialFolder() {
        return last.get().map(Path::toFile).filter(File::isDirectory);
    }

    @Override
    public Optional<Path> open(String title, String description, String... patterns) {
        FileChooser chooser = chooser(title);
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter(description, patterns),
                        new FileChooser.ExtensionFilter("All files", "*.*"));
        return remember(chooser.showOpenDialog(owner));
    }

    @Override
    public Optional<Path> save(
            String title, String suggestedName, String description, String pattern) {
        FileChooser chooser = chooser(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
        return remember(chooser.showSaveDialog(owner));
    }

    @Override
    public Optional<Path> folder(String title) {
        return folder(title, null);
    }

    /**
     * The folder a folder dialog opens in: {@code startIn} when it is there, else the last one
     * used.
     */
    Optional<File> initialFolder(Path startIn) {
        return Optional.ofNullable(startIn)
                .map(Path::toFile)
                .filter(File::isDirectory)
                .or(this::initialFolder);
    }

    @Override
    public Optional<Path> folder(String title, Path startIn) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        initialFolder(startIn).ifPresent(chooser::setInitialDirectory);
        File folder = chooser.showDialog(owner);
        if (folder == null) {
            return Optional.empty();
        }
        chosen.accept(folder.toPath());
        return Optional.of(folder.toPath());
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        initialFolder().ifPresent(chooser::setInitialDirectory);
        return chooser;
    }

    /** A file chosen: its folder is where the next dialog opens. */
    Optional<Path> remember(File file) {
        if (file == null) {
            return Optional.empty();
        }
        Path parent = file.toPath().toAbsolutePath().getParent();
        if (parent != null) {
            chosen.accept(parent);
        }
        return Optional.of(file.toPath());
    }
}
