package dev.dockwise.engine.rules;

import dev.dockwise.engine.facts.Capability;
import dev.dockwise.engine.facts.EditionInfo;
import dev.dockwise.engine.facts.EditionVariant;
import dev.dockwise.engine.facts.Knowledge;
import dev.dockwise.engine.facts.VirtualizationFacts.AzureSeries;
import dev.dockwise.engine.facts.WindowsFamily;
import dev.dockwise.engine.facts.WindowsRelease;
import dev.dockwise.engine.model.Arch;
import dev.dockwise.engine.model.Cloud;
import dev.dockwise.engine.model.ContainerType;
import dev.dockwise.engine.model.CpuVendor;
import dev.dockwise.engine.model.Edition;
import dev.dockwise.engine.model.Host;
import dev.dockwise.engine.model.HostKind;
import dev.dockwise.engine.model.HypervisorKind;
import dev.dockwise.engine.model.ImageVersion;
import dev.dockwise.engine.model.Isolation;
import dev.dockwise.engine.model.MachineKind;
import dev.dockwise.engine.model.Needs;
import dev.dockwise.engine.model.Orchestration;
import dev.dockwise.engine.model.Organization;
import dev.dockwise.engine.model.Profile;
import dev.dockwise.engine.model.Purpose;
import dev.dockwise.engine.model.WindowsImage;
import dev.dockwise.engine.result.HostReading;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The profile as the rules read it: every unknown is resolved to a stated assumption the first time
 * a rule relies on it, so the result lists exactly the assumptions that mattered.
 */
public final class HostFacts {
    private final Knowledge knowledge;
    private final Host host;
    private final Needs needs;
    private final Assumptions assumptions;
    private final Optional<EditionVariant> variant;
    private final HostKind kind;
    private final EditionInfo edition;
    private final WindowsRelease release;

    public HostFacts(Knowledge knowledge, Profile profile, Assumptions assumptions) {
        this.knowledge = knowledge;
        this.host = profile.host();
        this.needs = profile.needs();
        this.assumptions = assumptions;
        this.variant = resolveVariant();
        this.kind = resolveKind();
        this.edition = resolveEdition();
        this.release = resolveRelease();
    }

    /**
     * Client or server, as the advisor decides it (an unknown edition with a Windows Server build
     * is a server). Every view of a host (matrix row, report) must agree with the advice, so all
     * ask here.
     */
    public static HostKind kindOf(Knowledge knowledge, Profile profile) {
        return new HostFacts(knowledge, profile, new Assumptions()).kind();
    }

    /** The reading of the host that goes out with the answer. */
    public HostReading reading() {
        return new HostReading(
                kind, edition, arch(), build(), release(), family(), osName(), containers());
    }

    public Knowledge knowledge() {
        return knowledge;
    }

    /** A Long-Term Servicing Channel client: it keeps its build, and some products refuse it. */
    public boolean isLtsc() {
        return Boolean.TRUE.equals(host.ltsc()) && kind == HostKind.CLIENT;
    }

    /**
     * The LTSC release this host may be when the assessment doesn't say: an edition that comes as
     * LTSC (Enterprise, IoT Enterprise) on the build of an LTSC release, LTSC or not unknown. Read
     * as the general release of its build, which Windows Update moves on; the LTSC release would
     * keep its build.
     */
    public Optional<WindowsRelease> possibleLtsc() {
        if (host.ltsc() != null
                || kind != HostKind.CLIENT
                || host.build() == null
                || !edition.id().hasLtsc()) {
            return Optional.empty();
        }
        return knowledge.releases().ltscClient(host.build());
    }

    /**
     * An LTSC release named in this host's edition: "Windows 10 IoT Enterprise LTSC 2021" on IoT
     * Enterprise.
     */
    public String ltscName(WindowsRelease ltsc) {
        return edition.id().hasLtsc()
                ? ltsc.name().replace("Enterprise", editionName())
                : ltsc.name();
    }

    private String editionName() {
        return edition.name().replace("Windows Server ", "").replace("Windows ", "");
    }

    public Host raw() {
        return host;
    }

    public void assume(String assumption) {
        assumptions.add(assumption);
    }

    // ---- OS ----

    public HostKind kind() {
        return kind;
    }

    public boolean isServer() {
        return kind == HostKind.SERVER;
    }

    public EditionInfo edition() {
        return edition;
    }

