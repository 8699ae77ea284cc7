package dev.dockwise.engine.rules;

import dev.dockwise.engine.facts.OrchestrationFacts;
import dev.dockwise.engine.facts.WindowsFamily;
import dev.dockwise.engine.model.Orchestration;
import java.util.Optional;

/** Swarm, Kubernetes and Compose limits for Windows containers on this host. */
final class OrchestrationChecks {
    private OrchestrationChecks() {}

    static void windows(HostFacts host, Assessment a) {
        OrchestrationFacts facts = host.knowledge().orchestration();
        Orchestration orchestration = host.orchestration();
        if (orchestration == Orchestration.SWARM) {
            UpdatePath.Outcome outcome =
                    new UpdatePath(host)
                            .check(facts.swarm().minBuilds(), "Swarm mode with Windows nodes");
            outcome.fix().ifPresent(a::fix);
            outcome.blocker().ifPresent(a::block);
            Optional<String> family = host.family().map(WindowsFamily::id);
            if (family.isPresent() && family.get().equals("server2016")) {
                a.warn(
                        "Swarm on Windows Server 2016 needs update "
                                + facts.swarm().server2016Update()
                                + " or later.");
            }
            if (family.isPresent() && !facts.swarm().routingMeshFamilies().contains(family.get())) {
                a.warn(facts.swarm().noRoutingMeshNote());
            }
            a.warn(facts.swarm().encryptionNote());
            a.warn(facts.swarm().versionMatchingNote());
            if (host.isServer()) {
                a.reason(
                        "Swarm needs open ports "
                                + facts.swarm().ports()
                                + ". "
                                + facts.swarm().runtimeNote());
            }
        } else if (orchestration == Orchestration.KUBERNETES) {
            a.warn(facts.kubernetes().windowsNodes());
            host.family()
                    .flatMap(f -> facts.kubernetes().aksNode(f.id()))
                    .ifPresent(
                            node -> {
                                if (node.retired()) {
                                    a.warn(node.note());
                                    a.adjust(-10);
                                } else {
                                    a.reason(node.note());
                                }
                            });
        } else if (orchestration == Orchestration.COMPOSE && host.isServer()) {
            a.warn(facts.compose().binariesNote());
        }
    }
}
