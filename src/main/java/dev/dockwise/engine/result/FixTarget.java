package dev.dockwise.engine.result;

import dev.dockwise.engine.model.Identified;

/**
 * Where a fix is made: the user must know whether to reboot into firmware or call the cloud admin.
 */
public enum FixTarget implements Identified {
    THIS_HOST("this-host", "on this host"),
    FIRMWARE("firmware", "in this machine's UEFI/BIOS setup"),
    PARENT_HOST("parent-host", "on the parent host that runs this VM"),
    CLOUD_PORTAL("cloud-portal", "in the cloud portal or CLI");

    private final String id;
    private final String label;

    FixTarget(String id, String label) {
        this.id = id;
        this.label = label;
    }

    @Override
    public String id() {
        return id;
    }

    /** Phrase for sentences, e.g. "on the parent host that runs this VM". */
    public String label() {
        return label;
    }
}
