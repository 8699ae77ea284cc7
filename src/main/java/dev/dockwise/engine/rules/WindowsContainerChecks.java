package dev.dockwise.engine.rules;

import dev.dockwise.engine.facts.Capability;
import dev.dockwise.engine.facts.EditionInfo;
import dev.dockwise.engine.facts.EditionInfo.ProductionUse;
import dev.dockwise.engine.facts.Images.BaseImage;
import dev.dockwise.engine.facts.IsolationKind;
import dev.dockwise.engine.facts.ModeCatalog.Requirements;
import dev.dockwise.engine.facts.Support;
import dev.dockwise.engine.facts.WindowsRelease;
import dev.dockwise.engine.matrix.CompatibilityMatrix;
import dev.dockwise.engine.matrix.MatrixCell;
import dev.dockwise.engine.model.Edition;
import dev.dockwise.engine.model.ImageVersion;
import dev.dockwise.engine.model.Isolation;
import dev.dockwise.engine.model.Purpose;
import dev.dockwise.engine.model.WindowsImage;
import java.util.Optional;

/**
 * Whether the Windows containers the user needs run on this host with one isolation: licence terms
 * for production, the hard isolation need, the image version against the compatibility matrix (with
 * the update that fixes a mismatch), and the isolation-specific caveats.
 */
final class WindowsContainerChecks {
    private WindowsContainerChecks() {}

    static void apply(HostFacts host, IsolationKind isolation, Assessment a) {
        productionLicence(host, a);
        if (isolation == IsolationKind.PROCESS && host.isolation() == Isolation.HYPERVISOR) {
            a.block(
                    "Process isolation shares the host kernel, but you need hypervisor isolation"
                            + " (each container with its own kernel): use Hyper-V isolation.");
        }
        imageAvailability(host, a);
        imageVersion(host, isolation, a);
        caveats(host, isolation, a);
    }

    private static void productionLicence(HostFacts host, Assessment a) {
        EditionInfo.WindowsContainerTerms terms = host.edition().windowsContainers();
        if (host.purpose() != Purpose.PRODUCTION) {
            return;
        }
        if (terms == null && host.edition().unsure(Capability.WINDOWS_CONTAINERS)) {
            a.warn(
                    "Whether this edition's licence allows Windows containers in production is not"
                        + " known: Windows Server Standard and Datacenter do, Windows 10/11 Pro and"
                        + " Enterprise only for development and test.");
            return;
        }
        if (terms == null) {
            return;
        }
        if (terms.production() == ProductionUse.NOT_LICENSED) {
            a.block(
                    host.edition().name()
                            + " licenses Windows containers for development and test only ("
                            + terms.note()
                            + "); production needs Windows Server.");
        } else if (terms.production() == ProductionUse.BY_AGREEMENT) {
            a.warn(terms.note() + ".");
        }
    }

    private static void imageAvailability(HostFacts host, Assessment a) {
        Optional<WindowsImage> image = host.windowsImage();
        Optional<ImageVersion> version = host.windowsImageVersion();
        if (image.isPresent() && version.isPresent()) {
            BaseImage base = host.knowledge().images().baseImage(image.get());
            base.whyUnavailable(version.get())
                    .ifPresent(
                            why ->
                                    a.warn(
                                            "No "
                                                    + base.repository()
                                                    + " image exists for "
                                                    + version.get().id()
                                                    + ": "
                                                    + why
                                                    + " Pick another base image or version."));
        }
    }

