package dev.dockwise.launch;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Class-data sharing for the wizard under {@code java -jar dockwise.jar}. The jar's main runs the
 * wizard in a child JVM (see {@link ChildJvm}): the first time with {@code
 * -XX:ArchiveClassesAtExit}, so that the classes it loaded are archived when it exits, and from
 * then on with {@code -XX:SharedArchiveFile}, which maps them instead of loading and verifying
 * about five thousand classes from the jar. Measured (Xvfb, 2 cores, median of 7 starts): first
 * frame 1.32 s this way, 1.47 s in one JVM, 1.03 s for a hello-world JavaFX window; the waiting
 * parent JVM holds about 47 MB. Only the wizard: a command-line run measured the same with and
 * without an archive.
 *
 * <p>HotSpot 13 or later only. The archive is named after the JDK and the jars' sizes and dates, so
 * that a changed jar or JDK makes a new one rather than being refused; it lives in the per-user
 * cache folder. {@code -Ddockwise.cds=off} or {@code DOCKWISE_CDS=off} turns it off.
 */
final class ClassDataSharing {
    /** When the user started Dockwise: the parent's start, for the startup benchmark. */
    public static final String LAUNCHED_AT = "dockwise.launchedAt";

    private static final String PREFIX = "wizard-";

    private ClassDataSharing() {}

    /**
     * Runs the wizard in a child JVM with class-data sharing; empty when it could not be started
     * (then it runs here).
     */
    static OptionalInt relaunch(String[] args) {
        Optional<Path> java = ChildJvm.launcher(true);
        if (java.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            Path dir = Files.createDirectories(cacheDir());
            Path archive = dir.resolve(name(ChildJvm.classPath()));
            boolean use = Files.isRegularFile(archive) && Files.size(archive) > 0;
            sweepAbandoned(dir);
            Path making =
                    use ? null : dir.resolve(".making-" + ProcessHandle.current().pid() + ".jsa");
            List<String> options =
                    new ArrayList<>(
                            List.of(
                                    use
                                            ? "-XX:SharedArchiveFile=" + archive
                                            : "-XX:ArchiveClassesAtExit=" + making,
                                    "-Xlog:cds=off",
                                    "-Xlog:cds+dynamic=off"));
            options.addAll(
                    WizardJvm.options(
                            System.getenv("JAVA_TOOL_OPTIONS"), System.getenv("JDK_JAVA_OPTIONS")));
            if (System.getProperty("dockwise.startupProbe") != null) {
                // the startup benchmark counts from the user's start, not the child's
                options.add(
                        "-D"
                                + LAUNCHED_AT
                                + "="
                                + ManagementFactory.getRuntimeMXBean().getStartTime());
            }
            return OptionalInt.of(
                    ChildJvm.run(
                            ChildJvm.command(java.get(), options, args),
                            () -> {
                                if (making != null) {
                                    keep(making, archive, dir);
                                }
                            }));
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            return OptionalInt.empty();
        }
    }

    /** Whether -Ddockwise.cds=off or DOCKWISE_CDS=off asks for no archive. */
    static boolean off() {
        return "off".equalsIgnoreCase(System.getProperty("dockwise.cds"))
                || "off".equalsIgnoreCase(System.getenv("DOCKWISE_CDS"));
    }

    /**
     * HotSpot names itself "OpenJDK 64-Bit Server VM" or "Java HotSpot(TM) ..."; OpenJ9 and others
     * have other archives.
     */
    static boolean hotSpot() {
        String vm = System.getProperty("java.vm.name", "");
        return vm.contains("HotSpot") || vm.startsWith("OpenJDK");
    }

    /**
     * The archive the child wrote at exit becomes the one to use; older archives go. Never fails:
     * the archive is made again next time.
     */
    /**
     * Removes the archives a child that was killed while it wrote one left behind (about 25 MB
     * each): a {@code .making-PID.jsa} whose process is gone. Only that name, only regular files,
     * never a running process's; never fails.
     */
    static void sweepAbandoned(Path dir) {
        try (DirectoryStream<Path> making = Files.newDirectoryStream(dir, ".making-*.jsa")) {
            for (Path p : making) {
                String pid = p.getFileName().toString().replaceAll("^\\.making-|\\.jsa$", "");
                if (pid.matches("\\d{1,18}")
                        && ProcessHandle.of(Long.parseLong(pid)).isEmpty()
                        && Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            // left for the next start
        }
    }

    private static void keep(Path making, Path archive, Path dir) {
        try {
            if (!Files.isRegularFile(making) || Files.size(making) == 0) {
                Files.deleteIfExists(making);
                return;
            }
            try {
                Files.move(
                        making,
                        archive,
                        StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(making, archive, StandardCopyOption.REPLACE_EXISTING);
            }
            try (DirectoryStream<Path> old = Files.newDirectoryStream(dir, PREFIX + "*.jsa")) {
                for (Path p : old) {
                    if (!p.equals(archive)) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        } catch (IOException e) {
            // the archive is made again next time; the program itself has run
        }
    }

    private static String name(List<Path> classPath) throws IOException {
        StringBuilder identity =
                new StringBuilder(
                        System.getProperty("java.home")
                                + "|"
                                + System.getProperty("java.vm.version"));
        for (Path jar : classPath) {
            identity.append('|')
                    .append(jar)
                    .append('|')
                    .append(Files.size(jar))
                    .append('|')
                    .append(Files.getLastModifiedTime(jar).toMillis());
        }
        return PREFIX + Integer.toHexString(identity.toString().hashCode()) + ".jsa";
    }

    /**
     * The per-user cache folder of each system (archives can be remade, so they don't belong with
     * settings).
     */
    private static Path cacheDir() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            return Path.of(local != null ? local : home, "Dockwise", "cache");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Caches", "Dockwise");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".cache"))
                .resolve("dockwise");
    }
}
