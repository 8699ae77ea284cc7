package dev.dockwise.engine.model;

/**
 * Installed versions of software that competes for the hypervisor; null means not installed or
 * unknown.
 */
public record Software(String virtualBox, String vmwareWorkstation, String dockerDesktop) {
    public static Software none() {
        return new Software(null, null, null);
    }
}
