package dev.dockwise.engine.rules;

import dev.dockwise.engine.facts.Capability;
import dev.dockwise.engine.facts.EditionInfo;
import dev.dockwise.engine.facts.ModeCatalog.ModeInfo;
import dev.dockwise.engine.facts.ModeCatalog.Requirements;
import dev.dockwise.engine.facts.ModeCatalog.SupportStatus;
import dev.dockwise.engine.model.Arch;
import dev.dockwise.engine.model.HostKind;
import dev.dockwise.engine.result.Fix;
import dev.dockwise.engine.result.FixTarget;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks every mode shares, driven by its requirements in the knowledge data: support status,
 * architecture, Windows kind and edition, build and update path, admin rights.
 */
final class RequirementChecks {
    private RequirementChecks() {}

    static void apply(HostFacts host, Assessment a) {
        ModeInfo info = a.info();
        Requirements req = info.requires();
        supportStatus(info, a);
        architecture(host, req, info, a);
        hostKind(host, req, info, a);
        edition(host, req, info, a);
        EditionChecks.variantNote(host, a);
        EditionChecks.sMode(host, info.name(), a);
        build(host, req, info.name(), a);
    }

    static void supportStatus(ModeInfo info, Assessment a) {
        if (info.support().status() == SupportStatus.REMOVED) {
            a.block(info.name() + " is no longer available: " + info.support().note());
        } else if (info.support().status() == SupportStatus.LEGACY) {
            a.warn("Legacy, no longer supported: " + info.support().note());
        }
    }

    private static void architecture(
            HostFacts host, Requirements req, ModeInfo info, Assessment a) {
        Arch arch = host.arch();
        if (arch == Arch.X86) {
            a.block(
                    "32-bit (x86) Windows can't run "
                            + info.name()
                            + ": every container mode needs 64-bit Windows, which means"
                            + " reinstalling Windows (x64) if the CPU is 64-bit.");
        } else if (!req.archs().contains(arch)) {
            a.block(
                    info.name()
                            + " doesn't run on "
                            + arch.id()
                            + " Windows (it needs "
                            + String.join(
                                    " or ", req.archs().stream().map(Arch::id).sorted().toList())
                            + ").");
        } else if (arch == Arch.ARM64) {
            a.warn(
                    "On Windows on Arm this mode runs arm64 Linux images; Docker Desktop for Arm is"
                            + " early access.");
        }
    }

    private static void hostKind(HostFacts host, Requirements req, ModeInfo info, Assessment a) {
        if (req.hostKinds().contains(host.kind())) {
            return;
        }
        if (host.kind() == HostKind.SERVER
                && req.capabilities().contains(Capability.DOCKER_DESKTOP)) {
            a.block(
                    host.knowledge().licensing().dockerDesktop().serverSupport()
                            + " Use Docker Engine in WSL 2 or a Linux VM for Linux containers, and"
                            + " Windows containers natively.");
        } else {
            a.block(
                    info.name()
                            + " runs on "
                            + (host.kind() == HostKind.SERVER ? "client Windows" : "Windows Server")
                            + " only.");
        }
    }

    private static void edition(HostFacts host, Requirements req, ModeInfo info, Assessment a) {
        EditionInfo edition = host.edition();
        List<Capability> unsure = new ArrayList<>();
        for (Capability needed : req.capabilities()) {
            if (needed == Capability.DOCKER_DESKTOP && host.kind() == HostKind.SERVER) {
                continue; // already explained by the host-kind check
            }
            if (edition.unsure(needed)) {
                unsure.add(needed);
            } else if (!edition.can(needed)) {
                String why =
                        host.editionVariant()
                                .filter(v -> v.edition() == null)
                                .map(v -> " " + v.note())
                                .orElse("");
                String upgrade =
                        edition.upgrade() == null
                                ? ""
                                : " It would work after: " + edition.upgrade() + ".";
                a.block(
                        edition.name()
                                + " can't run "
                                + capabilityName(needed)
                                + ", which "
                                + info.name()
                                + " needs."
                                + why
                                + upgrade);
            }
        }
        EditionChecks.needsChecking(host, unsure, info.name(), a);
    }

    static void build(HostFacts host, Requirements req, String what, Assessment a) {
        if (host.isLtsc() && req.capabilities().contains(Capability.DOCKER_DESKTOP)) {
            return; // Docker Desktop refuses LTSC whatever its build; DesktopChecks says so, with
            // the build where it matters
        }
        host.family()
                .ifPresent(
                        family ->
                                req.unavailableOn().stream()
                                        .filter(u -> u.family().equals(family.id()))
                                        .forEach(
                                                u ->
                                                        a.block(
                                                                what
                                                                        + ": "
                                                                        + u.why()
                                                                        + " ("
                                                                        + u.source()
                                                                        + ")")));
        UpdatePath.Outcome outcome =
                new UpdatePath(host).check(req.minBuildsFor(host.arch()), what);
        outcome.fix().ifPresent(a::fix);
        outcome.blocker().ifPresent(a::block);
        if (outcome.met()
                && host.build().isPresent()
                && host.release().isPresent()
                && !a.isBlocked()) {
            a.reason(what + " runs on " + host.osName() + ".");
        }
    }

    /** Administrator rights: installing any mode turns on Windows features or services. */
    static void admin(HostFacts host, Assessment a, String why) {
        if (!host.admin()) {
            a.fix(
                    Fix.of(
                            "Get administrator rights on this host, or have an administrator run"
                                    + " the install script: "
                                    + why,
                            FixTarget.THIS_HOST));
        }
    }

    static String capabilityName(Capability capability) {
        return switch (capability) {
            case HYPER_V -> "Hyper-V";
            case WINDOWS_CONTAINERS -> "Windows containers";
            case WSL2 -> "WSL 2";
            case DOCKER_DESKTOP -> "Docker Desktop";
        };
    }
}
