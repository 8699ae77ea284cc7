package dev.dockwise.engine.rules;

import dev.dockwise.engine.model.HostKind;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.engine.model.Purpose;

/**
 * How good each mode is for a purpose before host-specific adjustments. This is Dockwise's
 * judgement, not a sourced fact: Docker Desktop with WSL 2 is the default developer experience,
 * native process isolation is Windows Server's production default, a Linux VM is the most
 * production-like Linux host, and Toolbox only wins where nothing current works.
 */
final class Scoring {
    private Scoring() {}

    static int base(Mode mode, Purpose purpose, HostKind kind) {
        boolean production = purpose == Purpose.PRODUCTION;
        boolean test = purpose == Purpose.TEST;
        boolean server = kind == HostKind.SERVER;
        return switch (mode) {
            case DESKTOP_WSL2 -> production ? 50 : test ? 90 : 92;
            case DESKTOP_HYPERV -> production ? 45 : test ? 78 : 80;
            case WSL2_ENGINE -> production ? 60 : test ? 84 : 84;
            case LINUX_VM -> production ? 85 : test ? 70 : 62;
            case WINDOWS_PROCESS -> server ? 95 : 82;
            case WINDOWS_HYPERV -> server ? (production ? 86 : 85) : 88;
            case TOOLBOX -> 20;
            case LCOW -> 10;
        };
    }
}
