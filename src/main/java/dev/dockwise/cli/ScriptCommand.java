package dev.dockwise.cli;

import dev.dockwise.engine.Advisor;
import dev.dockwise.engine.model.Identified;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.engine.model.Profile;
import dev.dockwise.engine.result.Recommendation;
import dev.dockwise.files.ShownName;
import dev.dockwise.knowledge.KnowledgeBase;
import dev.dockwise.scripts.GeneratedScript;
import dev.dockwise.scripts.NoScriptException;
import dev.dockwise.scripts.ScriptGenerator;
import dev.dockwise.scripts.options.ScriptOption;
import dev.dockwise.scripts.options.ScriptOptions;
import dev.dockwise.scripts.powershell.PowerShell;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dockwise script}: the PowerShell install script for the recommended (or given) mode. */
@Command(
        name = "script",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        sortOptions = false,
        resourceBundle = "dev.dockwise.cli.ScriptOptionHelp",
        description = {
            "Write the PowerShell script that sets up the recommended mode (or --mode) on the host"
                    + " of a profile.",
            "Without --out the script goes to standard output. Run it elevated on the host; -WhatIf"
                    + " is a dry run."
        })
public final class ScriptCommand implements Callable<Integer> {
    /** Who runs the script. */
    public enum Target {
        host,
        parent_host
    }

    @Spec CommandSpec spec;

    @Option(
            names = "--profile",
            required = true,
            paramLabel = "FILE",
            description = "The host profile (dockwise.profile/v1 JSON).")
    Path profile;

    @Option(
            names = "--mode",
            paramLabel = "ID",
            description =
                    "The mode to set up (default: the recommended one): ${COMPLETION-CANDIDATES}.",
            completionCandidates = ModeIds.class)
    String mode;

    @Option(
            names = "--for",
            paramLabel = "WHO",
            defaultValue = "host",
            description =
                    "host (default) or parent-host: the Hyper-V host that must expose nested"
                            + " virtualization to this VM.")
    String target;

    @Mixin OutputFile output;

    // The script options: what each does is said once, in ScriptOption, and reaches --help through
    // ScriptOptionHelp.
    @Option(names = "--proxy-http", paramLabel = "URL")
    String proxyHttp;

    @Option(names = "--proxy-https", paramLabel = "URL")
    String proxyHttps;

    @Option(names = "--proxy-exclude", paramLabel = "HOSTS")
    String proxyExclude;

    @Option(names = "--data-root", paramLabel = "PATH")
    String dataRoot;

    @Option(names = "--install-dir", paramLabel = "PATH")
    String installDir;

    @Option(names = "--wsl-memory", paramLabel = "GB")
    Integer wslMemory;

    @Option(names = "--wsl-processors", paramLabel = "N")
    Integer wslProcessors;

    @Option(names = "--pull", paramLabel = "IMAGE")
    String pull;

    @Option(names = "--accept-license")
    boolean acceptLicense;

    @Option(names = "--distro", paramLabel = "NAME")
    String distro;

    @Option(names = "--vm-name", paramLabel = "NAME")
    String vmName;

    @Option(names = "--engine", paramLabel = "ENGINE")
    String engine;

    @Option(names = "--docker-version", paramLabel = "X.Y.Z")
    String dockerVersion;

    @Option(names = "--swarm-advertise-address", paramLabel = "IP")
    String swarmAddress;

    @Override
    public Integer call() {
        Profile p = ProfileArgument.read(profile);
        ScriptOptions options = options();
        List<ScriptOptions.OptionProblem> problems = options.problems();
        if (!problems.isEmpty()) {
            throw new BadInputException(
                    problems.stream()
                            .map(Object::toString)
                            .collect(Collectors.joining(System.lineSeparator() + "  ")));
        }
        Advisor advisor = new Advisor(KnowledgeBase.bundled());
        Recommendation r = advisor.evaluate(p);
        ScriptGenerator generator = new ScriptGenerator(advisor.knowledge(), Version.number());
        GeneratedScript script;
        try {
            if (target.equals("parent-host")) {
                script = generator.parentHost(p, r, options);
            } else if (target.equals("host")) {
                script = generator.install(p, r, generator.chooseMode(r, requestedMode()), options);
            } else {
                throw new BadInputException(
                        "--for: expected host or parent-host, got \"" + target + "\"");
            }
        } catch (NoScriptException e) {
            throw new BadInputException(e.getMessage());
        } catch (PowerShell.UnsafeValueException e) {
            throw new BadInputException("a value can't go into a script: " + e.getMessage());
        }
        if (output.toStandardOutput()) {
            spec.commandLine()
                    .getOut()
                    .print(script.text().replace("\r\n", System.lineSeparator()));
        } else {
            output.write(script.bytes());
            spec.commandLine()
                    .getErr()
                    .println(
                            "Wrote "
                                    + ShownName.of(output.file())
                                    + " ("
                                    + script.plan().steps().size()
                                    + " steps: "
                                    + script.plan().title()
                                    + ")");
        }
        return ExitCodes.OK;
    }

    private Optional<Mode> requestedMode() {
        if (mode == null) {
            return Optional.empty();
        }
        return Optional.of(
                Identified.parse(Mode.class, mode)
                        .orElseThrow(
                                () ->
                                        new BadInputException(
                                                "--mode: unknown mode \""
                                                        + mode
                                                        + "\"; expected one of "
                                                        + String.join(
                                                                ", ",
                                                                Identified.ids(Mode.class)))));
    }

    private ScriptOptions options() {
        ScriptOptions.ServerEngine serverEngine =
                engine == null
                        ? null
                        : ScriptOptions.ServerEngine.parse(engine)
                                .orElseThrow(
                                        () ->
                                                new BadInputException(
                                                        ScriptOption.ENGINE.flag()
                                                                + ": expected "
                                                                + ScriptOptions.ServerEngine
                                                                        .choices()
                                                                + ", got \""
                                                                + engine
                                                                + "\""));
        return ScriptOptions.builder()
                .set(ScriptOption.PROXY_HTTP, proxyHttp)
                .set(ScriptOption.PROXY_HTTPS, proxyHttps)
                .set(ScriptOption.PROXY_EXCLUDE, proxyExclude)
                .set(ScriptOption.DATA_ROOT, dataRoot)
                .set(ScriptOption.INSTALL_DIR, installDir)
                .set(ScriptOption.PULL, pull)
                .wslMemoryGb(wslMemory)
                .wslProcessors(wslProcessors)
                .set(ScriptOption.DISTRO, distro)
                .set(ScriptOption.VM_NAME, vmName)
                .engine(serverEngine)
                .set(ScriptOption.DOCKER_VERSION, dockerVersion)
                .set(ScriptOption.SWARM_ADDRESS, swarmAddress)
                .acceptLicense(acceptLicense)
                .build();
    }

    /** Mode ids for --help. */
    static final class ModeIds implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Identified.ids(Mode.class).iterator();
        }
    }
}
