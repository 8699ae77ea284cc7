package dev.dockwise.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dockwise.launch.LaunchDecision.Command;
import dev.dockwise.launch.LaunchDecision.Outcome;
import dev.dockwise.launch.LaunchDecision.Start;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A child JVM only in the plain case: each row changes one fact of a plain {@code java -jar} start.
 */
class LaunchDecisionTest {

    private static Start start(Command command, String change, String options) {
        List<String> jvm =
                options.isBlank() ? List.of() : Arrays.asList(options.trim().split("\\s+"));
        return new Start(
                command,
                change.equals("child"),
                change.equals("relaunch off"),
                change.equals("cds off"),
                change.equals("installed app"),
                change.equals("app launcher")
                        ? "Dockwise"
                        : change.equals("windowed") ? "javaw.exe" : "java",
                !change.equals("class folder"),
                change.equals("java 11") ? 11 : 17,
                !change.equals("openj9"),
                () -> jvm);
    }

    @org.junit.jupiter.api.Test
    void theJvmsOptionsAreNotReadWhereTheyCannotMatter() {
        for (String change :
                List.of("child", "relaunch off", "installed app", "app launcher", "class folder")) {
            Start s =
                    new Start(
                            Command.WIZARD,
                            change.equals("child"),
                            change.equals("relaunch off"),
                            false,
                            change.equals("installed app"),
                            change.equals("app launcher") ? "Dockwise" : "java",
                            !change.equals("class folder"),
                            17,
                            true,
                            () -> {
                                throw new AssertionError("options read for " + change);
                            });
            assertEquals(Outcome.HERE, LaunchDecision.decide(s).outcome());
        }
    }

    @ParameterizedTest(name = "{0} + {1} [{2}] -> {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "WIZARD | plain         |                                                         "
                        + " | WIZARD_CHILD",
                "PLAN   | plain         |                                                         "
                        + " | BATCH_CHILD",
                "OTHER  | plain         |                                                         "
                        + " | HERE",
                "WIZARD | windowed      |                                                         "
                        + " | WIZARD_CHILD",
                "WIZARD | child         |                                                         "
                        + " | HERE",
                "PLAN   | relaunch off  |                                                         "
                        + " | HERE",
                "WIZARD | relaunch off  |                                                         "
                        + " | HERE",
                "WIZARD | installed app |                                                         "
                        + " | HERE",
                "PLAN   | app launcher  |                                                         "
                        + " | HERE",
                "PLAN   | class folder  |                                                         "
                        + " | HERE",
                "WIZARD | cds off       |                                                         "
                        + " | HERE",
                "PLAN   | cds off       |                                                         "
                        + " | BATCH_CHILD",
                "WIZARD | java 11       |                                                         "
                        + " | HERE",
                "WIZARD | openj9        |                                                         "
                        + " | HERE",
                "PLAN   | plain         | -agentlib:jdwp=transport=dt_socket,server=y,address=5005"
                        + " | HERE",
                "WIZARD | plain         | -agentlib:jdwp=transport=dt_socket,server=y,address=5005"
                        + " | HERE",
                "PLAN   | plain         | -javaagent:/opt/profiler.jar                             "
                        + " | HERE",
                "PLAN   | plain         | -Xdebug -Xrunjdwp:transport=dt_socket                    "
                        + " | HERE",
                "PLAN   | plain         | -Xmx2g                                                   "
                        + " | HERE",
                "PLAN   | plain         | -XX:+UseG1GC                                             "
                        + " | HERE",
                "WIZARD | plain         | -Xmx2g                                                   "
                        + " | WIZARD_CHILD",
                "PLAN   | plain         | --add-modules=java.sql -Dfile.encoding=UTF-8             "
                        + " | BATCH_CHILD",
                "WIZARD | plain         | -XX:SharedArchiveFile=/opt/dockwise/lib/app/dockwise.jsa "
                        + " | HERE",
                "WIZARD | plain         | -Xshare:off                                              "
                        + " | HERE",
            })
    void aChildOnlyInThePlainCase(
            Command command, String change, String options, Outcome expected) {
        LaunchDecision.Decision d =
                LaunchDecision.decide(
                        start(command, change.trim(), options == null ? "" : options));
        assertEquals(expected, d.outcome(), d.why());
    }
}
