package dev.dockwise.engine.matrix;

import dev.dockwise.engine.facts.CompatibilityData;
import dev.dockwise.engine.facts.CompatibilityData.Cell;
import dev.dockwise.engine.facts.CompatibilityData.HostRow;
import dev.dockwise.engine.facts.Images;
import dev.dockwise.engine.facts.IsolationKind;
import dev.dockwise.engine.facts.Knowledge;
import dev.dockwise.engine.facts.ReleaseTable;
import dev.dockwise.engine.facts.Source;
import dev.dockwise.engine.facts.Support;
import dev.dockwise.engine.facts.WindowsRelease;
import dev.dockwise.engine.model.HostKind;
import dev.dockwise.engine.model.ImageVersion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Windows container compatibility matrix: host build and kind x image version x isolation. Rows
 * Microsoft's current table lists come straight from the data; older hosts follow the historic rule
 * the data states.
 */
public final class CompatibilityMatrix {
    private final Knowledge knowledge;
    private final CompatibilityData data;
    private final ReleaseTable releases;
    private final Images images;

    /**
     * Rows already built: the advisor asks for several cells of one row per profile. Not
     * thread-safe.
     */
    private final Map<Long, Optional<MatrixRow>> rows = new HashMap<>();

    public CompatibilityMatrix(Knowledge knowledge) {
        this.knowledge = knowledge;
        this.data = knowledge.compatibility();
        this.releases = knowledge.releases();
        this.images = knowledge.images();
    }

    /** Every host row of Microsoft's current table, as the data lists them. */
    /** The sources the table's rows and rules cite, each once. */
    public List<Source> sources() {
        return knowledge.sourcesCitedIn(
                Stream.concat(
                                data.hosts().stream().map(CompatibilityData.HostRow::source),
                                data.rules().stream().map(CompatibilityData.Rule::source))
                        .toList());
    }

    public List<MatrixRow> whole() {
        return data.hosts().stream()
                .map(
                        row ->
                                new MatrixRow(
                                        row.id(),
                                        row.name(),
                                        row.kind(),
                                        true,
                                        row.source(),
                                        row.cells().stream()
                                                .sorted(CompatibilityMatrix::byImageThenIsolation)
                                                .map(
                                                        c ->
                                                                new MatrixCell(
                                                                        c.image(),
                                                                        c.isolation(),
                                                                        c.support(),
                                                                        c.note()))
                                                .toList()))
                .toList();
    }

    /**
     * The release a build belongs to, if the knowledge base knows a release of that kind at or
     * before it.
     */
    public Optional<WindowsRelease> releaseFor(HostKind kind, int build) {
        return releases.atOrBefore(kind, build);
    }

    /** The row for one host; empty when no release of that kind is at or before the build. */
    public Optional<MatrixRow> forHost(HostKind kind, int build) {
        return rows.computeIfAbsent(
                ((long) kind.ordinal() << 32) | build,
                k -> releases.atOrBefore(kind, build).map(release -> rowFor(kind, build, release)));
    }

    public MatrixCell cell(HostKind kind, int build, ImageVersion image, IsolationKind isolation) {
        return forHost(kind, build)
                .flatMap(
                        row ->
                                row.cells().stream()
                                        .filter(
                                                c ->
                                                        c.image() == image
                                                                && c.isolation() == isolation)
                                        .findFirst())
                .orElseGet(
                        () ->
                                new MatrixCell(
                                        image, isolation, Support.UNSUPPORTED, tooOldNote(kind)));
    }

    private MatrixRow rowFor(HostKind kind, int build, WindowsRelease release) {
        String name =
                release.build() == build
                        ? release.name()
                        : release.name() + " (build " + build + ")";
        Optional<HostRow> listed =
                data.hosts().stream()
                        .filter(h -> h.kind() == kind && h.family().equals(release.family()))
                        .findFirst();
        List<MatrixCell> cells = new ArrayList<>();
        for (ImageVersion image : ImageVersion.values()) {
            for (IsolationKind isolation : IsolationKind.values()) {
                cells.add(
                        listed.map(row -> listedCell(row, build, image, isolation))
                                .orElseGet(() -> historicCell(kind, build, image, isolation)));
            }
        }
        return new MatrixRow(
                listed.map(HostRow::id).orElse(release.id()),
                name,
                kind,
                listed.isPresent(),
                listed.map(HostRow::source).orElse(data.fallback().source()),
                cells);
    }

    private static MatrixCell listedCell(
            HostRow row, int build, ImageVersion image, IsolationKind isolation) {
        Cell cell =
                row.cells().stream()
                        .filter(c -> c.image() == image && c.isolation() == isolation)
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        new IllegalStateException(
                                                row.id()
                                                        + " lacks "
                                                        + image.id()
                                                        + "/"
                                                        + isolation.id()));
        if (cell.minHostBuild() != null && build < cell.minHostBuild()) {
            return new MatrixCell(
                    image,
                    isolation,
                    Support.UNSUPPORTED,
                    "Needs build "
                            + cell.minHostBuild()
                            + " or later; this host is "
                            + build
                            + ".");
        }
        return new MatrixCell(image, isolation, cell.support(), cell.note());
    }

    private MatrixCell historicCell(
            HostKind kind, int build, ImageVersion image, IsolationKind isolation) {
        int minimum =
                kind == HostKind.SERVER
                        ? data.fallback().minServerBuild()
                        : data.fallback().minClientBuild();
        if (build < minimum) {
            return new MatrixCell(image, isolation, Support.UNSUPPORTED, tooOldNote(kind));
        }
        int imageBuild = images.version(image).build();
        boolean works =
                isolation == IsolationKind.HYPERV ? imageBuild <= build : imageBuild == build;
        String note =
                works
                        ? (isolation == IsolationKind.HYPERV
                                ? "Image not newer than the host (historic rule)."
                                : "Same build (historic rule).")
                        : (imageBuild > build
                                ? "Newer container images can't run on older hosts."
                                : "Builds differ: use Hyper-V isolation.");
        return new MatrixCell(
                image, isolation, works ? Support.SUPPORTED : Support.UNSUPPORTED, note);
    }

    private String tooOldNote(HostKind kind) {
        int minimum =
                kind == HostKind.SERVER
                        ? data.fallback().minServerBuild()
                        : data.fallback().minClientBuild();
        return "Windows containers need build "
                + minimum
                + " or later (Windows 10 1607 / Windows Server 2016).";
    }

    private static int byImageThenIsolation(Cell a, Cell b) {
        int byImage = a.image().compareTo(b.image());
        return byImage != 0 ? byImage : a.isolation().compareTo(b.isolation());
    }
}
