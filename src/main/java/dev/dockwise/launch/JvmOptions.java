package dev.dockwise.launch;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * This JVM's options as the JVM itself got them ({@code --add-modules=java.sql}, one token each),
 * rather than re-read from the command line, where options of two words ({@code --add-modules
 * java.sql}, {@code --module-path dir}) can't be told from the program's arguments.
 */
final class JvmOptions {
    private JvmOptions() {}

    /** Every option of this JVM, those from JAVA_TOOL_OPTIONS and JDK_JAVA_OPTIONS included. */
    static List<String> ofThisJvm() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments();
    }

    /**
     * The options to give a child JVM: all of this JVM's but those that reached it through
     * JAVA_TOOL_OPTIONS or JDK_JAVA_OPTIONS, which the child inherits in its environment and would
     * otherwise get twice.
     */
    static List<String> forChild(
            List<String> inputArguments, String javaToolOptions, String jdkJavaOptions) {
        List<String> options = new ArrayList<>(inputArguments);
        for (String fromEnvironment :
                List.of(
                        javaToolOptions == null ? "" : javaToolOptions,
                        jdkJavaOptions == null ? "" : jdkJavaOptions)) {
            for (String token : fromEnvironment.trim().split("\\s+")) {
                if (!token.isEmpty()) {
                    options.remove(token);
                }
            }
        }
        return options;
    }

    static List<String> forChild() {
        return forChild(
                ofThisJvm(), System.getenv("JAVA_TOOL_OPTIONS"), System.getenv("JDK_JAVA_OPTIONS"));
    }
}
