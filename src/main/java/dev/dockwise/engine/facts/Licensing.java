package dev.dockwise.engine.facts;

import java.util.List;

/**
 * Licence terms that decide between modes: Docker Desktop's subscription, free engines, server
 * runtimes.
 */
public record Licensing(
        DockerDesktop dockerDesktop,
        Engine dockerEngine,
        List<Runtime> serverRuntimes,
        List<Alternative> alternatives) {

    public Licensing {
        serverRuntimes = List.copyOf(serverRuntimes);
        alternatives = List.copyOf(alternatives);
    }

    /** Docker Desktop's subscription terms and support positions. */
    public record DockerDesktop(
            String paidAbove,
            String freeFor,
            List<String> paidPlans,
            boolean governmentNeedsPaid,
            String acceptance,
            String vmSupport,
            String serverSupport,
            String servicingSupport,
            String ltscSupport,
            String ltscSource,
            String managedInstall,
            String managedSource,
            String wslMinimum,
            String source) {}

    /** Docker Engine's licence. */
    public record Engine(String licence, String note, String source) {}

    /** An engine for Windows containers on Windows Server. */
    public record Runtime(String id, String name, String licence, String note, String source) {}

    /**
     * A peer product offered as an alternative in explanations. {@code status} is "current" (the
     * default) or "preview": a preview is named with its status and never offered as a way to go
     * until it is generally available.
     */
    public record Alternative(String id, String name, String status, String note, String source) {
        public Alternative {
            status = status == null ? "current" : status;
        }

        public boolean preview() {
            return "preview".equals(status);
        }
    }
}