    /**
     * Neither the edition nor the EditionID tells what this host is: Dockwise then assumes no
     * edition (no Datacenter, no Pro), and the modes that depend on it need checking.
     */
    public boolean editionUnknown() {
        return edition.id() == Edition.OTHER && variant.filter(v -> v.edition() == null).isEmpty();
    }

    /**
     * What the knowledge says about the host's raw EditionID, when it knows it and it agrees with
     * the edition.
     */
    public Optional<EditionVariant> editionVariant() {
        return variant;
    }

    /** Windows in S mode: only Microsoft Store apps run until it is switched out of S mode. */
    public boolean sMode() {
        return Boolean.TRUE.equals(host.sMode()) && kind == HostKind.CLIENT;
    }

    /** Only Microsoft Store apps run here (S mode, or Windows 10 S): no mode's installer does. */
    public boolean storeAppsOnly() {
        return sMode() || variant.map(EditionVariant::storeAppsOnly).orElse(Boolean.FALSE);
    }

    public Optional<Integer> build() {
        return Optional.ofNullable(host.build());
    }

    /**
     * The host's release, or the newest release before its build; empty when the build is unknown
     * or too old.
     */
    public Optional<WindowsRelease> release() {
        return Optional.ofNullable(release);
    }

    public Optional<WindowsFamily> family() {
        return release().flatMap(r -> knowledge.releases().family(r.family()));
    }

    /** "Windows 11 23H2 Pro", "Windows Server 2022 Datacenter" or a build-only description. */
    public String osName() {
        String os =
                release != null
                        ? (release.build() == host.build()
                                ? release.name()
                                : release.name() + " (build " + host.build() + ")")
                        : host.build() != null
                                ? "Windows build " + host.build()
                                : "this Windows host";
        if (editionUnknown()) {
            return os + " (edition unknown)";
        }
        if (edition.id() == Edition.OTHER) {
            // an edition v1 can't name, on the release its build belongs to: "Microsoft Hyper-V
            // Server (Windows Server 2019)"
            return edition.name() + " (" + os + ")";
        }
        if (release != null && knowledge.releases().isLtscClient(release)) {
            return os.replace("Enterprise", editionName()); // "Windows 10 IoT Enterprise LTSC 2021"
        }
        return os + " " + editionName();
    }

    public Arch arch() {
        if (host.arch() == null) {
            assume("Architecture unknown: assumed x64.");
            return Arch.X64;
        }
        return host.arch();
    }

    // ---- hardware and virtualization ----

    public boolean isVirtual() {
        if (host.machine() != null) {
            return host.machine() == MachineKind.VIRTUAL;
        }
        if (host.hypervisor() != null
                || host.cloud() != null
                || host.vmSize() != null
                || host.nestedVirtualization() != null) {
            assume(
                    "Physical or virtual machine unknown: assumed a VM, since a hypervisor, cloud"
                            + " or VM size is given.");
            return true;
        }
        assume("Physical or virtual machine unknown: assumed a physical machine.");
        return false;
    }

    /** A Windows hypervisor already runs (Hyper-V, WSL 2 or Docker Desktop is installed). */
    public boolean hypervisorRunning() {
        return Boolean.TRUE.equals(host.features().hyperV())
                || Integer.valueOf(2).equals(host.features().wsl())
                || host.software().dockerDesktop() != null;
    }

    /** Virtualization is on in the firmware of a physical machine. */
    public boolean firmwareVirtualizationOn() {
        Boolean reported = host.cpu().virtualizationEnabled();
        if (hypervisorRunning() && !Boolean.TRUE.equals(reported)) {
            // Windows reports firmware virtualization as off or blank while a hypervisor runs
            // (HypervisorPresent).
            assume(
                    "A Windows hypervisor already runs (Hyper-V, WSL 2 or Docker Desktop), so"
                            + " virtualization is on in the firmware.");
            return true;
        }
        if (reported == null) {
            assume("Virtualization in firmware unknown: assumed enabled.");
            return true;
        }
        return reported;
    }

    public boolean slat() {
        if (host.cpu().slat() == null) {
            assume(
                    "SLAT (EPT/RVI) support unknown: assumed present (every x64 CPU since about"
                            + " 2010 has it).");
            return true;
        }
        return host.cpu().slat();
    }

    public Optional<CpuVendor> cpuVendor() {
        return Optional.ofNullable(host.cpu().vendor());
    }

