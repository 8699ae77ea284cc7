package dev.dockwise.scripts.plans;

import dev.dockwise.engine.facts.InstallFacts;
import dev.dockwise.engine.facts.Knowledge;
import dev.dockwise.engine.facts.ModeCatalog.ModeInfo;
import dev.dockwise.engine.model.Arch;
import dev.dockwise.engine.model.ContainerType;
import dev.dockwise.engine.model.ImageVersion;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.engine.model.Orchestration;
import dev.dockwise.engine.model.Profile;
import dev.dockwise.engine.model.Software;
import dev.dockwise.engine.model.WindowsImage;
import dev.dockwise.engine.result.HostReading;
import dev.dockwise.engine.result.ModeAssessment;
import dev.dockwise.engine.result.Recommendation;
import dev.dockwise.scripts.options.ScriptOptions;
import java.util.Optional;

/**
 * Everything a plan is built from: the host as the advisor read it, the verdict on the mode, the
 * facts and the user's options.
 */
record ScriptContext(
        Profile profile,
        Recommendation recommendation,
        Mode mode,
        ScriptOptions options,
        Knowledge knowledge) {

    static ScriptContext of(
            Profile profile,
            Recommendation recommendation,
            Mode mode,
            ScriptOptions options,
            Knowledge knowledge) {
        return new ScriptContext(profile, recommendation, mode, options, knowledge);
    }

    HostReading host() {
        return recommendation.host();
    }

    ModeAssessment verdict() {
        return recommendation.option(mode);
    }

    ModeInfo info() {
        return knowledge.modes().mode(mode);
    }

    InstallFacts install() {
        return knowledge.install();
    }

    boolean server() {
        return host().isServer();
    }

    boolean arm64() {
        return host().arch() == Arch.ARM64;
    }

    boolean needsWindows() {
        return host().needs(ContainerType.WINDOWS);
    }

    boolean needsLinux() {
        return host().needs(ContainerType.LINUX);
    }

    Software software() {
        return profile.host().software();
    }

    Optional<WindowsImage> windowsImage() {
        return Optional.ofNullable(profile.needs().windowsImage());
    }

    Optional<ImageVersion> windowsImageVersion() {
        return Optional.ofNullable(profile.needs().windowsImageVersion());
    }

    Orchestration orchestration() {
        return profile.needs().orchestration() == null
                ? Orchestration.NONE
                : profile.needs().orchestration();
    }

    String hostName() {
        return profile.name() == null ? "this host" : profile.name();
    }
}
