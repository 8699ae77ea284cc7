package dev.dockwise.profile;

import java.util.List;

/**
 * The field names of a {@code dockwise.profile/v1} document (SPEC section 2), for {@link
 * ProfileField}'s table and for code that names one field (the probe's findings, tests).
 */
public final class ProfileFields {
    public static final String SCHEMA = "schema";
    public static final String NAME = "name";
    public static final String HOST = "host";
    public static final String NEEDS = "needs";
    public static final String EDITION = "edition";

    /**
     * Added after v1 shipped: optional, written only when known, so other v1 readers see it only
     * where the edition alone can't say it.
     */
    public static final String EDITION_ID = "editionId";

    /**
     * Added after v1 shipped: optional, written only when true, so other v1 readers see it only on
     * LTSC hosts.
     */
    public static final String LTSC = "ltsc";

    /**
     * Added after v1 shipped: optional, written only when true, so other v1 readers see it only on
     * hosts in S mode.
     */
    public static final String S_MODE = "sMode";

    public static final String BUILD = "build";
    public static final String UBR = "ubr";
    public static final String ARCH = "arch";
    public static final String MEMORY_GB = "memoryGb";
    public static final String SERVER_INSTALLATION = "serverInstallation";
    public static final String CPU = "cpu";
    public static final String MACHINE = "machine";
    public static final String HYPERVISOR = "hypervisor";
    public static final String CLOUD = "cloud";
    public static final String VM_SIZE = "vmSize";
    public static final String NESTED_VIRTUALIZATION = "nestedVirtualization";
    public static final String FEATURES = "features";
    public static final String SOFTWARE = "software";
    public static final String ADMIN = "admin";
    public static final String VENDOR = "vendor";
    public static final String VIRTUALIZATION_ENABLED = "virtualizationEnabled";
    public static final String SLAT = "slat";
    public static final String HYPER_V = "hyperV";
    public static final String CONTAINERS = "containers";
    public static final String WSL = "wsl";
    public static final String VIRTUAL_MACHINE_PLATFORM = "virtualMachinePlatform";
    public static final String VIRTUAL_BOX = "virtualBox";
    public static final String VMWARE_WORKSTATION = "vmwareWorkstation";
    public static final String DOCKER_DESKTOP = "dockerDesktop";
    public static final String PURPOSE = "purpose";
    public static final String ISOLATION = "isolation";
    public static final String WINDOWS_IMAGE = "windowsImage";
    public static final String WINDOWS_IMAGE_VERSION = "windowsImageVersion";
    public static final String ORCHESTRATION = "orchestration";
    public static final String ORGANIZATION = "organization";

    /**
     * The fields of each object, in the order a profile is written: from the table of {@link
     * ProfileField}.
     */
    public static final List<String> TOP = ProfileField.namesIn(ProfileField.Group.TOP);

    public static final List<String> IN_HOST = ProfileField.namesIn(ProfileField.Group.HOST);
    public static final List<String> IN_CPU = ProfileField.namesIn(ProfileField.Group.CPU);
    public static final List<String> IN_FEATURES =
            ProfileField.namesIn(ProfileField.Group.FEATURES);
    public static final List<String> IN_SOFTWARE =
            ProfileField.namesIn(ProfileField.Group.SOFTWARE);
    public static final List<String> IN_NEEDS = ProfileField.namesIn(ProfileField.Group.NEEDS);

    private ProfileFields() {}
}
