package dev.dockwise.cli;

import dev.dockwise.engine.facts.Knowledge;
import dev.dockwise.engine.facts.WindowsRelease;
import dev.dockwise.engine.matrix.CompatibilityMatrix;
import dev.dockwise.engine.matrix.MatrixRow;
import dev.dockwise.engine.model.HostKind;
import dev.dockwise.knowledge.KnowledgeBase;
import dev.dockwise.report.text.MatrixOutput;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dockwise matrix}: the Windows container compatibility matrix, whole or for one host. */
@Command(
        name = "matrix",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description =
                "Which Windows Server container images run on which hosts, with process and with"
                        + " Hyper-V isolation.")
public final class MatrixCommand implements Callable<Integer> {
    /** Output formats of this command. */
    public enum Format {
        text,
        json
    }

    /** Host kinds as the option spells them. */
    public enum Kind {
        server,
        client
    }

    @Spec CommandSpec spec;

    @Option(
            names = "--host-build",
            paramLabel = "N",
            description = "Only the row for a host with this OS build, e.g. 20348 or 22631.")
    Integer hostBuild;

    @Option(
            names = "--host-kind",
            paramLabel = "KIND",
            description = "server or client (default: server); needs --host-build.")
    Kind hostKind;

    @Option(
            names = "--format",
            defaultValue = "text",
            paramLabel = "FORMAT",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        Knowledge knowledge = KnowledgeBase.bundled();
        CompatibilityMatrix matrix = new CompatibilityMatrix(knowledge);
        MatrixOutput output = new MatrixOutput(knowledge);
        String text;
        if (hostBuild == null) {
            if (hostKind != null) {
                throw new BadInputException(
                        "--host-kind needs --host-build (the kind says which Windows the build"
                                + " number belongs to)");
            }
            text =
                    format == Format.json
                            ? output.wholeJson(matrix.whole())
                            : output.wholeText(matrix.whole());
        } else {
            HostKind kind = hostKind == Kind.client ? HostKind.CLIENT : HostKind.SERVER;
            MatrixRow row = rowFor(knowledge, matrix, kind, hostBuild);
            text =
                    format == Format.json
                            ? output.hostJson(hostBuild, kind, row)
                            : output.hostText(hostBuild, row);
        }
        spec.commandLine().getOut().print(text);
        return ExitCodes.OK;
    }

    private static MatrixRow rowFor(
            Knowledge knowledge, CompatibilityMatrix matrix, HostKind kind, int build) {
        HostKind other = kind == HostKind.SERVER ? HostKind.CLIENT : HostKind.SERVER;
        boolean exact = knowledge.releases().exact(kind, build).isPresent();
        if (!exact && knowledge.releases().exact(other, build).isPresent()) {
            throw new BadInputException(
                    "--host-build "
                            + build
                            + " is "
                            + knowledge.releases().exact(other, build).get().name()
                            + ", not a Windows "
                            + (kind == HostKind.SERVER ? "Server" : "client")
                            + " build: add --host-kind "
                            + other.id());
        }
        return matrix.forHost(kind, build)
                .orElseThrow(
                        () ->
                                new BadInputException(
                                        "--host-build "
                                                + build
                                                + " is older than every "
                                                + (kind == HostKind.SERVER
                                                        ? "Windows Server"
                                                        : "Windows client")
                                                + " release Dockwise knows ("
                                                + knowledge.releases().releasesOf(kind).stream()
                                                        .map(WindowsRelease::build)
                                                        .map(String::valueOf)
                                                        .distinct()
                                                        .collect(Collectors.joining(", "))
                                                + ")"));
    }
}
