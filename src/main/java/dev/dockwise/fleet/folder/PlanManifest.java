package dev.dockwise.fleet.folder;

import dev.dockwise.files.BoundedRead;
import dev.dockwise.files.OpenFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Dockwise's record of the plan it wrote into a folder: every file with its size and time of last
 * change. {@code plan --force} replaces a plan only while the folder holds exactly what the record
 * lists, each file as it was written; a file the user added, changed or put a link in place of is
 * theirs, and the plan is not replaced. Plain text, a line per file, so that it is read without a
 * JSON library and a person can see what it is.
 */
final class PlanManifest {
    static final String NAME = ".dockwise-plan";

    /** About 700,000 host files; a record beyond that is not one Dockwise wrote. */
    static final int MAX_BYTES = 64 * 1024 * 1024;

    private static final String HEADER = "Dockwise plan record 1";
    private static final String ABOUT =
            "# What Dockwise wrote in this folder. plan --force replaces these files, and only"
                    + " while each is as written.";

    /** The only names a plan has: the summaries, and hosts/ with files named by FileNames.safe. */
    private static final Pattern PLAN_NAME =
            Pattern.compile(
                    "(summary\\.csv|summary\\.html|hosts/[A-Za-z0-9_][A-Za-z0-9._-]{0,200})");

    /** A file as Dockwise wrote it. */
    record Written(long size, long modifiedMillis) {
        static Written of(BasicFileAttributes a) {
            return new Written(a.size(), a.lastModifiedTime().toMillis());
        }
    }

    /**
     * The folder holds a record file, but not one that Dockwise could have written (damaged, a
     * link, too large).
     */
    static final class UnreadableException extends IOException {
        UnreadableException(String message) {
            super(message);
        }
    }

    private final Instant written;
    private final String version;
    private final Map<String, Written> files;

    private PlanManifest(Instant written, String version, Map<String, Written> files) {
        this.written = written;
        this.version = version;
        this.files = files;
    }

    Instant written() {
        return written;
    }

    String version() {
        return version;
    }

    int fileCount() {
        return files.size();
    }

    /**
     * Records the plan laid out in {@code plan} (a staging folder): the summaries and every file in
     * hosts/.
     */
    static PlanManifest record(OpenFolder plan, String version, Instant now) throws IOException {
        Map<String, Written> files = new TreeMap<>();
        for (String summary : List.of(PlanLayout.SUMMARY_CSV, PlanLayout.SUMMARY_HTML)) {
            files.put(
                    summary,
                    Written.of(
                            plan.attributes(summary)
                                    .orElseThrow(
                                            () ->
                                                    new NoSuchFileException(
                                                            plan.resolve(summary).toString()))));
        }
        try (OpenFolder hosts = plan.folder(PlanLayout.HOSTS)) {
            for (String host : hosts.names()) {
                files.put(
                        PlanLayout.HOSTS + "/" + host,
                        Written.of(
                                hosts.attributes(host)
                                        .orElseThrow(
                                                () ->
                                                        new NoSuchFileException(
                                                                hosts.resolve(host).toString()))));
            }
        }
        return new PlanManifest(now, version, files);
    }

    void writeInto(OpenFolder plan) throws IOException {
        StringBuilder text = new StringBuilder(64 * (files.size() + 4));
        text.append(HEADER).append('\n').append(ABOUT).append('\n');
        text.append("written\t").append(written).append('\n');
        text.append("by\tDockwise ").append(version.replaceAll("[^\\w.+-]", "")).append('\n');
        files.forEach(
                (name, w) ->
                        text.append("file\t")
                                .append(w.size())
                                .append('\t')
                                .append(w.modifiedMillis())
                                .append('\t')
                                .append(name)
                                .append('\n'));
        plan.write(NAME, text.toString().getBytes(StandardCharsets.UTF_8), true);
    }

