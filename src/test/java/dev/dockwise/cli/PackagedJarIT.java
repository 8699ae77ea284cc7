package dev.dockwise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dockwise.Scenarios;
import dev.dockwise.Scenarios.Scenario;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The shipped artifact: {@code java -jar target/dockwise.jar} as users and other tools run it. */
class PackagedJarIT {
    @TempDir Path dir;

    record Result(int code, String out, String err) {}

    static Result java(String... args) throws IOException, InterruptedException {
        return java(false, args);
    }

    static Result java(boolean withoutDisplay, String... args)
            throws IOException, InterruptedException {
        return java(withoutDisplay, List.of(), args);
    }

    /** The jar run with JVM options of the user's (a small heap, say). */
    static Result java(List<String> jvmOptions, String... args)
            throws IOException, InterruptedException {
        return java(false, jvmOptions, args);
    }

    private static Result java(boolean withoutDisplay, List<String> jvmOptions, String... args)
            throws IOException, InterruptedException {
        List<String> command =
                new ArrayList<>(
                        List.of(
                                Path.of(System.getProperty("java.home"), "bin", "java")
                                        .toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", System.getProperty("dockwise.jar", "target/dockwise.jar")));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        if (withoutDisplay) {
            builder.environment().remove("DISPLAY");
            builder.environment().remove("WAYLAND_DISPLAY");
        }
        Process process = builder.start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        return new Result(process.exitValue(), out, err);
    }

    static Stream<Scenario> scenarios() {
        return Scenarios.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void scenarioHoldsThroughThePackagedJar(Scenario scenario) throws Exception {
        Path file = dir.resolve(scenario.id() + ".json");
        Files.writeString(file, scenario.profileJson());
        Result run = java("recommend", "--profile", file.toString(), "--format", "json");
        assertEquals(0, run.code(), run.err());
        assertEquals(
                List.of(), Scenarios.failures(scenario, new ObjectMapper().readTree(run.out())));
    }

    @Test
    void theSameProfileGetsTheSameAnswerInEveryRun() throws Exception {
        // blockers came from Set.copyOf, whose order is salted per JVM: Windows Home's two blockers
        // of
        // Hyper-V isolated containers swapped places between runs
        Scenario home =
                scenarios()
                        .filter(s -> s.id().equals("win11-home-windows-containers"))
                        .findFirst()
                        .orElseThrow();
        Path file = dir.resolve(home.id() + ".json");
        Files.writeString(file, home.profileJson());
        String first = java("recommend", "--profile", file.toString(), "--format", "json").out();
        for (int run = 0; run < 4; run++) {
            assertEquals(
                    first,
                    java("recommend", "--profile", file.toString(), "--format", "json").out(),
                    "run " + (run + 2));
        }
    }

    /** A few hosts to plan: enough to run plan's child JVM, quick enough for a test. */
    private Path smallFleet() throws IOException {
        Path fleet = Files.createDirectories(dir.resolve("fleet"));
        for (Scenario s : scenarios().limit(3).toList()) {
            Files.writeString(fleet.resolve(s.id() + ".dockwise.json"), s.profileJson());
        }
        return fleet;
    }

    @Test
    void planWithAJvmOptionOfTwoWordsRuns() throws Exception {
        // the child JVM used to get "--add-modules" without its module: "requires modules to be
        // specified", exit 1
        Result run =
                java(
                        List.of(
                                "--add-modules",
                                "java.sql",
                                "--add-opens",
                                "java.base/java.lang=ALL-UNNAMED"),
                        "plan",
                        "--profiles",
                        smallFleet().toString(),
                        "--out",
                        dir.resolve("out").toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(Files.exists(dir.resolve("out").resolve("summary.csv")));
    }

    @Test
    void planUnderADebuggerRunsInTheDebuggedJvm() throws Exception {
        int port;
        try (java.net.ServerSocket free =
                new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        // a child JVM used to start the agent again on the same port: "bind failed", exit 2 (which
        // means bad input)
        Result run =
                java(
                        List.of(
                                "-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=127.0.0.1:"
                                        + port),
                        "plan",
                        "--profiles",
                        smallFleet().toString(),
                        "--out",
                        dir.resolve("out").toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(!run.err().contains("bind failed"), run.err());
    }

    @Test
    void badInputExitsWithTwoAndNoStackTrace() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"schema\":\"dockwise.profile/v1\",\"host\":{\"build\":0}}");
        Result run = java("recommend", "--profile", file.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("host.build"), run.err());
        assertTrue(!run.err().contains("\tat "), run.err());
    }

    @Test
    void theWizardWithoutADisplaySaysSoAndPointsToTheCommandLine() throws Exception {
        Result run = java(true, "gui");
        assertEquals(1, run.code(), run.err());
        assertTrue(
                run.err().contains("can't open the wizard")
                        && run.err().contains("dockwise --help"),
                run.err());
        assertTrue(!run.err().contains("\tat "), run.err());
    }

    @Test
    void theWizardsChildRunsWithTheQuickCompilerAndAUsersChoiceWins() throws Exception {
        // each JVM prints its flags as it starts: the parent's first, then the wizard child's
        Result plain = java(true, List.of("-XX:+PrintFlagsFinal"), "gui");
        assertEquals(List.of("4", "1"), tieredStopAtLevel(plain.out()), plain.err());
        Result chosen =
                java(true, List.of("-XX:+PrintFlagsFinal", "-XX:TieredStopAtLevel=3"), "gui");
        assertEquals(List.of("3", "3"), tieredStopAtLevel(chosen.out()), chosen.err());
    }

    private static List<String> tieredStopAtLevel(String flags) {
        return flags.lines()
                .filter(l -> l.contains(" TieredStopAtLevel "))
                .map(l -> l.replaceAll(".*= *(\\d+).*", "$1"))
                .toList();
    }

    @Test
    void versionRunsWithoutADisplay() throws Exception {
        Result run = java("--version");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("knowledge base as of"), run.out());
    }
}
