package dev.dockwise.engine.rules;

import dev.dockwise.engine.facts.Licensing;
import dev.dockwise.engine.facts.ModeCatalog.MinBuild;
import dev.dockwise.engine.facts.WindowsRelease;
import dev.dockwise.engine.model.HostKind;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.engine.model.Organization;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Docker Desktop's terms: subscription by organization size, support inside VMs, servicing,
 * installed version.
 */
final class DesktopChecks {
    private DesktopChecks() {}

    static void licence(HostFacts host, Assessment a) {
        Licensing.DockerDesktop terms = host.knowledge().licensing().dockerDesktop();
        Optional<Organization> organization = host.organization();
        if (organization.isEmpty()) {
            host.assume(
                    "Organization size unknown: Docker Desktop's licence terms were not checked.");
            a.warn(
                    "Check the licence: Docker Desktop is free for "
                            + terms.freeFor()
                            + "; organizations with "
                            + terms.paidAbove()
                            + " need a paid subscription.");
        } else if (organization.get() == Organization.LARGE) {
            a.warn(
                    "Licence: commercial use of Docker Desktop in organizations with "
                            + terms.paidAbove()
                            + " (and in government entities) needs a paid subscription ("
                            + String.join(", ", terms.paidPlans())
                            + "). Free alternatives: "
                            + alternatives(host)
                            + ".");
            a.adjust(-6);
        } else {
            a.reason("Docker Desktop is free for " + terms.freeFor() + ".");
        }
    }

    /**
     * Managed PCs (no administrator rights, or a large organization's fleet): the installer's
     * ownership change of its data folder is what Intune Endpoint Privilege Management blocks.
     */
    static void managed(HostFacts host, Assessment a) {
        boolean noAdmin = Boolean.FALSE.equals(host.raw().admin());
        if (noAdmin || host.organization().orElse(null) == Organization.LARGE) {
            a.warn(host.knowledge().licensing().dockerDesktop().managedInstall());
        }
    }

    static void supportPosition(HostFacts host, Assessment a) {
        Licensing.DockerDesktop terms = host.knowledge().licensing().dockerDesktop();
        if (host.isLtsc()) {
            a.block(
                    terms.ltscSupport()
                            + behindTheGeneralRelease(host)
                            + " Docker Desktop runs on the general (non-LTSC) editions only; "
                            + "on this LTSC host use Docker Engine in WSL 2 or a Linux VM.");
        }
        if (host.isVirtual()) {
            a.warn(terms.vmSupport());
            if (host.organization().orElse(Organization.PERSONAL) != Organization.LARGE) {
                a.adjust(-5);
            }
        }
        servicing(host, a, terms);
    }

    /**
     * What the build adds on this LTSC host, in its own words: LTSC 2021 (19044) never reaches the
     * 19045 Docker Desktop needs on Windows 10; LTSC 2024's 26100 is new enough, so nothing.
     */
    private static String behindTheGeneralRelease(HostFacts host) {
        Optional<WindowsRelease> ltsc = host.release();
        Optional<WindowsRelease> general =
                ltsc.flatMap(
                        r ->
                                host.knowledge().releases().releasesOf(HostKind.CLIENT).stream()
                                        .filter(
                                                g ->
                                                        g.build() == r.build()
                                                                && !host.knowledge()
                                                                        .releases()
                                                                        .isLtscClient(g))
                                        .findFirst());
        if (ltsc.isEmpty() || general.isEmpty()) {
            return "";
        }
        List<MinBuild> minimums =
                host.knowledge()
                        .modes()
                        .mode(Mode.DESKTOP_WSL2)
                        .requires()
                        .minBuildsFor(host.arch());
        return minimums.stream()
                .filter(
                        m ->
                                m.family().equals(general.get().family())
                                        && ltsc.get().build() < m.build())
                .findFirst()
                .map(
                        m ->
                                " It also needs "
                                        + new UpdatePath(host).describe(List.of(m))
                                        + ", which "
                                        + host.osName().strip()
                                        + " (build "
                                        + ltsc.get().build()
                                        + ") never reaches: an LTSC release keeps its build.")
                .orElse("");
    }

    private static void servicing(HostFacts host, Assessment a, Licensing.DockerDesktop terms) {
        Optional<WindowsRelease> release = host.release();
        if (release.isEmpty() || host.edition().lifecycle() == null) {
            return;
        }
        LocalDate asOf = host.knowledge().meta().asOf();
        LocalDate end = release.get().servicingEnd(host.edition().lifecycle());
        if (end != null && end.isBefore(asOf)) {
            String next =
                    new UpdatePath(host)
                            .reachable(
                                    r -> {
                                        LocalDate e = r.servicingEnd(host.edition().lifecycle());
                                        return e != null && !e.isBefore(asOf);
                                    })
                            .map(
                                    r ->
                                            " "
                                                    + UpdatePath.how(release.get(), r)
                                                    + new UpdatePath(host).ltscCaveat()
                                                    + ".")
                            .orElse("");
            a.warn(
                    host.osName()
                            + " left Microsoft servicing on "
                            + end
                            + ". "
                            + terms.servicingSupport()
                            + next);
        }
    }

    static void installed(HostFacts host, Assessment a) {
        String version = host.raw().software().dockerDesktop();
        if (version == null) {
            return;
        }
        a.reason("Docker Desktop " + version + " is already installed.");
        a.adjust(3);
        if (beforeDesktop4(version)) {
            a.warn(
                    "Docker Desktop "
                            + version
                            + " predates Docker Desktop 4 (the Docker for Windows era, with errors"
                            + " such as \"Unable to write to the database\"); the install replaces"
                            + " it with a current release.");
        }
    }

    /**
     * Docker for Windows numbered by year (17.06, 18.03), then 2.x and 3.x, before Docker Desktop
     * 4.
     */
    private static boolean beforeDesktop4(String version) {
        return Versions.compare(version, "4").orElse(0) < 0
                || Versions.compare(version, "17").orElse(-1) >= 0;
    }

    /**
     * The free ways to go, then the previews named as such (never offered until generally
     * available).
     */
    static String alternatives(HostFacts host) {
        List<Licensing.Alternative> all = host.knowledge().licensing().alternatives();
        String previews =
                all.stream()
                        .filter(Licensing.Alternative::preview)
                        .map(p -> p.name() + ", " + p.note().replaceAll("\\.$", ""))
                        .collect(Collectors.joining("; "));
        return "Docker Engine in WSL 2, "
                + all.stream()
                        .filter(p -> !p.preview())
                        .map(Licensing.Alternative::name)
                        .collect(Collectors.joining(", "))
                + (previews.isEmpty() ? "" : " (in preview, not offered yet: " + previews + ")");
    }
}
