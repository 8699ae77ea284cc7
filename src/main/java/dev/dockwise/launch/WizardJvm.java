package dev.dockwise.launch;

import java.util.List;
import java.util.Locale;

/**
 * The wizard's child JVM runs with the quick compiler only. On two cores the optimising compiler
 * took processor time from the first frame's styling and painting, for code that a wizard waiting
 * on its user rarely runs hot: by pixels under Xvfb (median of 7, 2 cores) the first painted frame
 * came at 1.41x a hello-world window's with both compilers and 1.15x with the quick one alone.
 * Input to updated UI went from 11.3 to 14.3 ms at the median (p95 38.0 and 32.7 ms against 34.6
 * and 29.9 ms), all within a frame, and the process's peak memory fell (475-539 MB to 383-467 MB).
 * The installed app's launchers carry the same option (installer/app-image.txt).
 */
public final class WizardJvm {
    /** Also the installed app's options (installer/app-image.txt). */
    public static final List<String> OPTIONS = List.of("-XX:TieredStopAtLevel=1");

    private WizardJvm() {}

    /**
     * The options for a child started with these JAVA_TOOL_OPTIONS and JDK_JAVA_OPTIONS (either may
     * be null): none when the user already chose the compiler there, since the child's own command
     * line would override the environment's choice. A choice on the parent's command line needs no
     * such care: it is handed on after these and wins.
     */
    static List<String> options(String toolOptions, String jdkOptions) {
        return choosesCompiler(toolOptions) || choosesCompiler(jdkOptions) ? List.of() : OPTIONS;
    }

    private static boolean choosesCompiler(String options) {
        if (options == null) {
            return false;
        }
        String o = options.toLowerCase(Locale.ROOT);
        return o.contains("tiered") || o.contains("-xint") || o.contains("-xcomp");
    }
}