    private static void imageVersion(HostFacts host, IsolationKind isolation, Assessment a) {
        CompatibilityMatrix matrix = new CompatibilityMatrix(host.knowledge());
        String iso = isolation == IsolationKind.PROCESS ? "process" : "Hyper-V";
        if (host.build().isEmpty()) {
            host.assume(
                    "Windows build unknown: assumed the host runs the needed Windows images with "
                            + iso
                            + " isolation.");
            return;
        }
        int build = host.build().get();
        Optional<ImageVersion> needed = host.windowsImageVersion();
        ImageVersion version =
                needed.orElseGet(() -> newestWorking(matrix, host, build, isolation).orElse(null));
        if (version == null) {
            noImageWorks(host, matrix, isolation, iso, a);
            return;
        }
        if (needed.isEmpty()) {
            host.assume(
                    "Windows image version unknown: assumed "
                            + version.id()
                            + ", the newest this host runs with "
                            + iso
                            + " isolation.");
        }
        MatrixCell cell = matrix.cell(host.kind(), build, version, isolation);
        String image = imageName(host, version);
        if (cell.support().works()) {
            a.reason(
                    capitalize(image)
                            + " runs with "
                            + iso
                            + " isolation on "
                            + host.osName()
                            + ": "
                            + cell.note());
            if (cell.support() != Support.SUPPORTED) {
                a.warn(
                        "Caveat for "
                                + version.id()
                                + " with "
                                + iso
                                + " isolation: "
                                + cell.note());
            }
            if (isolation == IsolationKind.PROCESS) {
                hostBehindTheImages(host, a);
            }
            return;
        }
        UpdatePath path = new UpdatePath(host);
        Optional<WindowsRelease> target =
                path.reachable(
                        r ->
                                modeRunsOn(host, a, r)
                                        && matrix.cell(host.kind(), r.build(), version, isolation)
                                                .support()
                                                .works());
        if (target.isPresent()) {
            a.fix(
                    path.updateFix(
                            host.release().orElseThrow(),
                            target.get(),
                            image + " with " + iso + " isolation"));
            return;
        }
        StringBuilder blocker =
                new StringBuilder(
                        capitalize(image)
                                + " doesn't run with "
                                + iso
                                + " isolation on "
                                + host.osName()
                                + ": "
                                + cell.note());
        IsolationKind other =
                isolation == IsolationKind.PROCESS ? IsolationKind.HYPERV : IsolationKind.PROCESS;
        if (matrix.cell(host.kind(), build, version, other).support().works()) {
            blocker.append(" It runs with ")
                    .append(other == IsolationKind.HYPERV ? "Hyper-V" : "process")
                    .append(" isolation.");
        }
        newestWorking(matrix, host, build, isolation)
                .ifPresent(
                        v ->
                                blocker.append(" It would work with ")
                                        .append(imageName(host, v))
                                        .append(" (the version this host runs)."));
        a.block(blocker.toString());
    }

    /**
     * Images are rebuilt on every monthly update; under process isolation one built on a newer
     * update than the host may not start (0xc0370106, microsoft/Windows-Containers#591), so a host
     * known to be behind the newest update Dockwise has seen is told so, with the ways round it.
     */
    private static void hostBehindTheImages(HostFacts host, Assessment a) {
        Integer ubr = host.raw().ubr();
        Optional<WindowsRelease> release = host.release();
        if (ubr == null
                || release.isEmpty()
                || release.get().latestUbr() == null
                || ubr >= release.get().latestUbr()) {
            return;
        }
        WindowsRelease r = release.get();
        if (host.edition().lifecycle() != null
                && r.servicingEnd(host.edition().lifecycle()) != null
                && r.servicingEnd(host.edition().lifecycle())
                        .isBefore(host.knowledge().meta().asOf())) {
            return; // this edition no longer gets those updates: the servicing warning says what to
            // do instead
        }
        a.warn(
                "This host is at "
                        + r.build()
                        + "."
                        + ubr
                        + ", behind update "
                        + r.build()
                        + "."
                        + r.latestUbr()
                        + (r.latestUbrDate() == null ? "" : " of " + r.latestUbrDate())
                        + ": Windows images are rebuilt with each monthly update, and under process"
                        + " isolation an image newer than the host can fail to start with"
                        + " 0xc0370106. Install the latest cumulative update first, or pin an image"
                        + " tag no newer than the host's update, or use Hyper-V isolation.");
        a.adjust(-3);
    }

