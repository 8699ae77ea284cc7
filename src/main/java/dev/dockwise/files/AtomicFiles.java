package dev.dockwise.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Replaces files atomically (a temporary file in the same folder, then a move), so a crash or a
 * full disk never leaves a half-written profile, script or report behind. Only regular files are
 * ever replaced: a folder, a device ({@code /dev/null}), a pipe, a socket or a link is refused,
 * never replaced by a file nor written through.
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    /** Something other than a regular file is where the file should go; it is left as it is. */
    public static final class NotAFileException extends IOException {
        private final boolean link;

        NotAFileException(Path target, String what, boolean link) {
            super(ShownName.of(target) + " is " + what);
            this.link = link;
        }

        /** Whether what is there is a link (which {@link #writeThroughLinks} would follow). */
        public boolean link() {
            return link;
        }
    }

    /**
     * A file is where a folder of the path should be (a file named {@code 2026} and the path {@code
     * 2026/r.pdf}); the system's own "Not a directory" doesn't say which part is the file.
     */
    public static final class NotAFolderException extends IOException {
        NotAFolderException(Path file) {
            super(ShownName.of(file) + " is a file, not a folder");
        }
    }

    /**
     * Writes the file, or replaces it if it is a regular file; anything else at the name, a link
     * included, is refused.
     */
    public static void write(Path target, byte[] content) throws IOException {
        refuseAllButRegularFile(target);
        replace(target, content, false);
    }

    /**
     * For a file only Dockwise keeps (a window's autosave): written fresh and moved into place, so
     * a link put at its name is replaced, never followed, and what the link names is left alone. A
     * folder at the name is refused.
     */
    public static void writeOwn(Path target, byte[] content) throws IOException {
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new NotAFileException(target, "a folder", false);
        }
        replace(target, content, true);
    }

    /**
     * For a file the user chose in the app (a profile opened through a link, settings kept in a
     * dotfiles folder): a link is followed to the regular file it names, which is replaced and the
     * link kept; a link to anything else, or to nothing, is refused.
     */
    public static void writeThroughLinks(Path target, byte[] content) throws IOException {
        Path file = target;
        if (Files.isSymbolicLink(target)) {
            try {
                file = target.toRealPath();
            } catch (NoSuchFileException e) {
                throw new NotAFileException(
                        target,
                        "a link to nothing (" + ShownName.of(Files.readSymbolicLink(target)) + ")",
                        true);
            }
        }
        refuseAllButRegularFile(file);
        replace(file, content, false);
    }

    /** Nothing at the name, or a regular file: anything else is refused, named in words. */
    private static void refuseAllButRegularFile(Path target) throws IOException {
        for (Path folder = target.toAbsolutePath().getParent();
                folder != null && !Files.isDirectory(folder);
                folder = folder.getParent()) {
            if (Files.exists(folder)) {
                throw new NotAFolderException(folder);
            }
        }
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return;
        }
        if (a.isSymbolicLink()) {
            throw new NotAFileException(
                    target,
                    "a link (to " + ShownName.of(Files.readSymbolicLink(target)) + ")",
                    true);
        }
        if (a.isDirectory()) {
            throw new NotAFileException(target, "a folder", false);
        }
        if (!a.isRegularFile()) {
            throw new NotAFileException(
                    target, "not a regular file (a device, pipe or socket)", false);
        }
    }

    private static void replace(Path target, byte[] content, boolean anyFile) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new NoSuchFileException(String.valueOf(dir), null, "the folder does not exist");
        }
        // a short name: the target's own name may already be as long as the file system allows
        Path temp = Files.createTempFile(dir, ".dw-", ".tmp");
        keepPermissions(target, temp);
        try {
            try (FileChannel channel =
                    FileChannel.open(
                            temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                // on disk before the rename makes it visible, so a power cut cannot leave an empty
                // file under the name
                channel.force(true);
            }
            // looked at again after the write, not only before it: a pipe or link swapped in
            // meanwhile is not replaced
            if (anyFile || !putNew(temp, target)) {
                if (!anyFile) {
                    refuseAllButRegularFile(target);
                }
                try {
                    Files.move(
                            temp,
                            target,
                            StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Where nothing is at the name, the file goes in by a hard link, which never replaces anything
     * (a rename would replace what appeared there meanwhile); false when something is there, or the
     * file system has no hard links (FAT, some shares), and a rename is needed.
     */
    private static boolean putNew(Path temp, Path target) throws IOException {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            Files.createLink(target, temp);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (UnsupportedOperationException | FileSystemException e) {
            return false;
        }
    }

    /**
     * A temporary file is private (rw-------); the result should read like any file the user saves:
     * the replaced file's permissions, or rw-r--r-- for a new one.
     */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> permissions =
                Files.exists(target)
                        ? Files.getPosixFilePermissions(target)
                        : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, permissions);
    }
}
