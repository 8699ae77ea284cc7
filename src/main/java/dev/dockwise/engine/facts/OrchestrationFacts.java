package dev.dockwise.engine.facts;

import java.util.List;
import java.util.Optional;

/** Swarm, Kubernetes and Compose facts for Windows hosts. */
public record OrchestrationFacts(Swarm swarm, Kubernetes kubernetes, Compose compose) {

    /** Swarm mode with Windows nodes. */
    public record Swarm(
            List<ModeCatalog.MinBuild> minBuilds,
            String server2016Update,
            String ports,
            List<String> routingMeshFamilies,
            String noRoutingMeshNote,
            String encryptionNote,
            String versionMatchingNote,
            String runtimeNote,
            String source) {

        public Swarm {
            minBuilds = List.copyOf(minBuilds);
            routingMeshFamilies = List.copyOf(routingMeshFamilies);
        }
    }

    /** Kubernetes with Windows nodes. */
    public record Kubernetes(
            String windowsNodes, List<AksNode> aksNodes, String checkedOn, String source) {
        public Kubernetes {
            aksNodes = List.copyOf(aksNodes);
        }

        public Optional<AksNode> aksNode(String family) {
            return aksNodes.stream().filter(n -> n.family().equals(family)).findFirst();
        }
    }

    /** Whether AKS still offers Windows nodes of one Windows Server family, and until when. */
    public record AksNode(
            String family, String status, String since, String until, String note, String source) {
        public boolean retired() {
            return "retired".equals(status);
        }
    }

    /** Compose availability. */
    public record Compose(String binariesNote, String source) {}
}
