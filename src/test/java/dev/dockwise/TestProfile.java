package dev.dockwise;

import dev.dockwise.engine.model.Arch;
import dev.dockwise.engine.model.Cloud;
import dev.dockwise.engine.model.ContainerType;
import dev.dockwise.engine.model.Cpu;
import dev.dockwise.engine.model.CpuVendor;
import dev.dockwise.engine.model.Edition;
import dev.dockwise.engine.model.Features;
import dev.dockwise.engine.model.Host;
import dev.dockwise.engine.model.HypervisorKind;
import dev.dockwise.engine.model.ImageVersion;
import dev.dockwise.engine.model.Isolation;
import dev.dockwise.engine.model.MachineKind;
import dev.dockwise.engine.model.Needs;
import dev.dockwise.engine.model.Orchestration;
import dev.dockwise.engine.model.Organization;
import dev.dockwise.engine.model.Profile;
import dev.dockwise.engine.model.Purpose;
import dev.dockwise.engine.model.ServerInstallation;
import dev.dockwise.engine.model.Software;
import dev.dockwise.engine.model.WindowsImage;
import dev.dockwise.engine.result.Recommendation;
import dev.dockwise.profile.InvalidProfileException;
import dev.dockwise.profile.ProfileValidator;
import dev.dockwise.profile.ProfileWriter;
import java.util.EnumSet;
import java.util.Set;

/**
 * A typed profile for engine tests: {@link TestEngine#baseline()} (Windows 11 Pro 23H2, Linux
 * containers for development) with the answers a test changes, checked by the profile validator
 * when built, so no test reasons about a profile no user could hand over.
 * <pre>TestProfile.baseline().edition(Edition.HOME).containers(LINUX, WINDOWS).evaluate()</pre>
 */
public final class TestProfile {
    private String name;
    private Edition edition;
    private String editionId;
    private Boolean ltsc;
    private Boolean sMode;
    private Integer build;
    private Integer ubr;
    private Arch arch;
    private Double memoryGb;
    private ServerInstallation serverInstallation;
    private CpuVendor vendor;
    private Boolean virtualizationEnabled;
    private Boolean slat;
    private MachineKind machine;
    private HypervisorKind hypervisor;
    private Cloud cloud;
    private String vmSize;
    private Boolean nestedVirtualization;
    private Boolean hyperV;
    private Boolean containersFeature;
    private Integer wsl;
    private Boolean virtualMachinePlatform;
    private String virtualBox;
    private String vmwareWorkstation;
    private String dockerDesktop;
    private Boolean admin;
    private Set<ContainerType> containers;
    private Purpose purpose;
    private Isolation isolation;
    private WindowsImage windowsImage;
    private ImageVersion windowsImageVersion;
    private Orchestration orchestration;
    private Organization organization;

    private TestProfile(Profile p) {
        Host h = p.host();
        Needs n = p.needs();
        name = p.name();
        edition = h.edition();
        editionId = h.editionId();
        ltsc = h.ltsc();
        sMode = h.sMode();
        build = h.build();
        ubr = h.ubr();
        arch = h.arch();
        memoryGb = h.memoryGb();
        serverInstallation = h.serverInstallation();
        vendor = h.cpu().vendor();
        virtualizationEnabled = h.cpu().virtualizationEnabled();
        slat = h.cpu().slat();
        machine = h.machine();
        hypervisor = h.hypervisor();
        cloud = h.cloud();
        vmSize = h.vmSize();
        nestedVirtualization = h.nestedVirtualization();
        hyperV = h.features().hyperV();
        containersFeature = h.features().containers();
        wsl = h.features().wsl();
        virtualMachinePlatform = h.features().virtualMachinePlatform();
        virtualBox = h.software().virtualBox();
        vmwareWorkstation = h.software().vmwareWorkstation();
        dockerDesktop = h.software().dockerDesktop();
        admin = h.admin();
        containers = n.containers().isEmpty() ? EnumSet.noneOf(ContainerType.class) : EnumSet.copyOf(n.containers());
        purpose = n.purpose();
        isolation = n.isolation();
        windowsImage = n.windowsImage();
        windowsImageVersion = n.windowsImageVersion();
        orchestration = n.orchestration();
        organization = n.organization();
    }