    /**
     * Whether virtualization extensions reach this VM; only meaningful when {@link #isVirtual()}.
     */
    public boolean nestedExposed() {
        if (host.nestedVirtualization() != null) {
            return host.nestedVirtualization();
        }
        if (Boolean.TRUE.equals(host.cpu().virtualizationEnabled())) {
            assume(
                    "Nested virtualization unknown, but the VM sees virtualization extensions:"
                            + " assumed exposed.");
            return true;
        }
        if (host.cloud() == Cloud.AZURE) {
            Optional<AzureSeries> series =
                    CloudSizes.azureSeries(host.vmSize())
                            .flatMap(s -> knowledge.virtualization().azure().series(s));
            if (series.isPresent()) {
                assume(
                        "Nested virtualization unknown: Azure "
                                + series.get().series()
                                + " sizes "
                                + (series.get().nested() ? "support" : "don't support")
                                + " it, assumed "
                                + (series.get().nested() ? "available" : "not available")
                                + ".");
                return series.get().nested();
            }
        }
        if (host.cloud() == Cloud.AWS && host.vmSize() != null) {
            boolean nested = awsSizeHasNesting();
            assume(
                    "Nested virtualization unknown: AWS "
                            + host.vmSize()
                            + (nested ? " offers" : " doesn't offer")
                            + " it, assumed "
                            + (nested ? "available" : "not available")
                            + ".");
            return nested;
        }
        assume("Nested virtualization unknown: assumed not exposed (VMs don't get it by default).");
        return false;
    }

    public boolean awsSizeHasNesting() {
        return CloudSizes.awsMetal(host.vmSize())
                || CloudSizes.awsFamily(host.vmSize())
                        .map(f -> knowledge.virtualization().aws().families().contains(f))
                        .orElse(false);
    }

    public Optional<HypervisorKind> parentHypervisor() {
        return Optional.ofNullable(host.hypervisor());
    }

    public Optional<Cloud> cloud() {
        return Optional.ofNullable(host.cloud());
    }

    public Optional<String> vmSize() {
        return Optional.ofNullable(host.vmSize());
    }

    /** Whether the host has at least this much memory; unknown memory is assumed sufficient. */
    public boolean memoryAtLeast(double gb) {
        if (host.memoryGb() == null) {
            assume("Memory unknown: assumed at least " + formatGb(gb) + ".");
            return true;
        }
        return host.memoryGb() >= gb;
    }

    public Optional<Double> memoryGb() {
        return Optional.ofNullable(host.memoryGb());
    }

    public boolean admin() {
        if (host.admin() == null) {
            assume("Administrator rights unknown: assumed the installer can run elevated.");
            return true;
        }
        return host.admin();
    }

    public boolean hyperVEnabled() {
        return Boolean.TRUE.equals(host.features().hyperV());
    }

    public boolean containersFeatureEnabled() {
        return Boolean.TRUE.equals(host.features().containers());
    }

    public int wslVersion() {
        return host.features().wsl() == null ? 0 : host.features().wsl();
    }

    // ---- needs ----

    public Set<ContainerType> containers() {
        if (needs.containers().isEmpty()) {
            assume("Container types unknown: assumed Linux containers.");
            return Set.of(ContainerType.LINUX);
        }
        return needs.containers();
    }

    public boolean needs(ContainerType type) {
        return containers().contains(type);
    }

    public Purpose purpose() {
        if (needs.purpose() == null) {
            assume("Purpose unknown: assumed development.");
            return Purpose.DEVELOPMENT;
        }
        return needs.purpose();
    }

    public Isolation isolation() {
        if (needs.isolation() == null) {
            assume("Isolation need unknown: assumed a shared kernel is fine (standard).");
            return Isolation.STANDARD;
        }
        return needs.isolation();
    }

    public Optional<WindowsImage> windowsImage() {
        return Optional.ofNullable(needs.windowsImage());
    }

    public Optional<ImageVersion> windowsImageVersion() {
        return Optional.ofNullable(needs.windowsImageVersion());
    }

    public Orchestration orchestration() {
        return needs.orchestration() == null ? Orchestration.NONE : needs.orchestration();
    }

    public Optional<Organization> organization() {
        return Optional.ofNullable(needs.organization());
    }

    // ---- resolution ----

