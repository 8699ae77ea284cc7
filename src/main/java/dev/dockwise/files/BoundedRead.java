package dev.dockwise.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Objects;

/**
 * Every file Dockwise reads is read through here: only regular files (a FIFO would block for ever,
 * {@code /dev/zero} never ends), and never more than a limit, also when a file grows while it is
 * read. What is opened is checked, not only the name before it: a pipe swapped in between the look
 * and the open is refused instead of waited on (see {@link SafeOpen}).
 */
public final class BoundedRead {
    private BoundedRead() {}

    /** The path names a folder, a device, a pipe or a socket: nothing to read as a file. */
    public static final class NotAFileException extends IOException {
        private final boolean folder;

        NotAFileException(Path file, boolean folder) {
            super(
                    ShownName.of(file)
                            + (folder
                                    ? " is a folder, not a file"
                                    : " is not a regular file (a device, pipe or socket)"));
            this.folder = folder;
        }

        public boolean folder() {
            return folder;
        }
    }

    /** The file is bigger than what may be read of it. */
    public static final class TooLargeException extends IOException {
        private final long size;
        private final long limit;

        TooLargeException(Path file, long size, long limit) {
            super(ShownName.of(file) + " is larger than " + limit / 1024 + " KB");
            this.size = size;
            this.limit = limit;
        }

        /** At least this many bytes (the file may still grow). */
        public long size() {
            return size;
        }

        public long limit() {
            return limit;
        }
    }

    /** Checks the path is a regular file (following links) and returns its size. */
    public static long regularFile(Path file) throws IOException {
        return regular(file).size();
    }

    private static BasicFileAttributes regular(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (!attributes.isRegularFile()) {
            throw new NotAFileException(file, attributes.isDirectory());
        }
        return attributes;
    }

    /** The whole file, which must be a regular file of at most {@code max} bytes. */
    public static byte[] whole(Path file, int max) throws IOException {
        BasicFileAttributes before = regular(file);
        if (before.size() > max) {
            throw new TooLargeException(file, before.size(), max);
        }
        try (FileChannel channel = open(file, before)) {
            return drain(file, channel, max);
        }
    }

    /** The first {@code max} bytes of a regular file (all of it when smaller). */
    public static byte[] head(Path file, int max) throws IOException {
        try (FileChannel channel = open(file, regular(file))) {
            return readFrom(channel, 0, max);
        }
    }

    /**
     * The last {@code max} bytes of a regular file (all of it when smaller): logs end with their
     * failure.
     */
    public static byte[] tail(Path file, int max) throws IOException {
        return tail(file, max, 1);
    }

    /**
     * As {@link #tail(Path, int)}, starting at a multiple of {@code unit} bytes from the file's
     * start (2 for UTF-16, so a cut never falls inside a character).
     */
    public static byte[] tail(Path file, int max, int unit) throws IOException {
        BasicFileAttributes before = regular(file);
        try (FileChannel channel = open(file, before)) {
            long size = channel.size();
            long start = Math.max(0, size - max);
            start += (unit - start % unit) % unit;
            return readFrom(channel, start, (int) Math.min(max, size - start));
        }
    }

    private static byte[] readFrom(FileChannel channel, long start, int max) throws IOException {
        channel.position(start);
        ByteBuffer buffer =
                ByteBuffer.allocate((int) Math.max(0, Math.min(max, channel.size() - start)));
        while (buffer.hasRemaining() && channel.read(buffer) > 0) {
            // fill; a file that shrank while read gives what is there
        }
        return Arrays.copyOf(buffer.array(), buffer.position());
    }

    /**
     * Reads at most {@code max} bytes of an open file; one more means it is (or has grown) too
     * large.
     */
    static byte[] drain(Path file, SeekableByteChannel channel, int max) throws IOException {
        ByteBuffer buffer =
                ByteBuffer.allocate(
                        (int) Math.min((long) max + 1, Math.max(channel.size(), 8192) + 1));
        while (true) {
            if (!buffer.hasRemaining()) {
                if (buffer.capacity() > max) {
                    throw new TooLargeException(file, buffer.capacity(), max);
                }
                buffer =
                        ByteBuffer.allocate((int) Math.min((long) max + 1, buffer.capacity() * 2L))
                                .put(buffer.flip());
            }
            if (channel.read(buffer) < 0) {
                return Arrays.copyOf(buffer.array(), buffer.position());
            }
        }
    }

    /**
     * Opens what was a regular file a moment ago and checks that what was opened still is that
     * file: a pipe put in its place is refused (see {@link SafeOpen}), as is anything that cannot
     * be sought in or is no longer the file that was looked at.
     */
    private static FileChannel open(Path file, BasicFileAttributes before) throws IOException {
        FileChannel channel =
                SafeOpen.open(
                        file,
                        () -> FileChannel.open(file, StandardOpenOption.READ),
                        () -> Files.readAttributes(file, BasicFileAttributes.class));
        try {
            channel.position(0);
            BasicFileAttributes after = Files.readAttributes(file, BasicFileAttributes.class);
            if (!after.isRegularFile() || !Objects.equals(before.fileKey(), after.fileKey())) {
                throw new NotAFileException(file, after.isDirectory());
            }
            return channel;
        } catch (IOException e) {
            channel.close();
            // a pipe or socket cannot be sought in (ESPIPE): it was swapped in after the look
            throw e instanceof NotAFileException ? e : new NotAFileException(file, false);
        }
    }
}
