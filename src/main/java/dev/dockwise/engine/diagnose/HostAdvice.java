package dev.dockwise.engine.diagnose;

import dev.dockwise.engine.Advisor;
import dev.dockwise.engine.facts.ErrorCatalogue.Cause;
import dev.dockwise.engine.facts.ErrorCatalogue.Signature;
import dev.dockwise.engine.facts.Knowledge;
import dev.dockwise.engine.facts.WindowsRelease;
import dev.dockwise.engine.model.ImageVersion;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.engine.model.Profile;
import dev.dockwise.engine.model.Status;
import dev.dockwise.engine.result.Fix;
import dev.dockwise.engine.result.ModeAssessment;
import dev.dockwise.engine.result.Recommendation;
import dev.dockwise.engine.rules.Assumptions;
import dev.dockwise.engine.rules.HostFacts;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Makes a diagnosis specific to the profile's host: what the advisor found for the modes the error
 * belongs to (the fix for this host, such as the exact command for its parent hypervisor or cloud,
 * and what rules a mode out here), and the host's build with the base image tag that matches it.
 */
final class HostAdvice {
    private static final String PREFIX = "For this host: ";

    private final Knowledge knowledge;
    private final Profile profile;
    private final HostFacts host;
    private final Recommendation recommendation;

    HostAdvice(Advisor advisor, Profile profile) {
        this.knowledge = advisor.knowledge();
        this.profile = profile;
        // The host as the advisor reads it; what it assumes for unknowns is in the recommendation.
        this.host = new HostFacts(knowledge, profile, new Assumptions());
        this.recommendation = advisor.evaluate(profile);
    }

    HostFacts facts() {
        return host;
    }

    /**
     * The causes with those this host's facts point to first and those its facts rule out last; the
     * catalogue's order stays within each group.
     */
    List<Cause> rank(List<Cause> causes) {
        return causes.stream().sorted(Comparator.comparingInt(this::rankOf)).toList();
    }

    private int rankOf(Cause cause) {
        if (cause.on().isEmpty()) {
            return 1;
        }
        List<Optional<Boolean>> facts =
                cause.on().stream().map(c -> HostCondition.parse(c).on(host)).toList();
        if (facts.stream().anyMatch(f -> f.isPresent() && !f.get())) {
            return 2;
        }
        return facts.stream().allMatch(f -> f.orElse(false)) ? 0 : 1;
    }

    void addTo(Signature signature, List<String> causes, List<String> checks, List<String> fixes) {
        checks.add(
                "From the profile"
                        + (profile.name() == null ? "" : " \"" + profile.name() + "\"")
                        + ": "
                        + describeHost()
                        + ".");
        boolean windowsContainers =
                signature.relatedModes().contains(Mode.WINDOWS_PROCESS)
                        || signature.relatedModes().contains(Mode.WINDOWS_HYPERV);
        if (windowsContainers) {
            matchingImage().ifPresent(checks::add);
        }
        for (Mode mode : signature.relatedModes()) {
            ModeAssessment a = recommendation.option(mode);
            String name = knowledge.modes().mode(mode).name();
            for (String blocker : a.blockers()) {
                add(causes, PREFIX + name + " cannot work here: " + blocker);
            }
            for (Fix fix : a.fixes()) {
                add(
                        fixes,
                        PREFIX
                                + fix.action()
                                + (fix.hasCommand()
                                        ? " Run " + fix.where().label() + ": " + fix.command()
                                        : ""));
            }
            if ((a.status() == Status.RECOMMENDED || a.status() == Status.ELIGIBLE)
                    && a.fixes().isEmpty()) {
                add(
                        checks,
                        "The profile says "
                                + name
                                + " works on this host as it is: if the error persists, run the"
                                + " probe again, the host may have changed since the profile was"
                                + " made.");
            }
        }
    }

    private static void add(List<String> list, String line) {
        if (!list.contains(line)) {
            list.add(line);
        }
    }

    private String describeHost() {
        String build =
                host.build()
                        .map(
                                b ->
                                        ", build "
                                                + b
                                                + (profile.host().ubr() == null
                                                        ? ""
                                                        : "." + profile.host().ubr()))
                        .orElse(", build unknown");
        if (!host.isVirtual()) {
            return host.osName() + build + ", a physical machine";
        }
        return host.osName()
                + build
                + ", a VM"
                + host.parentHypervisor().map(p -> " on " + p.id()).orElse("")
                + host.cloud().map(c -> " in " + c.id()).orElse("")
                + (host.nestedExposed()
                        ? ", nested virtualization exposed"
                        : ", no nested virtualization");
    }

    private Optional<String> matchingImage() {
        Optional<Integer> build = host.build();
        if (build.isEmpty()) {
            return Optional.empty();
        }
        Optional<ImageVersion> image =
                host.release()
                        .filter(r -> r.build() == build.get())
                        .map(WindowsRelease::imageVersion);
        return Optional.of(
                image.map(
                                v ->
                                        "Base images built for this host's build "
                                                + build.get()
                                                + " carry the tag "
                                                + v.id()
                                                + " (process isolation needs that build).")
                        .orElse(
                                "No Windows base image is built for this host's build "
                                        + build.get()
                                        + ": containers here need Hyper-V isolation, or a host"
                                        + " whose build matches an image."));
    }
}
