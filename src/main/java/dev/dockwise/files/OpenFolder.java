package dev.dockwise.files;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A folder held open while Dockwise works in it: every name is looked up in the folder itself and
 * never through a link, so a link or folder swapped in after a check cannot redirect what is
 * written, moved or removed. Where the system has directory handles (Linux, macOS: Java's {@link
 * SecureDirectoryStream}, that is openat, renameat, unlinkat) they are used; elsewhere (Windows)
 * each name is resolved from the folder's path and checked not to be a link, which is as far as
 * Java goes there.
 */
public abstract class OpenFolder implements Closeable {
    private static final Set<PosixFilePermission> OWNER_ONLY =
            PosixFilePermissions.fromString("rwx------");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path path;

    OpenFolder(Path path) {
        this.path = path;
    }

    /** Something other than a folder is where a folder should be (a file, a link, a device). */
    public static final class NotAFolderException extends IOException {
        NotAFolderException(Path where, String what) {
            super(ShownName.of(where) + " is " + what + ", not a folder");
        }
    }

    /**
     * A folder this run made is not what it made (another owner, other permissions, not empty):
     * someone swapped it.
     */
    public static final class NotOursException extends IOException {
        NotOursException(Path where, String why) {
            super(
                    ShownName.of(where)
                            + " is not the folder Dockwise just made ("
                            + why
                            + "); nothing was written into it");
        }
    }

    /**
     * Opens the folder itself; refuses a link in its place (the folders above it are the user's
     * business).
     */
    public static OpenFolder open(Path dir) throws IOException {
        Path absolute = dir.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (parent == null) {
            return openWhole(absolute);
        }
        try (OpenFolder above = openWhole(parent)) {
            return above.folder(absolute.getFileName().toString());
        }
    }

    private static OpenFolder openWhole(Path dir) throws IOException {
        DirectoryStream<Path> stream = Files.newDirectoryStream(dir);
        if (stream instanceof SecureDirectoryStream<Path> secure) {
            return new Handle(dir, secure);
        }
        stream.close();
        return new Named(dir);
    }

    /**
     * Where the folder was when it was opened; for messages, and for the names of what lies in it.
     */
    public final Path path() {
        return path;
    }

    /** The path of a name in this folder, for messages. */
    public final Path resolve(String name) {
        return path.resolve(name);
    }

    /** A sub-folder, opened without following a link. */
    public abstract OpenFolder folder(String name) throws IOException;

    /** What is at the name, not following a link; empty when nothing is. */
    public abstract Optional<BasicFileAttributes> attributes(String name) throws IOException;

    /** The names in the folder, in no order. */
    public abstract List<String> names() throws IOException;

    /**
     * A new file ({@code CREATE_NEW}: nothing at the name is ever followed or replaced) for
     * writing.
     */
    public abstract SeekableByteChannel create(String name) throws IOException;

    /** An existing file for reading, not through a link; the caller checks what it is. */
    abstract SeekableByteChannel openForReading(String name) throws IOException;

    /**
     * An existing file for writing (not truncated, not through a link), such as a lock; the caller
     * checks first that it is a regular file.
     */
    public abstract SeekableByteChannel openForWriting(String name) throws IOException;

    /** Renames an entry of this folder into {@code to} (the same file system), atomically. */
    public abstract void move(String name, OpenFolder to, String toName) throws IOException;

    /** Removes a file, a link (never what it names) or an empty folder. */
    public abstract void delete(String name) throws IOException;

    /**
     * The identity of the folder on its file system (device and inode where there are such), or
     * null.
     */
    public abstract Object key() throws IOException;

    /** Whether the file at the name exists (a link counts, and is not followed). */
    public final boolean exists(String name) throws IOException {
        return attributes(name).isPresent();
    }

    /** Writes a new file whole ({@code CREATE_NEW}). */
    public final void write(String name, byte[] bytes) throws IOException {
        write(name, bytes, false);
    }

    /** Writes a new file whole and, with {@code durable}, on disk before this returns. */
    public final void write(String name, byte[] bytes, boolean durable) throws IOException {
        try (SeekableByteChannel channel = create(name)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            if (durable && channel instanceof java.nio.channels.FileChannel file) {
                file.force(true);
            }
        }
    }

    /** A regular file of at most {@code max} bytes, whole; anything else at the name is refused. */
    public final byte[] read(String name, int max) throws IOException {
        BasicFileAttributes a =
                attributes(name)
                        .orElseThrow(() -> new NoSuchFileException(resolve(name).toString()));
        if (!a.isRegularFile()) {
            throw new BoundedRead.NotAFileException(resolve(name), a.isDirectory());
        }
        if (a.size() > max) {
            throw new BoundedRead.TooLargeException(resolve(name), a.size(), max);
        }
        Path file = resolve(name);
        try (SeekableByteChannel channel =
                SafeOpen.open(
                        file,
                        () -> openForReading(name),
                        () ->
                                attributes(name)
                                        .orElseThrow(
                                                () -> new NoSuchFileException(file.toString())))) {
            try {
                channel.position(0);
            } catch (IOException e) {
                // a pipe swapped in after the look cannot be sought in
                throw new BoundedRead.NotAFileException(file, false);
            }
            return BoundedRead.drain(file, channel, max);
        }
    }