    /**
     * The raw EditionID's facts, used when the edition is "other" or unknown, or when they are
     * about that edition.
     */
    private Optional<EditionVariant> resolveVariant() {
        if (host.editionId() == null) {
            return Optional.empty();
        }
        Optional<EditionVariant> known = knowledge.editionId(host.editionId());
        Edition e = host.edition();
        if (known.isPresent() && e != null && e != Edition.OTHER && known.get().edition() != e) {
            assume(
                    "EditionID \""
                            + host.editionId()
                            + "\" is "
                            + known.get().name()
                            + ", not the edition \""
                            + e.id()
                            + "\" the profile names: went by the edition.");
            return Optional.empty();
        }
        return known;
    }

    private HostKind resolveKind() {
        Edition e = host.edition();
        if (variant.isPresent()) {
            return variant.get().edition() != null
                    ? knowledge.edition(variant.get().edition()).kind()
                    : variant.get().kind();
        }
        if (e != null && e != Edition.OTHER) {
            return knowledge.edition(e).kind();
        }
        String what = unknownEditionWords();
        if (host.serverInstallation() != null) {
            assume(what + ": a server installation option is given, so assumed Windows Server.");
            return HostKind.SERVER;
        }
        if (host.build() != null
                && knowledge.releases().exact(HostKind.SERVER, host.build()).isPresent()
                && knowledge.releases().exact(HostKind.CLIENT, host.build()).isEmpty()) {
            assume(
                    what
                            + ": build "
                            + host.build()
                            + " is a Windows Server build, so assumed Windows Server.");
            return HostKind.SERVER;
        }
        return HostKind.CLIENT;
    }

    private EditionInfo resolveEdition() {
        if (variant.isPresent()) {
            return variant.get().edition() != null
                    ? knowledge.edition(variant.get().edition())
                    : variant.get().info();
        }
        Edition e = host.edition();
        if (e != null && e != Edition.OTHER) {
            return knowledge.edition(e);
        }
        assume(
                unknownEditionWords()
                        + ": Dockwise can't tell which edition this is and assumes none (not Pro,"
                        + " not Datacenter), so the modes that depend on the edition need"
                        + " checking.");
        return unknownEdition();
    }

    /** "Edition unknown", "Edition \"other\"", or the EditionID the knowledge doesn't know. */
    private String unknownEditionWords() {
        Edition e = host.edition();
        String edition = e == Edition.OTHER ? "Edition \"other\"" : "Edition unknown";
        return host.editionId() == null
                ? edition
                : edition
                        + " (EditionID \""
                        + host.editionId()
                        + "\", which Dockwise doesn't know)";
    }

    /**
     * An edition Dockwise can't name: sure of nothing it can do, unsure of everything some edition
     * of this kind can do (an edition it doesn't know may lack any of it, as Hyper-V Server lacks
     * containers).
     */
    private EditionInfo unknownEdition() {
        Set<Capability> possible = EnumSet.noneOf(Capability.class);
        knowledge.editions().stream()
                .filter(i -> i.kind() == kind)
                .forEach(i -> possible.addAll(i.capabilities()));
        String check =
                "Find out which edition this is: (Get-ItemProperty"
                    + " 'HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion').EditionID names"
                    + " it (or run the Dockwise probe), then answer it";
        return new EditionInfo(
                Edition.OTHER,
                "Windows (edition unknown)",
                kind,
                Set.of(),
                possible,
                check,
                null,
                null,
                null,
                "SPEC section 2 (a missing field is unknown; \"other\" is never read as any"
                        + " edition)");
    }

    private WindowsRelease resolveRelease() {
        if (host.build() == null) {
            return null;
        }
        if (isLtsc()) {
            Optional<WindowsRelease> ltsc = knowledge.releases().ltscClient(host.build());
            if (ltsc.isPresent()) {
                return ltsc.get();
            }
            assume(
                    "Build "
                            + host.build()
                            + " is no LTSC release Dockwise knows (LTSB 2016 is 14393, LTSC 2019"
                            + " 17763, 2021 19044, 2024 26100): treated as the general release of"
                            + " that build.");
        }
        Optional<WindowsRelease> found = knowledge.releases().atOrBefore(kind, host.build());
        found.filter(r -> r.build() != host.build())
                .ifPresent(
                        r ->
                                assume(
                                        "Build "
                                                + host.build()
                                                + " isn't a release in the knowledge base: treated"
                                                + " as "
                                                + r.name()
                                                + "."));
        return found.orElse(null);
    }

    static String formatGb(double gb) {
        return (gb == Math.rint(gb) ? Long.toString((long) gb) : Double.toString(gb)) + " GB";
    }
}
