package dev.dockwise.launch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code plan} under {@code java -jar} runs in a child JVM (see {@link ChildJvm}) set up for a
 * batch of thousands of hosts on a desktop's JVM defaults, which suit neither: a serial collector
 * with a small fixed young generation, so that the heap grows with what the plan keeps (about 230
 * MB of memory for 50,000 hosts instead of 850 MB, as the default collector sized the heap to the
 * machine), and the quick compiler only, which halves the processor time of a 5,000-host plan (the
 * optimising compiler's work never pays back in a run of seconds on two cores). Options the user
 * gave for memory, the collector or the compiler are kept and these left out.
 */
public final class BatchJvm {
    /** Also the installed command-line launcher's options (installer/cli-launcher.properties). */
    public static final List<String> OPTIONS =
            List.of("-XX:+UseSerialGC", "-Xms64m", "-Xmn32m", "-XX:TieredStopAtLevel=1");

    private BatchJvm() {}

    /**
     * Runs the command in the batch child; empty when it could not be started (then it runs here).
     */
    static OptionalInt relaunch(String[] args) {
        Optional<Path> java = ChildJvm.launcher(false);
        if (java.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(
                    ChildJvm.run(ChildJvm.command(java.get(), OPTIONS, args), () -> {}));
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            return OptionalInt.empty();
        }
    }

    /**
     * An option of the user's about memory, the collector or the compiler: theirs wins, and the JVM
     * is left as they set it.
     */
    static boolean tunes(String option) {
        return option.startsWith("-Xm")
                || option.startsWith("-Xss")
                || option.matches(
                        "-XX:[+-]?(Use\\w*GC|MaxRAM\\w*|InitialRAM\\w*|\\w*HeapSize|TieredStopAtLevel)\\b.*");
    }
}
