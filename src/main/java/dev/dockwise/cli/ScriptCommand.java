package dev.dockwise.cli;

import dev.dockwise.files.ShownName;
import dev.dockwise.engine.Advisor;
import dev.dockwise.engine.model.Identified;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.engine.model.Profile;
import dev.dockwise.engine.result.Recommendation;
import dev.dockwise.knowledge.KnowledgeBase;
import dev.dockwise.scripts.GeneratedScript;
import dev.dockwise.scripts.NoScriptException;
import dev.dockwise.scripts.PowerShell;
import dev.dockwise.scripts.ScriptGenerator;
import dev.dockwise.scripts.ScriptOption;
import dev.dockwise.scripts.ScriptOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dockwise script}: the PowerShell install script for the recommended (or given) mode. */
@Command(name = "script", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        description = {"Write the PowerShell script that sets up the recommended mode (or --mode) on the host of a profile.",
            "Without --out the script goes to standard output. Run it elevated on the host; -WhatIf is a dry run."})
public final class ScriptCommand implements Callable<Integer> {
    /** Who runs the script. */
    public enum Target { host, parent_host }

    @Spec
    CommandSpec spec;

    @Option(names = "--profile", required = true, paramLabel = "FILE", description = "The host profile (dockwise.profile/v1 JSON).")
    Path profile;

    @Option(names = "--mode", paramLabel = "ID", description = "The mode to set up (default: the recommended one): ${COMPLETION-CANDIDATES}.",
            completionCandidates = ModeIds.class)
    String mode;

    @Option(names = "--for", paramLabel = "WHO", defaultValue = "host",
            description = "host (default) or parent-host: the Hyper-V host that must expose nested virtualization to this VM.")
    String target;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the script to FILE (UTF-8 with BOM, CRLF); - or no --out: standard output.")
    Path out;

    @Option(names = "--force", description = "Replace FILE if it is a file that exists (a device, pipe, socket or link is never replaced).")
    boolean force;

    @Option(names = "--proxy-http", paramLabel = "URL", description = "HTTP proxy for downloads and the engine.")
    String proxyHttp;

    @Option(names = "--proxy-https", paramLabel = "URL", description = "HTTPS proxy.")
    String proxyHttps;

    @Option(names = "--proxy-exclude", paramLabel = "HOSTS", description = "Hosts that bypass the proxy, separated by commas.")
    String proxyExclude;

    @Option(names = "--data-root", paramLabel = "PATH", description = "Where images and containers are kept, e.g. D:\\Docker.")
    String dataRoot;

    @Option(names = "--install-dir", paramLabel = "PATH", description = "Installation folder for Docker Desktop or Docker CE.")
    String installDir;

    @Option(names = "--wsl-memory", paramLabel = "GB", description = "Memory limit of the WSL 2 VM (.wslconfig).")
    Integer wslMemory;

    @Option(names = "--wsl-processors", paramLabel = "N", description = "Processor limit of the WSL 2 VM (.wslconfig).")
    Integer wslProcessors;

    @Option(names = "--pull", paramLabel = "IMAGE", description = "Image to pre-pull (default: the Windows base image that matches the host).")
    String pull;

    @Option(names = "--accept-license", description = "You accept the Docker Subscription Service Agreement (Docker Desktop --accept-license).")
    boolean acceptLicense;

    @Option(names = "--distro", paramLabel = "NAME", description = "WSL distribution for Docker Engine in WSL 2 (default: Ubuntu).")
    String distro;

    @Option(names = "--vm-name", paramLabel = "NAME", description = "The VM's name on its Hyper-V host (parent-host script, Linux VM).")
    String vmName;

    @Option(names = "--engine", paramLabel = "ENGINE", description = "Windows Server engine: docker-ce (default), mirantis or containerd.")
    String engine;

    @Option(names = "--docker-version", paramLabel = "X.Y.Z", description = "Docker CE version on Windows Server.")
    String dockerVersion;

    @Option(names = "--swarm-advertise-address", paramLabel = "IP", description = "This host's address for docker swarm init.")
    String swarmAddress;

    @Override
    public Integer call() {
        Profile p = ProfileArgument.read(profile);
        ScriptOptions options = options();
        List<ScriptOptions.OptionProblem> problems = options.problems();
        if (!problems.isEmpty()) {
            throw new BadInputException(problems.stream().map(Object::toString).collect(Collectors.joining(System.lineSeparator() + "  ")));
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
                throw new BadInputException("--for: expected host or parent-host, got \"" + target + "\"");
            }
        } catch (NoScriptException e) {
            throw new BadInputException(e.getMessage());
        } catch (PowerShell.UnsafeValueException e) {
            throw new BadInputException("a value can't go into a script: " + e.getMessage());
        }
        if (OutputFile.toStandardOutput(out)) {
            spec.commandLine().getOut().print(script.text().replace("\r\n", System.lineSeparator()));
        } else {
            OutputFile.write(out, script.bytes(), force);
            spec.commandLine().getErr().println("Wrote " + ShownName.of(out) + " ("+ script.plan().steps().size() + " steps: " + script.plan().title() + ")");
        }
        return ExitCodes.OK;
    }

    private Optional<Mode> requestedMode() {
        if (mode == null) {
            return Optional.empty();
        }
        return Optional.of(Identified.parse(Mode.class, mode).orElseThrow(() -> new BadInputException(
                "--mode: unknown mode \"" + mode + "\"; expected one of " + String.join(", ", Identified.ids(Mode.class)))));
    }

    private ScriptOptions options() {
        ScriptOptions.ServerEngine serverEngine = engine == null ? ScriptOptions.ServerEngine.DOCKER_CE : switch (engine) {
            case "docker-ce" -> ScriptOptions.ServerEngine.DOCKER_CE;
            case "mirantis" -> ScriptOptions.ServerEngine.MIRANTIS;
            case "containerd" -> ScriptOptions.ServerEngine.CONTAINERD;
            default -> throw new BadInputException("--engine: expected docker-ce, mirantis or containerd, got \"" + engine + "\"");
        };
        return ScriptOptions.builder()
                .set(ScriptOption.PROXY_HTTP, proxyHttp).set(ScriptOption.PROXY_HTTPS, proxyHttps).set(ScriptOption.PROXY_EXCLUDE, proxyExclude)
                .set(ScriptOption.DATA_ROOT, dataRoot).set(ScriptOption.INSTALL_DIR, installDir).set(ScriptOption.PULL, pull)
                .wslMemoryGb(wslMemory).wslProcessors(wslProcessors).set(ScriptOption.DISTRO, distro).set(ScriptOption.VM_NAME, vmName)
                .engine(serverEngine).set(ScriptOption.DOCKER_VERSION, dockerVersion).set(ScriptOption.SWARM_ADDRESS, swarmAddress)
                .acceptLicense(acceptLicense).build();
    }

    /** Mode ids for --help. */
    static final class ModeIds implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Identified.ids(Mode.class).iterator();
        }
    }
}
