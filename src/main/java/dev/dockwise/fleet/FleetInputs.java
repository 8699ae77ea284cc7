package dev.dockwise.fleet;

import dev.dockwise.files.BoundedRead;
import dev.dockwise.files.FileNames;
import dev.dockwise.files.ShownName;
import dev.dockwise.profile.ProfileReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds a fleet's profiles: every {@code *.json} file in a folder (sorted, not recursive), or every
 * non-blank line of a JSON Lines file. Output names are made unique and safe for every file system.
 * Reading is bounded: a profile (a file or a line) over the profile limit is reported as unreadable
 * without being read whole, a path that is not a regular file is refused, and all profiles together
 * may not pass {@link #MAX_TOTAL_BYTES}.
 */
public final class FleetInputs {
    /** What a whole fleet may weigh: 50,000 profiles of 2 KB are 100 MB. */
    public static final long MAX_TOTAL_BYTES = 512L * 1024 * 1024;

    private FleetInputs() {}

    /** The fleet's profiles weigh more than {@link #MAX_TOTAL_BYTES}. */
    public static final class TooManyException extends IOException {
        TooManyException(Path location) {
            super(
                    "the profiles in "
                            + ShownName.of(location)
                            + " add up to more than "
                            + MAX_TOTAL_BYTES / (1024 * 1024)
                            + " MB: plan the fleet in parts");
        }
    }

    public static List<HostSource> read(Path location) throws IOException {
        if (Files.isDirectory(location)) {
            return folder(location);
        }
        if (!Files.exists(location)) {
            throw new NoSuchFileException(location.toString());
        }
        BoundedRead.regularFile(location);
        return jsonLines(location);
    }

    private static List<HostSource> folder(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files =
                    list.filter(
                                    p ->
                                            p.getFileName()
                                                            .toString()
                                                            .toLowerCase(Locale.ROOT)
                                                            .endsWith(".json")
                                                    && !Files.isDirectory(p))
                            .sorted()
                            .toList();
        }
        Set<String> taken = new HashSet<>();
        List<HostSource> sources = new ArrayList<>(files.size());
        long total = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            String stem = name.replaceFirst("(?i)(\\.dockwise)?\\.json$", "");
            String base = unique(FileNames.safe(stem, "host"), taken);
            try {
                byte[] json = BoundedRead.whole(file, ProfileReader.MAX_BYTES);
                total += json.length;
                if (total > MAX_TOTAL_BYTES) {
                    throw new TooManyException(dir);
                }
                sources.add(HostSource.of(name, base, json));
            } catch (BoundedRead.TooLargeException e) {
                sources.add(
                        HostSource.unreadable(
                                name,
                                base,
                                ProfileReader.tooLarge(ShownName.of(name), e.size()).message()));
            } catch (BoundedRead.NotAFileException e) {
                sources.add(
                        HostSource.unreadable(
                                name,
                                base,
                                ShownName.of(name)
                                        + " is not a regular file (a device, pipe or socket)"));
            }
        }
        return sources;
    }

    private static List<HostSource> jsonLines(Path file) throws IOException {
        List<HostSource> sources = new ArrayList<>();
        String fileName = file.getFileName().toString();
        long total = 0;
        try (InputStream in = Files.newInputStream(file)) {
            BoundedLines lines = new BoundedLines(in, ProfileReader.MAX_BYTES);
            for (BoundedLines.Line line = lines.next(); line != null; line = lines.next()) {
                String origin = fileName + " line " + line.number();
                String base = String.format("line-%06d", line.number());
                if (line.tooLong()) {
                    sources.add(
                            HostSource.unreadable(
                                    origin,
                                    base,
                                    ProfileReader.tooLarge("the line", line.length()).message()));
                    continue;
                }
                if (!line.blank()) {
                    total += line.bytes().length;
                    if (total > MAX_TOTAL_BYTES) {
                        throw new TooManyException(file);
                    }
                    sources.add(HostSource.of(origin, base, line.bytes()));
                }
            }
        }
        return sources;
    }

    /** Unique ignoring case, because Windows and macOS file systems ignore it. */
    private static String unique(String base, Set<String> taken) {
        String candidate = base;
        for (int i = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); i++) {
            candidate = base + "-" + i;
        }
        return candidate;
    }

    /** Lines of at most a limit of bytes; the rest of a longer line is skipped, not kept. */
    static final class BoundedLines {
        private final InputStream in;
        private final int max;
        private int number;
        private boolean ended;

        record Line(int number, byte[] bytes, long length, boolean tooLong) {
            boolean blank() {
                for (byte b : bytes) {
                    if (!Character.isWhitespace(b)) {
                        return false;
                    }
                }
                return true;
            }
        }

        BoundedLines(InputStream in, int max) {
            this.in = new java.io.BufferedInputStream(in, 64 * 1024);
            this.max = max;
        }

        Line next() throws IOException {
            if (ended) {
                return null;
            }
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            long length = 0;
            int b = in.read();
            if (b < 0) {
                return null;
            }
            number++;
            while (b >= 0 && b != '\n') {
                if (length < max) {
                    line.write(b);
                }
                length++;
                b = in.read();
            }
            ended = b < 0;
            byte[] bytes = line.toByteArray();
            if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
                bytes = java.util.Arrays.copyOf(bytes, bytes.length - 1);
                length--;
            }
            if (number == 1
                    && bytes.length >= 3
                    && (bytes[0] & 0xff) == 0xef
                    && (bytes[1] & 0xff) == 0xbb
                    && (bytes[2] & 0xff) == 0xbf) {
                bytes = java.util.Arrays.copyOfRange(bytes, 3, bytes.length);
                length -= 3;
            }
            return new Line(number, length > max ? new byte[0] : bytes, length, length > max);
        }
    }
}
