package dev.dockwise.launch;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs the program again in a child JVM with options that {@code java -jar dockwise.jar} cannot
 * carry (a jar's manifest holds no JVM options). The child gets this JVM's own options and the same
 * arguments; its standard output and error pass through, its exit code becomes ours, a stop request
 * (Ctrl+C, a logout, kill) stops it the same way, and a parent killed outright takes the child with
 * it: the child's standard input is a pipe from the parent, which the system closes when the parent
 * dies, and the child exits at that end of input (running its shutdown hooks, which end in
 * seconds). Neither the wizard nor {@code plan} reads standard input, so nothing is lost by it.
 *
 * <p>{@link LaunchDecision} says when: only for a plain {@code java} start with a class path of
 * jars and no debugger (an installed app's launcher carries its own options, and a child JVM would
 * take the app's place in the task bar). {@code -Ddockwise.relaunch=off} or {@code
 * DOCKWISE_RELAUNCH=off} turns it off, for debugging.
 */
final class ChildJvm {
    static final String CHILD = "dockwise.child";
    private static final int STOP_WAIT_SECONDS = 10;

    private ChildJvm() {}

    static boolean isChild() {
        return System.getProperty(CHILD) != null;
    }

    /** In the child: exits when the parent is gone (the end of its input pipe). */
    static void watchParent() {
        Thread watcher =
                new Thread(
                        () -> {
                            InputStream in = System.in;
                            try {
                                while (in.read() >= 0) {
                                    // the parent never writes; anything read is ignored
                                }
                            } catch (IOException e) {
                                // a broken pipe is an end too
                            }
                            // exit, not halt: a plan being written removes its staging folder on
                            // the way out (see PlanFolder)
                            System.exit(1);
                        },
                        "dockwise-parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    /**
     * The class path as absolute jar files; empty when any entry is something else (a folder of
     * classes).
     */
    static List<Path> classPath() {
        List<Path> jars = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            Path p = Path.of(entry).toAbsolutePath();
            if (entry.isEmpty() || !entry.endsWith(".jar") || !Files.isRegularFile(p)) {
                return List.of();
            }
            jars.add(p);
        }
        return jars;
    }

    /**
     * The JVM launcher in this runtime: {@code java}, or on Windows {@code java.exe} or (no
     * console) {@code javaw.exe}.
     */
    static Optional<Path> launcher(boolean windowed) {
        boolean windows =
                System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
        Path java =
                Path.of(
                        System.getProperty("java.home"),
                        "bin",
                        windows ? (windowed ? "javaw.exe" : "java.exe") : "java");
        return Files.isExecutable(java) ? Optional.of(java) : Optional.empty();
    }

    /**
     * The child's command: launcher, the given options, this JVM's options, the class path, {@link
     * Launch} and the arguments.
     */
    static List<String> command(Path launcher, List<String> options, String[] args) {
        List<String> command = new ArrayList<>();
        command.add(launcher.toString());
        command.addAll(options);
        command.addAll(JvmOptions.forChild());
        command.add("-D" + CHILD + "=true");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Launch.class.getName());
        command.addAll(List.of(args));
        return command;
    }

    /**
     * Runs the child to its end and returns its exit code; {@code afterStop} runs once it has
     * stopped, however it stopped.
     */
    static int run(List<String> command, Runnable afterStop) throws IOException {
        Process child =
                new ProcessBuilder(command)
                        .redirectInput(ProcessBuilder.Redirect.PIPE)
                        .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                        .redirectError(ProcessBuilder.Redirect.INHERIT)
                        .start();
        Thread stop =
                new Thread(
                        () -> {
                            // the stop request through the handle: Process.destroy would also close
                            // the child's input
                            // pipe, which the child takes for its parent's death and exits at once,
                            // its own clean-up cut short
                            child.toHandle().destroy();
                            try {
                                if (child.waitFor(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
                                    afterStop.run();
                                }
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        },
                        "dockwise-stop-child");
        Runtime.getRuntime().addShutdownHook(stop);
        int code;
        while (true) {
            try {
                code = child.waitFor();
                break;
            } catch (InterruptedException e) {
                child.destroy();
            }
        }
        try {
            Runtime.getRuntime().removeShutdownHook(stop);
        } catch (IllegalStateException e) {
            // shutting down already: the hook sees to the rest
            return code;
        }
        afterStop.run();
        return code;
    }
}