    /** The folder's record, or empty when it has none. */
    static Optional<PlanManifest> read(OpenFolder dir) throws IOException {
        Optional<BasicFileAttributes> a = dir.attributes(NAME);
        if (a.isEmpty()) {
            return Optional.empty();
        }
        if (!a.get().isRegularFile()) {
            throw new UnreadableException(NAME + " is not a file Dockwise wrote");
        }
        byte[] bytes;
        try {
            bytes = dir.read(NAME, MAX_BYTES);
        } catch (BoundedRead.TooLargeException e) {
            throw new UnreadableException(NAME + " is larger than any record Dockwise writes");
        } catch (BoundedRead.NotAFileException e) {
            throw new UnreadableException(NAME + " is not a file Dockwise wrote");
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        return Optional.of(parse(new String(bytes, StandardCharsets.UTF_8)));
    }

    private static PlanManifest parse(String text) throws UnreadableException {
        String[] lines = text.split("\n", -1);
        if (lines.length < 4 || !lines[0].equals(HEADER) || !text.endsWith("\n")) {
            throw new UnreadableException(
                    NAME + " is not a record Dockwise wrote (or it was cut short)");
        }
        Instant written = null;
        String version = "";
        Map<String, Written> files = new HashMap<>();
        for (int i = 1; i < lines.length - 1; i++) {
            String line = lines[i];
            String[] f = line.split("\t", -1);
            try {
                if (line.startsWith("#")) {
                    continue;
                } else if (f.length == 2 && f[0].equals("written")) {
                    written = Instant.parse(f[1]);
                } else if (f.length == 2 && f[0].equals("by")) {
                    version = f[1];
                } else if (f.length == 4
                        && f[0].equals("file")
                        && PLAN_NAME.matcher(f[3]).matches()) {
                    files.put(f[3], new Written(Long.parseLong(f[1]), Long.parseLong(f[2])));
                } else {
                    throw new UnreadableException(
                            NAME + " line " + (i + 1) + " is not part of a record Dockwise writes");
                }
            } catch (NumberFormatException | DateTimeParseException e) {
                throw new UnreadableException(
                        NAME + " line " + (i + 1) + " is not part of a record Dockwise writes");
            }
        }
        if (written == null) {
            throw new UnreadableException(NAME + " does not say when the plan was written");
        }
        return new PlanManifest(written, version, files);
    }

    /**
     * What in the folder's plan is not as recorded: each named as the user sees it, with why
     * ("hosts/notes.txt", "summary.csv (changed since Dockwise wrote it)"). Empty when the plan is
     * Dockwise's own; files of the record that are gone are no concern, nothing is lost with them.
     */
    List<String> differences(OpenFolder dir) throws IOException {
        List<String> found = new ArrayList<>();
        for (String summary : List.of(PlanLayout.SUMMARY_CSV, PlanLayout.SUMMARY_HTML)) {
            difference(dir.attributes(summary), summary).ifPresent(found::add);
        }
        found.addAll(hostsDifferences(dir));
        found.sort(null);
        return found;
    }

    /**
     * As {@link #differences}, for the one entry of a plan ({@code summary.csv}, {@code hosts}, the
     * record itself) in {@code dir}.
     */
    List<String> differences(OpenFolder dir, String entry) throws IOException {
        if (entry.equals(PlanLayout.HOSTS)) {
            return hostsDifferences(dir);
        }
        if (entry.equals(NAME)) {
            Optional<BasicFileAttributes> a = dir.attributes(NAME);
            return a.isPresent() && !a.get().isRegularFile()
                    ? List.of(NAME + " (not a file)")
                    : List.of();
        }
        return difference(dir.attributes(entry), entry).map(List::of).orElse(List.of());
    }

    private List<String> hostsDifferences(OpenFolder dir) throws IOException {
        Optional<BasicFileAttributes> a = dir.attributes(PlanLayout.HOSTS);
        if (a.isEmpty()) {
            return List.of();
        }
        if (!a.get().isDirectory()) {
            return List.of(
                    PlanLayout.HOSTS
                            + (a.get().isSymbolicLink() ? " (a link)" : " (not a folder)"));
        }
        List<String> found = new ArrayList<>();
        try (OpenFolder hosts = dir.folder(PlanLayout.HOSTS)) {
            for (String host : hosts.names()) {
                difference(hosts.attributes(host), PlanLayout.HOSTS + "/" + host)
                        .ifPresent(found::add);
            }
        }
        return found;
    }

    /**
     * Whether the file is one of this record, as it was written (so that it may go with the plan).
     */
    boolean lists(String name, BasicFileAttributes a) {
        return a.isRegularFile() && Written.of(a).equals(files.get(name));
    }

    private Optional<String> difference(Optional<BasicFileAttributes> found, String name) {
        if (found.isEmpty()) {
            return Optional.empty();
        }
        BasicFileAttributes a = found.get();
        Written recorded = files.get(name);
        if (a.isSymbolicLink()) {
            return Optional.of(name + " (a link)");
        } else if (!a.isRegularFile()) {
            return Optional.of(
                    name + (a.isDirectory() ? " (a folder)" : " (a device, pipe or socket)"));
        } else if (recorded == null) {
            return Optional.of(name);
        } else if (!recorded.equals(Written.of(a))) {
            return Optional.of(name + " (changed since Dockwise wrote it)");
        }
        return Optional.empty();
    }
}
