package dev.dockwise.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Every file Dockwise reads is read through here: only regular files (a FIFO would block for ever,
 * {@code /dev/zero} never ends), and never more than a limit, also when a file grows while it is read.
 */
public final class BoundedRead {
    private BoundedRead() {
    }

    /** The path names a folder, a device, a pipe or a socket: nothing to read as a file. */
    public static final class NotAFileException extends IOException {
        private final boolean folder;

        NotAFileException(Path file, boolean folder) {
            super(ShownName.of(file) + (folder ? " is a folder, not a file" : " is not a regular file (a device, pipe or socket)"));
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
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (!attributes.isRegularFile()) {
            throw new NotAFileException(file, attributes.isDirectory());
        }
        return attributes.size();
    }

    /** The whole file, which must be a regular file of at most {@code max} bytes. */
    public static byte[] whole(Path file, int max) throws IOException {
        long size = regularFile(file);
        if (size > max) {
            throw new TooLargeException(file, size, max);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(max + 1);
            if (bytes.length > max) {
                throw new TooLargeException(file, bytes.length, max);
            }
            return bytes;
        }
    }

    /** The last {@code max} bytes of a regular file (all of it when smaller): logs end with their failure. */
    public static byte[] tail(Path file, int max) throws IOException {
        long size = regularFile(file);
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            long start = Math.max(0, size - max);
            channel.position(start);
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(max, size - start));
            while (buffer.hasRemaining() && channel.read(buffer) > 0) {
                // fill; a file that shrank while read gives what is there
            }
            byte[] bytes = new byte[buffer.position()];
            buffer.flip().get(bytes);
            return bytes;
        }
    }
}