    public static TestProfile baseline() {
        return new TestProfile(TestEngine.profile(p -> { }));
    }

    /** The profile, as the validator accepts it (a test's mistake fails here, with the validator's words). */
    public Profile profile() {
        Profile p = new Profile(name,
                new Host(edition, editionId, ltsc, sMode, build, ubr, arch, memoryGb, serverInstallation, new Cpu(vendor, virtualizationEnabled, slat), machine,
                        hypervisor, cloud, vmSize, nestedVirtualization, new Features(hyperV, containersFeature, wsl, virtualMachinePlatform),
                        new Software(virtualBox, vmwareWorkstation, dockerDesktop), admin),
                new Needs(containers, purpose, isolation, windowsImage, windowsImageVersion, orchestration, organization));
        try {
            return ProfileValidator.validate(ProfileWriter.toTree(p));
        } catch (InvalidProfileException e) {
            throw new AssertionError("no user could hand over this test profile: " + e.getMessage(), e);
        }
    }

    /** The choice with this profile id ("server-datacenter", "ltsc2022"), for tables of cases; null stays null. */
    public static <E extends Enum<E> & dev.dockwise.engine.model.Identified> E id(Class<E> type, String id) {
        return id == null ? null : dev.dockwise.engine.model.Identified.parse(type, id)
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " \"" + id + "\""));
    }

    public Recommendation evaluate() {
        return TestEngine.ADVISOR.evaluate(profile());
    }

    public TestProfile name(String value) { name = value; return this; }
    public TestProfile edition(Edition value) { edition = value; return this; }
    public TestProfile editionId(String value) { editionId = value; return this; }
    public TestProfile ltsc(Boolean value) { ltsc = value; return this; }
    public TestProfile sMode(Boolean value) { sMode = value; return this; }
    public TestProfile build(Integer value) { build = value; return this; }
    public TestProfile ubr(Integer value) { ubr = value; return this; }
    public TestProfile arch(Arch value) { arch = value; return this; }
    public TestProfile memoryGb(Double value) { memoryGb = value; return this; }
    public TestProfile serverInstallation(ServerInstallation value) { serverInstallation = value; return this; }
    public TestProfile cpuVendor(CpuVendor value) { vendor = value; return this; }
    public TestProfile virtualizationEnabled(Boolean value) { virtualizationEnabled = value; return this; }
    public TestProfile slat(Boolean value) { slat = value; return this; }
    public TestProfile machine(MachineKind value) { machine = value; return this; }
    public TestProfile hypervisor(HypervisorKind value) { hypervisor = value; return this; }
    public TestProfile cloud(Cloud value) { cloud = value; return this; }
    public TestProfile vmSize(String value) { vmSize = value; return this; }
    public TestProfile nestedVirtualization(Boolean value) { nestedVirtualization = value; return this; }
    public TestProfile hyperV(Boolean value) { hyperV = value; return this; }
    public TestProfile containersFeature(Boolean value) { containersFeature = value; return this; }
    public TestProfile wsl(Integer value) { wsl = value; return this; }
    public TestProfile virtualMachinePlatform(Boolean value) { virtualMachinePlatform = value; return this; }
    public TestProfile virtualBox(String version) { virtualBox = version; return this; }
    public TestProfile vmwareWorkstation(String version) { vmwareWorkstation = version; return this; }
    public TestProfile dockerDesktop(String version) { dockerDesktop = version; return this; }
    public TestProfile admin(Boolean value) { admin = value; return this; }
    public TestProfile purpose(Purpose value) { purpose = value; return this; }
    public TestProfile isolation(Isolation value) { isolation = value; return this; }
    public TestProfile windowsImage(WindowsImage value) { windowsImage = value; return this; }
    public TestProfile windowsImageVersion(ImageVersion value) { windowsImageVersion = value; return this; }
    public TestProfile orchestration(Orchestration value) { orchestration = value; return this; }
    public TestProfile organization(Organization value) { organization = value; return this; }

    /** The container types needed; none at all is "unknown". */
    public TestProfile containers(ContainerType... types) {
        containers = types.length == 0 ? EnumSet.noneOf(ContainerType.class) : EnumSet.of(types[0], types);
        return this;
    }
}
