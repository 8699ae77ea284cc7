package dev.dockwise;

import dev.dockwise.engine.model.Arch;
import dev.dockwise.engine.model.Cloud;
import dev.dockwise.engine.model.ContainerType;
import dev.dockwise.engine.model.CpuVendor;
import dev.dockwise.engine.model.Edition;
import dev.dockwise.engine.model.HypervisorKind;
import dev.dockwise.engine.model.ImageVersion;
import dev.dockwise.engine.model.Isolation;
import dev.dockwise.engine.model.MachineKind;
import dev.dockwise.engine.model.Orchestration;
import dev.dockwise.engine.model.Organization;
import dev.dockwise.engine.model.Profile;
import dev.dockwise.engine.model.Purpose;
import dev.dockwise.engine.model.ServerInstallation;
import dev.dockwise.engine.model.WindowsImage;
import dev.dockwise.engine.result.Recommendation;
import dev.dockwise.profile.InvalidProfileException;
import dev.dockwise.profile.ProfileField;
import dev.dockwise.profile.ProfileReader;
import dev.dockwise.profile.ProfileValidator;
import dev.dockwise.profile.ProfileWriter;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;

/**
 * A typed profile for tests: {@link TestEngine#baseline()} (Windows 11 Pro 23H2, Linux containers
 * for development) with the answers a test changes, checked by the profile validator when built, so
 * no test reasons about a profile no user could hand over. A typed face on the answers of {@link
 * ProfileField}'s table, one value per row, built as a saved profile is read; null is unknown, as
 * JSON null or an absent field is. A setter changes this profile and returns it, so a host tests
 * share is a method that makes a new one, not a constant.
 *
 * <pre>TestProfile.baseline().edition(Edition.HOME).containers(LINUX, WINDOWS).evaluate()</pre>
 */
public final class TestProfile {
    private final Map<ProfileField, Object> values = new EnumMap<>(ProfileField.class);

    private TestProfile(Profile p) {
        for (ProfileField field : ProfileField.values()) {
            values.put(field, field.of(p));
        }
    }

    /** {@link TestEngine#baseline()} read once, as a saved profile is read. */
    private static final Profile BASELINE = read(TestEngine.baseline());

    private static Profile read(String json) {
        try {
            return ProfileReader.read(json);
        } catch (InvalidProfileException e) {
            throw new AssertionError("the baseline profile is invalid: " + e.getMessage(), e);
        }
    }

    public static TestProfile baseline() {
        return new TestProfile(BASELINE);
    }

    private TestProfile set(ProfileField field, Object value) {
        values.put(field, value);
        return this;
    }

    /**
     * The profile, as the validator accepts it (a test's mistake fails here, with the validator's
     * words).
     */
    public Profile profile() {
        ProfileValidator.Checked checked =
                ProfileValidator.check(ProfileWriter.document(values::get));
        if (!checked.problems().isEmpty()) {
            throw new AssertionError(
                    "no user could hand over this test profile: " + checked.problems());
        }
        return checked.usable();
    }

    /**
     * The choice with this profile id ("server-datacenter", "ltsc2022"), for tables of cases; null
     * stays null.
     */
    public static <E extends Enum<E> & dev.dockwise.engine.model.Identified> E id(
            Class<E> type, String id) {
        return id == null
                ? null
                : dev.dockwise.engine.model.Identified.parse(type, id)
                        .orElseThrow(
                                () ->
                                        new AssertionError(
                                                "no " + type.getSimpleName() + " \"" + id + "\""));
    }

    public Recommendation evaluate() {
        return TestEngine.ADVISOR.evaluate(profile());
    }

    public TestProfile name(String value) {
        return set(ProfileField.NAME, value);
    }

    public TestProfile edition(Edition value) {
        return set(ProfileField.EDITION, value);
    }

    public TestProfile editionId(String value) {
        return set(ProfileField.EDITION_ID, value);
    }

    public TestProfile ltsc(Boolean value) {
        return set(ProfileField.LTSC, value);
    }

    public TestProfile sMode(Boolean value) {
        return set(ProfileField.S_MODE, value);
    }

    public TestProfile build(Integer value) {
        return set(ProfileField.BUILD, value);
    }

    public TestProfile ubr(Integer value) {
        return set(ProfileField.UBR, value);
    }

    public TestProfile arch(Arch value) {
        return set(ProfileField.ARCH, value);
    }

    public TestProfile memoryGb(Double value) {
        return set(ProfileField.MEMORY_GB, value);
    }

    public TestProfile serverInstallation(ServerInstallation value) {
        return set(ProfileField.SERVER_INSTALLATION, value);
    }

    public TestProfile cpuVendor(CpuVendor value) {
        return set(ProfileField.CPU_VENDOR, value);
    }

    public TestProfile virtualizationEnabled(Boolean value) {
        return set(ProfileField.VIRTUALIZATION_ENABLED, value);
    }

    public TestProfile slat(Boolean value) {
        return set(ProfileField.SLAT, value);
    }

    public TestProfile machine(MachineKind value) {
        return set(ProfileField.MACHINE, value);
    }

    public TestProfile hypervisor(HypervisorKind value) {
        return set(ProfileField.HYPERVISOR, value);
    }

    public TestProfile cloud(Cloud value) {
        return set(ProfileField.CLOUD, value);
    }

    public TestProfile vmSize(String value) {
        return set(ProfileField.VM_SIZE, value);
    }

    public TestProfile nestedVirtualization(Boolean value) {
        return set(ProfileField.NESTED_VIRTUALIZATION, value);
    }

    public TestProfile hyperV(Boolean value) {
        return set(ProfileField.HYPER_V, value);
    }

    public TestProfile containersFeature(Boolean value) {
        return set(ProfileField.CONTAINERS_FEATURE, value);
    }

    public TestProfile wsl(Integer value) {
        return set(ProfileField.WSL, value);
    }

    public TestProfile virtualMachinePlatform(Boolean value) {
        return set(ProfileField.VIRTUAL_MACHINE_PLATFORM, value);
    }

    public TestProfile virtualBox(String version) {
        return set(ProfileField.VIRTUAL_BOX, version);
    }

    public TestProfile vmwareWorkstation(String version) {
        return set(ProfileField.VMWARE_WORKSTATION, version);
    }

    public TestProfile dockerDesktop(String version) {
        return set(ProfileField.DOCKER_DESKTOP, version);
    }

    public TestProfile admin(Boolean value) {
        return set(ProfileField.ADMIN, value);
    }

    public TestProfile purpose(Purpose value) {
        return set(ProfileField.PURPOSE, value);
    }

    public TestProfile isolation(Isolation value) {
        return set(ProfileField.ISOLATION, value);
    }

    public TestProfile windowsImage(WindowsImage value) {
        return set(ProfileField.WINDOWS_IMAGE, value);
    }

    public TestProfile windowsImageVersion(ImageVersion value) {
        return set(ProfileField.WINDOWS_IMAGE_VERSION, value);
    }

    public TestProfile orchestration(Orchestration value) {
        return set(ProfileField.ORCHESTRATION, value);
    }

    public TestProfile organization(Organization value) {
        return set(ProfileField.ORGANIZATION, value);
    }

    /** The container types needed; none at all is "unknown". */
    public TestProfile containers(ContainerType... types) {
        return set(
                ProfileField.CONTAINERS,
                types.length == 0
                        ? EnumSet.noneOf(ContainerType.class)
                        : EnumSet.of(types[0], types));
    }
}
