package dev.dockwise.engine.diagnose;

import dev.dockwise.engine.Advisor;
import dev.dockwise.engine.facts.EditionInfo;
import dev.dockwise.engine.facts.ErrorCatalogue.Signature;
import dev.dockwise.engine.facts.Knowledge;
import dev.dockwise.engine.facts.WindowsRelease;
import dev.dockwise.engine.model.Host;
import dev.dockwise.engine.model.MachineKind;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.engine.model.Profile;
import dev.dockwise.engine.model.Status;
import dev.dockwise.engine.result.Fix;
import dev.dockwise.engine.result.ModeAssessment;
import dev.dockwise.engine.result.Recommendation;
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
    private final Recommendation recommendation;

    HostAdvice(Advisor advisor, Profile profile) {
        this.knowledge = advisor.knowledge();
        this.profile = profile;
        this.recommendation = advisor.evaluate(profile);
    }

    void addTo(Signature signature, List<String> causes, List<String> checks, List<String> fixes) {
        checks.add("From the profile" + (profile.name() == null ? "" : " \"" + profile.name() + "\"") + ": " + describeHost() + ".");
        boolean windowsContainers = signature.relatedModes().contains(Mode.WINDOWS_PROCESS) || signature.relatedModes().contains(Mode.WINDOWS_HYPERV);
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
                add(fixes, PREFIX + fix.action() + (fix.hasCommand() ? " Run " + fix.where().label() + ": " + fix.command() : ""));
            }
            if ((a.status() == Status.RECOMMENDED || a.status() == Status.ELIGIBLE) && a.fixes().isEmpty()) {
                add(checks, "The profile says " + name + " works on this host as it is: if the error persists, run the probe again, "
                        + "the host may have changed since the profile was made.");
            }
        }
    }

    private static void add(List<String> list, String line) {
        if (!list.contains(line)) {
            list.add(line);
        }
    }

    private String describeHost() {
        Host h = profile.host();
        String edition = h.edition() == null ? "Windows (edition unknown)" : knowledge.editions().stream()
                .filter(e -> e.id() == h.edition()).map(EditionInfo::name).findFirst().orElse(h.edition().id());
        String build = h.build() == null ? "build unknown" : "build " + h.build() + (h.ubr() == null ? "" : "." + h.ubr());
        String machine = h.machine() == MachineKind.VIRTUAL
                ? "a VM" + (h.hypervisor() == null ? "" : " on " + h.hypervisor().id()) + (h.cloud() == null ? "" : " in " + h.cloud().id())
                + (h.nestedVirtualization() == null ? "" : h.nestedVirtualization() ? ", nested virtualization exposed" : ", no nested virtualization")
                : h.machine() == MachineKind.PHYSICAL ? "a physical machine" : "machine kind unknown";
        return edition + ", " + build + ", " + machine;
    }

    private Optional<String> matchingImage() {
        Host h = profile.host();
        if (h.build() == null || h.edition() == null) {
            return Optional.empty();
        }
        Optional<WindowsRelease> release = knowledge.editions().stream().filter(e -> e.id() == h.edition()).findFirst()
                .flatMap(edition -> knowledge.releases().exact(edition.kind(), h.build()));
        if (release.isPresent() && release.get().imageVersion() != null) {
            return Optional.of("Base images built for this host's build " + h.build() + " carry the tag " + release.get().imageVersion().id()
                    + " (process isolation needs that build).");
        }
        return Optional.of("No Windows base image is built for this host's build " + h.build()
                + ": containers here need Hyper-V isolation, or a host whose build matches an image.");
    }
}