    private static void noImageWorks(
            HostFacts host,
            CompatibilityMatrix matrix,
            IsolationKind isolation,
            String iso,
            Assessment a) {
        UpdatePath path = new UpdatePath(host);
        Optional<WindowsRelease> target =
                path.reachable(
                        r ->
                                modeRunsOn(host, a, r)
                                        && newestWorking(matrix, host, r.build(), isolation)
                                                .isPresent());
        if (target.isPresent()) {
            a.fix(
                    path.updateFix(
                            host.release().orElseThrow(),
                            target.get(),
                            "Running current Windows Server images with " + iso + " isolation"));
        } else {
            a.block(
                    host.osName()
                            + " runs no current Windows Server container image with "
                            + iso
                            + " isolation (Microsoft's compatibility table).");
        }
    }

    /**
     * An update target must also suit the mode itself and, on Windows 10/11, Docker Desktop as its
     * engine.
     */
    private static boolean modeRunsOn(HostFacts host, Assessment a, WindowsRelease release) {
        Requirements req = a.info().requires();
        return UpdatePath.meets(release, req.minBuilds())
                && (req.clientEngine() == null
                        || host.isServer()
                        || UpdatePath.meets(
                                release,
                                host.knowledge()
                                        .modes()
                                        .mode(req.clientEngine())
                                        .requires()
                                        .minBuilds()));
    }

    private static Optional<ImageVersion> newestWorking(
            CompatibilityMatrix matrix, HostFacts host, int build, IsolationKind isolation) {
        ImageVersion[] versions = ImageVersion.values();
        for (int i = versions.length - 1; i >= 0; i--) {
            if (matrix.cell(host.kind(), build, versions[i], isolation).support().works()) {
                return Optional.of(versions[i]);
            }
        }
        return Optional.empty();
    }

    private static String imageName(HostFacts host, ImageVersion version) {
        return host.windowsImage()
                .map(i -> host.knowledge().images().baseImage(i).reference(version))
                .orElse(
                        "a "
                                + host.knowledge().images().version(version).name()
                                + " ("
                                + version.id()
                                + ") image");
    }

    /**
     * "a Windows Server 2022 image" starts a sentence as "A ..."; an image reference stays as
     * written.
     */
    private static String capitalize(String text) {
        return text.startsWith("a ") ? "A " + text.substring(2) : text;
    }

    private static void caveats(HostFacts host, IsolationKind isolation, Assessment a) {
        if (isolation == IsolationKind.PROCESS) {
            if (!host.isServer()) {
                a.warn(
                        "On Windows 10/11 request process isolation explicitly (docker run"
                            + " --isolation=process; Hyper-V isolation is the default), with Docker"
                            + " Engine 18.09 or later, and use it for development and test only.");
            }
            a.warn("Process-isolated containers need Windows installed on C:\\.");
            return;
        }
        EditionInfo.WindowsContainerTerms terms = host.edition().windowsContainers();
        EditionInfo.WindowsContainerTerms standard =
                host.knowledge().edition(Edition.SERVER_STANDARD).windowsContainers();
        boolean maybeStandard = host.isServer() && host.editionUnknown();
        if ((host.edition().id() == Edition.SERVER_STANDARD && terms != null) || maybeStandard) {
            // an unknown server edition may be Standard: its limit is the fit the known facts
            // support
            a.warn(
                    (maybeStandard ? "If this is Windows Server Standard: " : "")
                            + (terms != null ? terms : standard).note()
                            + "; Datacenter is unlimited.");
            a.adjust(
                    host.isolation() == Isolation.HYPERVISOR && host.purpose() == Purpose.PRODUCTION
                            ? -10
                            : -3);
        }
        if (host.isServer() && !host.hyperVEnabled()) {
            a.reason(
                    "The install plan adds the Hyper-V role (Install-WindowsFeature -Name Hyper-V"
                            + " -IncludeManagementTools) before the first container.");
        }
    }
}