    /**
     * Whether the folder's path still leads to this open folder, not through a link at its name: a
     * folder moved away and replaced (by a link, say) while Dockwise worked in it is no longer
     * where the user asked for it.
     */
    public final boolean stillAt() throws IOException {
        try {
            BasicFileAttributes a =
                    Files.readAttributes(
                            path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            Object key = key();
            return a.isDirectory() && (key == null || key.equals(a.fileKey()));
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    /**
     * Makes a sub-folder only this user may enter, opens it, and checks it is the empty folder just
     * made.
     */
    public final OpenFolder createFolder(String name) throws IOException {
        Path made = resolve(name);
        if (!stillAt()) {
            throw new NotOursException(
                    path, "it was moved or replaced while Dockwise worked in it");
        }
        boolean posix =
                Files.getFileStore(path).supportsFileAttributeView(PosixFileAttributeView.class);
        FileAttribute<?>[] attributes =
                posix
                        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                        : new FileAttribute<?>[0];
        // Java has no mkdirat: the folder is made by path, then opened by handle and checked to be
        // what was made
        Files.createDirectory(made, attributes);
        OpenFolder folder = folder(name);
        try {
            if (!folder.names().isEmpty()) {
                throw new NotOursException(made, "it is not empty");
            }
            if (posix) {
                folder.checkOwnerOnly(made);
            }
            return folder;
        } catch (IOException | RuntimeException e) {
            folder.close();
            throw e;
        }
    }

    /** As {@link #createFolder}, under a fresh name: the prefix and random letters. */
    public final OpenFolder createFreshFolder(String prefix) throws IOException {
        for (int attempt = 0; ; attempt++) {
            byte[] random = new byte[8];
            RANDOM.nextBytes(random);
            try {
                return createFolder(prefix + HexFormat.of().formatHex(random));
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
            }
        }
    }

    abstract void checkOwnerOnly(Path made) throws IOException;

    static void checkOwnerOnly(Path made, PosixFileAttributes a) throws IOException {
        if (!a.isDirectory()) {
            throw new NotOursException(made, "it is not a folder");
        }
        if (!a.permissions().equals(OWNER_ONLY)) {
            throw new NotOursException(
                    made, "its permissions are " + PosixFilePermissions.toString(a.permissions()));
        }
        UserPrincipal me = currentUser(made);
        if (me != null && !me.equals(a.owner())) {
            throw new NotOursException(made, "it belongs to " + a.owner().getName());
        }
    }

    private static UserPrincipal currentUser(Path on) {
        try {
            return on.getFileSystem()
                    .getUserPrincipalLookupService()
                    .lookupPrincipalByName(System.getProperty("user.name"));
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }

    /**
     * Removes a sub-folder and everything in it, through handles; links inside are removed, never
     * followed.
     */
    public final void deleteTree(String name) throws IOException {
        Optional<BasicFileAttributes> a = attributes(name);
        if (a.isEmpty()) {
            return;
        }
        if (a.get().isDirectory()) {
            try (OpenFolder sub = folder(name)) {
                for (String entry : sub.names()) {
                    sub.deleteTree(entry);
                }
            }
        }
        delete(name);
    }

    static Path single(String name) {
        if (name.isEmpty()
                || name.equals(".")
                || name.equals("..")
                || name.indexOf('/') >= 0
                || name.indexOf('\\') >= 0
                || name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("not a name within a folder: " + name);
        }
        return Path.of(name);
    }

    /** A directory handle: names are looked up by the system in the open folder. */
    private static final class Handle extends OpenFolder {
        private final SecureDirectoryStream<Path> stream;

        Handle(Path path, SecureDirectoryStream<Path> stream) {
            super(path);
            this.stream = stream;
        }

        @Override
        public OpenFolder folder(String name) throws IOException {
            Optional<BasicFileAttributes> a = attributes(name);
            if (a.isEmpty()) {
                throw new NoSuchFileException(resolve(name).toString());
            }
            if (!a.get().isDirectory()) {
                throw new NotAFolderException(
                        resolve(name),
                        a.get().isSymbolicLink()
                                ? "a link"
                                : a.get().isRegularFile() ? "a file" : "a device, pipe or socket");
            }
            try {
                return new Handle(
                        resolve(name),
                        stream.newDirectoryStream(single(name), LinkOption.NOFOLLOW_LINKS));
            } catch (FileSystemException e) {
                // swapped between the look and the open: O_NOFOLLOW refuses a link (ELOOP),
                // fdopendir a file
                throw new NotAFolderException(
                        resolve(name),
                        "no longer the folder it was a moment ago (" + e.getReason() + ")");
            }
        }

        @Override
        public Optional<BasicFileAttributes> attributes(String name) throws IOException {
            try {
                return Optional.of(
                        stream.getFileAttributeView(
                                        single(name),
                                        BasicFileAttributeView.class,
                                        LinkOption.NOFOLLOW_LINKS)
                                .readAttributes());
            } catch (NoSuchFileException e) {
                return Optional.empty();
            }
        }

        @Override
        public List<String> names() throws IOException {
            List<String> names = new ArrayList<>();
            // a directory stream is iterated once: a fresh one of the same open folder for each
            // listing
            try (DirectoryStream<Path> entries =
                    stream.newDirectoryStream(Path.of("."), LinkOption.NOFOLLOW_LINKS)) {
                for (Path entry : entries) {
                    names.add(entry.getFileName().toString());
                }
            }
            return names;
        }

        @Override
        public SeekableByteChannel create(String name) throws IOException {
            Set<OpenOption> options =
                    Set.of(
                            StandardOpenOption.CREATE_NEW,
                            StandardOpenOption.WRITE,
                            LinkOption.NOFOLLOW_LINKS);
            return stream.newByteChannel(single(name), options);
        }

        @Override
        SeekableByteChannel openForReading(String name) throws IOException {
            return stream.newByteChannel(
                    single(name), Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS));
        }

        @Override
        public SeekableByteChannel openForWriting(String name) throws IOException {
            return stream.newByteChannel(
                    single(name), Set.of(StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS));
        }

        @Override
        public void move(String name, OpenFolder to, String toName) throws IOException {
            if (!(to instanceof Handle target)) {
                throw new IllegalArgumentException("both folders must be handles");
            }
            stream.move(single(name), target.stream, single(toName));
        }

        @Override
        public void delete(String name) throws IOException {
            Optional<BasicFileAttributes> a = attributes(name);
            if (a.isPresent() && a.get().isDirectory()) {
                stream.deleteDirectory(single(name));
            } else {
                stream.deleteFile(single(name));
            }
        }

        @Override
        public Object key() throws IOException {
            return stream.getFileAttributeView(BasicFileAttributeView.class)
                    .readAttributes()
                    .fileKey();
        }

        @Override
        void checkOwnerOnly(Path made) throws IOException {
            checkOwnerOnly(
                    made,
                    stream.getFileAttributeView(PosixFileAttributeView.class).readAttributes());
        }

        @Override
        public void close() throws IOException {
            stream.close();
        }
    }

    /**
     * Where Java has no directory handles: names resolved from the path, each checked not to be a
     * link.
     */
    private static final class Named extends OpenFolder {
        Named(Path path) {
            super(path);
        }

        @Override
        public OpenFolder folder(String name) throws IOException {
            Path sub = resolve(single(name).toString());
            BasicFileAttributes a =
                    Files.readAttributes(sub, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!a.isDirectory() || a.isOther()) {
                // isOther: a Windows junction, which Java reports as a folder that is also
                // something else
                throw new NotAFolderException(
                        sub,
                        a.isSymbolicLink() || a.isOther()
                                ? "a link"
                                : a.isRegularFile() ? "a file" : "a device, pipe or socket");
            }
            return new Named(sub);
        }

        @Override
        public Optional<BasicFileAttributes> attributes(String name) throws IOException {
            try {
                return Optional.of(
                        Files.readAttributes(
                                resolve(single(name).toString()),
                                BasicFileAttributes.class,
                                LinkOption.NOFOLLOW_LINKS));
            } catch (NoSuchFileException e) {
                return Optional.empty();
            }
        }

        @Override
        public List<String> names() throws IOException {
            List<String> names = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(path())) {
                for (Path entry : entries) {
                    names.add(entry.getFileName().toString());
                }
            }
            return names;
        }

        @Override
        public SeekableByteChannel create(String name) throws IOException {
            return Files.newByteChannel(
                    resolve(single(name).toString()),
                    StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS);
        }

        @Override
        SeekableByteChannel openForReading(String name) throws IOException {
            return Files.newByteChannel(
                    resolve(single(name).toString()),
                    StandardOpenOption.READ,
                    LinkOption.NOFOLLOW_LINKS);
        }

        @Override
        public SeekableByteChannel openForWriting(String name) throws IOException {
            return Files.newByteChannel(
                    resolve(single(name).toString()),
                    StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS);
        }

        @Override
        public void move(String name, OpenFolder to, String toName) throws IOException {
            Path target = to.resolve(single(toName).toString());
            Files.move(resolve(single(name).toString()), target, StandardCopyOption.ATOMIC_MOVE);
        }

        @Override
        public void delete(String name) throws IOException {
            Files.delete(resolve(single(name).toString()));
        }

        @Override
        public Object key() throws IOException {
            return Files.readAttributes(
                            path(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                    .fileKey();
        }

        @Override
        void checkOwnerOnly(Path made) throws IOException {
            checkOwnerOnly(
                    made,
                    Files.readAttributes(
                            made, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
        }

        @Override
        public void close() {
            // nothing is held open
        }
    }
}
