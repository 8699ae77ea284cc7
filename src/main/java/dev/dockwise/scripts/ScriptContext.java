package dev.dockwise.scripts;

import dev.dockwise.engine.facts.InstallFacts;
import dev.dockwise.engine.facts.Knowledge;
import dev.dockwise.engine.facts.ModeCatalog.ModeInfo;
import dev.dockwise.engine.model.Arch;
import dev.dockwise.engine.model.ContainerType;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.engine.model.Profile;
import dev.dockwise.engine.result.ModeAssessment;
import dev.dockwise.engine.result.Recommendation;
import dev.dockwise.engine.rules.Assumptions;
import dev.dockwise.engine.rules.HostFacts;

/** Everything a plan is built from: the host, the verdict on the mode, the facts and the user's options. */
record ScriptContext(Profile profile, Recommendation recommendation, Mode mode, ScriptOptions options, Knowledge knowledge, HostFacts host) {

    static ScriptContext of(Profile profile, Recommendation recommendation, Mode mode, ScriptOptions options, Knowledge knowledge) {
        return new ScriptContext(profile, recommendation, mode, options, knowledge, new HostFacts(knowledge, profile, new Assumptions()));
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
        return host.isServer();
    }

    boolean arm64() {
        return host.arch() == Arch.ARM64;
    }

    boolean needsWindows() {
        return host.needs(ContainerType.WINDOWS);
    }

    boolean needsLinux() {
        return host.needs(ContainerType.LINUX);
    }

    String hostName() {
        return profile.name() == null ? "this host" : profile.name();
    }
}
