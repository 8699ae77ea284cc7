package dev.dockwise.engine.facts;

import java.util.List;

/** Swarm, Kubernetes and Compose facts for Windows hosts. */
public record OrchestrationFacts(Swarm swarm, Kubernetes kubernetes, Compose compose) {

    /** Swarm mode with Windows nodes. */
    public record Swarm(List<ModeCatalog.MinBuild> minBuilds, String server2016Update, String ports,
                        List<String> routingMeshFamilies, String noRoutingMeshNote, String encryptionNote,
                        String versionMatchingNote, String runtimeNote, String source) {

        public Swarm {
            minBuilds = List.copyOf(minBuilds);
            routingMeshFamilies = List.copyOf(routingMeshFamilies);
        }
    }

    /** Kubernetes with Windows nodes. */
    public record Kubernetes(String windowsNodes, String source) {
    }

    /** Compose availability. */
    public record Compose(String binariesNote, String source) {
    }
}
