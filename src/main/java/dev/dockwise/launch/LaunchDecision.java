package dev.dockwise.launch;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Whether a start runs the program in this JVM or in a child JVM with options that {@code java -jar
 * dockwise.jar} cannot carry (the wizard with class-data sharing, {@code plan} with batch
 * settings). A child is only worth it in the plain case; everything unusual runs here, because a
 * child that cannot repeat the parent's start exactly fails where the parent would not.
 */
public final class LaunchDecision {
    /** What the user asked for, as far as the launch cares. */
    public enum Command {
        WIZARD,
        PLAN,
        OTHER
    }

    /** Where the program runs. */
    public enum Outcome {
        HERE,
        WIZARD_CHILD,
        BATCH_CHILD
    }

    /**
     * The facts the decision rests on, gathered once from the running JVM (see {@link Launch}).
     *
     * @param launcherName the file name of the program that started this JVM ({@code java}, {@code
     *     javaw.exe}, an app launcher)
     * @param jarClassPath whether the class path is all jar files (a folder of classes can't be
     *     handed on)
     * @param jvmOptions this JVM's own input arguments, as the JVM reports them; asked for only
     *     when they can change the outcome (reading them loads the management classes, which the
     *     installed app's start can do without)
     */
    public record Start(
            Command command,
            boolean child,
            boolean relaunchOff,
            boolean cdsOff,
            boolean packagedApp,
            String launcherName,
            boolean jarClassPath,
            int javaFeature,
            boolean hotSpot,
            Supplier<List<String>> jvmOptions) {}

    /** The outcome and, for whoever debugs a start, why. */
    public record Decision(Outcome outcome, String why) {}

    static final int MIN_JAVA_FOR_CDS = 13;

    private LaunchDecision() {}

    public static Decision decide(Start s) {
        if (s.command() == Command.OTHER) {
            return here("only the wizard and plan gain from a child JVM");
        }
        if (s.child()) {
            return here("this is the child");
        }
        if (s.relaunchOff()) {
            return here("DOCKWISE_RELAUNCH=off (or -Ddockwise.relaunch=off)");
        }
        if (s.packagedApp()) {
            return here("the installed app's launcher carries its own options");
        }
        String launcher = s.launcherName().toLowerCase(Locale.ROOT);
        if (!launcher.equals("java")
                && !launcher.equals("java.exe")
                && !launcher.equals("javaw.exe")) {
            return here("not started by a plain java launcher (" + s.launcherName() + ")");
        }
        if (!s.jarClassPath()) {
            return here("the class path is not all jars");
        }
        List<String> options = s.jvmOptions().get();
        if (options.stream().anyMatch(LaunchDecision::debugsOrInstruments)) {
            // the child would be a second process to debug, and a fixed debugger port is already
            // taken by this one
            return here("a debugger or agent is attached to this JVM");
        }
        if (s.command() == Command.WIZARD) {
            if (s.cdsOff() || s.javaFeature() < MIN_JAVA_FOR_CDS || !s.hotSpot()) {
                return here("class-data sharing is off or not available in this JVM");
            }
            if (options.stream()
                    .anyMatch(
                            o ->
                                    o.startsWith("-XX:SharedArchiveFile")
                                            || o.startsWith("-Xshare"))) {
                return here("the start already chooses a class-data archive");
            }
            return new Decision(
                    Outcome.WIZARD_CHILD,
                    "a plain java start of the wizard: a child with a class-data archive");
        }
        if (options.stream().anyMatch(BatchJvm::tunes)) {
            return here("the user set memory, the collector or the compiler: theirs wins");
        }
        return new Decision(
                Outcome.BATCH_CHILD, "a plain java start of plan: a child with batch settings");
    }

    /** Options that attach a debugger, a profiler or an agent to the JVM. */
    static boolean debugsOrInstruments(String option) {
        return option.startsWith("-agentlib:")
                || option.startsWith("-agentpath:")
                || option.startsWith("-javaagent:")
                || option.equals("-Xdebug")
                || option.startsWith("-Xrunjdwp");
    }

    private static Decision here(String why) {
        return new Decision(Outcome.HERE, why);
    }
}
