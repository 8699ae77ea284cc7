package dev.dockwise.engine.diagnose;

import dev.dockwise.engine.facts.ErrorCatalogue;
import java.util.List;

/**
 * Whether a paste shows a Linux host running the engine and nothing of Windows (errors.json {@code
 * hostSignals}): systemd units, {@code /var/run/docker.sock}, a distribution's prompt or {@code
 * docker info}, without a drive path, an {@code .exe}, a named pipe, WSL or Docker Desktop. Such a
 * paste is no evidence for a cause that exists only on a Windows host.
 */
final class HostSignals {
    private final List<QuickPattern> linux;
    private final List<QuickPattern> windows;

    HostSignals(ErrorCatalogue.HostSignals signals) {
        this.linux = signals.linux().stream().map(QuickPattern::new).toList();
        this.windows = signals.windows().stream().map(QuickPattern::new).toList();
    }

    /** True when the normalised text has a Linux host's marks and none of Windows'. */
    boolean linuxOnly(String normalised) {
        return linux.stream().anyMatch(p -> p.foundIn(normalised))
                && windows.stream().noneMatch(p -> p.foundIn(normalised));
    }
}
