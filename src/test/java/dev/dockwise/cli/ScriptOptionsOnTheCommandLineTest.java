package dev.dockwise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.TestEngine;
import dev.dockwise.scripts.options.ScriptOption;
import dev.dockwise.scripts.options.ScriptOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The script options of {@code dockwise script} are ScriptOption's: the same flags, the same words
 * as the wizard.
 */
class ScriptOptionsOnTheCommandLineTest {
    /** The options of the command itself, not of the script it writes. */
    private static final Set<String> COMMAND_OWN =
            Set.of("--profile", "--mode", "--for", "--out", "--force", "--help", "--version");

    @TempDir Path dir;

    @Test
    void everyScriptOptionIsAFlagAndEveryFlagIsAScriptOptionOrTheCommandsOwn() {
        Set<String> flags =
                new CommandLine(new ScriptCommand())
                        .getCommandSpec().options().stream()
                                .map(CommandLine.Model.OptionSpec::longestName)
                                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> scriptOptions =
                Arrays.stream(ScriptOption.values())
                        .map(ScriptOption::flag)
                        .collect(Collectors.toCollection(TreeSet::new));
        flags.removeAll(COMMAND_OWN);
        assertEquals(scriptOptions, flags);
    }

    @Test
    void theHelpSaysWhatTheWizardSays() {
        CliRun run = CliRun.of("script", "--help");
        assertEquals(0, run.exitCode());
        // picocli wraps lines where it likes (even after the dot of ".wslconfig"), so spaces don't
        // count
        String help = run.out().replaceAll("\\s+", "");
        for (ScriptOption option : ScriptOption.values()) {
            assertTrue(
                    help.contains(option.help().replaceAll("\\s+", "")),
                    option + " is explained as in the wizard: " + option.help() + "\n" + run.out());
        }
        assertTrue(help.contains("Oneofdocker-ce(default),mirantisorcontainerd."), run.out());
    }

    @Test
    void anUnknownEngineIsBadInputNamingTheChoices() throws Exception {
        Path profile = dir.resolve("server.json");
        Files.writeString(
                profile,
                TestEngine.json(dev.dockwise.Scenarios.profile("azure-server2019-no-nested")));
        CliRun run = CliRun.of("script", "--profile", profile.toString(), "--engine", "moby");
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(
                run.err()
                        .contains(
                                "--engine: expected docker-ce (default), mirantis or containerd,"
                                        + " got \"moby\""),
                run.err());
        assertEquals(
                0,
                CliRun.of("script", "--profile", profile.toString(), "--engine", "mirantis")
                        .exitCode());
    }

    @Test
    void theEngineIdsAreParsedInOnePlaceAndRoundTrip() {
        for (ScriptOptions.ServerEngine engine : ScriptOptions.ServerEngine.values()) {
            assertEquals(engine, ScriptOptions.ServerEngine.parse(engine.id()).orElseThrow());
            assertEquals(
                    engine,
                    ScriptOptions.builder().set(ScriptOption.ENGINE, engine.id()).build().engine());
        }
        assertTrue(
                ScriptOptions.ServerEngine.parse("Mirantis").isEmpty(),
                "ids are spelt as the command line spells them");
    }
}
