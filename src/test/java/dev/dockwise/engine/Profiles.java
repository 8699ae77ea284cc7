package dev.dockwise.engine;

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
import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators of valid v1 profiles, unknowns included, biased towards real builds and sizes.
 */
final class Profiles {
    private static final Integer[] BUILDS = {
        7601, 9600, 10240, 14393, 15063, 16299, 17134, 17763, 18362, 18363, 19041, 19043, 19044,
        19045, 20348, 22000, 22621, 22631, 25398, 26100, 26200, 28000
    };

    private Profiles() {}

    static Arbitrary<Profile> valid() {
        return Combinators.combine(
                        hosts(),
                        needs(),
                        Arbitraries.strings().alpha().numeric().ofMaxLength(20).injectNull(0.2),
                        rawEditions())
                .as((host, needs, name, raw) -> new Profile(name, raw.on(host), needs));
    }

    /**
     * The later additions about the edition: a raw EditionID (known to Dockwise or not) and S mode,
     * mostly absent.
     */
    private record RawEdition(String editionId, Boolean sMode) {
        Host on(Host h) {
            boolean client = h.edition() == null || !h.edition().isServer();
            return new Host(
                    h.edition(),
                    editionId,
                    h.ltsc(),
                    client ? sMode : null,
                    h.build(),
                    h.ubr(),
                    h.arch(),
                    h.memoryGb(),
                    h.serverInstallation(),
                    h.cpu(),
                    h.machine(),
                    h.hypervisor(),
                    h.cloud(),
                    h.vmSize(),
                    h.nestedVirtualization(),
                    h.features(),
                    h.software(),
                    h.admin());
        }
    }

    private static Arbitrary<RawEdition> rawEditions() {
        return Combinators.combine(
                        Arbitraries.of(
                                        "ServerHyperCore",
                                        "ServerRdsh",
                                        "ServerStandardEval",
                                        "ServerDatacenterACor",
                                        "Cloud",
                                        "ServerFuture")
                                .injectNull(0.7),
                        Arbitraries.of(Boolean.TRUE).injectNull(0.9))
                .as(RawEdition::new);
    }

    private static <T> Arbitrary<T> maybe(Arbitrary<T> values) {
        return values.injectNull(0.15);
    }

    private static <E extends Enum<E>> Arbitrary<E> maybe(Class<E> type) {
        return Arbitraries.of(type).injectNull(0.15);
    }

    static Arbitrary<Host> hosts() {
        Arbitrary<Integer> build =
                maybe(
                        Arbitraries.oneOf(
                                Arbitraries.of(BUILDS), Arbitraries.integers().between(1, 99_999)));
        Arbitrary<Cpu> cpu =
                Combinators.combine(
                                maybe(CpuVendor.class),
                                maybe(Arbitraries.of(true, false)),
                                maybe(Arbitraries.of(true, false)))
                        .as(Cpu::new);
        Arbitrary<Features> features =
                Combinators.combine(
                                maybe(Arbitraries.of(true, false)),
                                maybe(Arbitraries.of(true, false)),
                                maybe(Arbitraries.integers().between(0, 2)),
                                maybe(Arbitraries.of(true, false)))
                        .as(Features::new);
        Arbitrary<Software> software =
                Combinators.combine(
                                Arbitraries.of("5.2.20", "6.1.50", "7.1.4", "7.1.4r165100")
                                        .injectNull(0.6),
                                Arbitraries.of("15.0.0", "15.5.5", "17.6").injectNull(0.7),
                                Arbitraries.of("4.49.0", "2.0.0.3", "18.03").injectNull(0.7))
                        .as(Software::new);
        Arbitrary<Edition> edition = maybe(Edition.class);
        Arbitrary<MachineKind> machine = maybe(MachineKind.class);
        Arbitrary<Double> memory = maybe(Arbitraries.of(1.0, 2.0, 3.5, 4.0, 8.0, 16.0, 64.0));
        Arbitrary<Virtual> virtual =
                Combinators.combine(
                                maybe(HypervisorKind.class),
                                maybe(Cloud.class),
                                Arbitraries.of(
                                                "Standard_D4s_v5",
                                                "Standard_D2as_v4",
                                                "m8i.xlarge",
                                                "m5.large",
                                                "custom")
                                        .injectNull(0.5),
                                maybe(Arbitraries.of(true, false)))
                        .as(Virtual::new);
        return Combinators.combine(
                        edition,
                        build,
                        maybe(Arbitraries.integers().between(0, 9999)),
                        maybe(Arch.class),
                        memory,
                        machine,
                        virtual,
                        cpu)
                .flatAs(
                        (e, b, ubr, arch, mem, m, v, c) ->
                                Combinators.combine(
                                                features,
                                                software,
                                                maybe(Arbitraries.of(true, false)),
                                                maybe(ServerInstallation.class))
                                        .as(
                                                (f, s, admin, installation) -> {
                                                    boolean physical = m == MachineKind.PHYSICAL;
                                                    boolean server =
                                                            e == null
                                                                    || e == Edition.OTHER
                                                                    || e.id().startsWith("server");
                                                    // LTSC only where it exists; drawn from the
                                                    // UBR's parity to stay within the combinator's
                                                    // arity
                                                    Boolean ltsc =
                                                            (e == Edition.ENTERPRISE
                                                                                    || e
                                                                                            == Edition
                                                                                                    .IOT_ENTERPRISE)
                                                                            && ubr != null
                                                                            && ubr % 2 == 0
                                                                    ? Boolean.TRUE
                                                                    : null;
                                                    return new Host(
                                                            e,
                                                            null,
                                                            ltsc,
                                                            null,
                                                            b,
                                                            ubr,
                                                            arch,
                                                            mem,
                                                            server ? installation : null,
                                                            c,
                                                            m,
                                                            physical ? null : v.hypervisor(),
                                                            physical ? null : v.cloud(),
                                                            physical ? null : v.size(),
                                                            physical ? null : v.nested(),
                                                            f,
                                                            s,
                                                            admin);
                                                }));
    }

    private record Virtual(HypervisorKind hypervisor, Cloud cloud, String size, Boolean nested) {}

    static Arbitrary<Needs> needs() {
        Arbitrary<Set<ContainerType>> containers =
                Arbitraries.of(
                        Set.<ContainerType>of(),
                        EnumSet.of(ContainerType.LINUX),
                        EnumSet.of(ContainerType.WINDOWS),
                        EnumSet.of(ContainerType.LINUX, ContainerType.WINDOWS));
        return Combinators.combine(
                        containers,
                        maybe(Purpose.class),
                        maybe(Isolation.class),
                        maybe(WindowsImage.class),
                        maybe(ImageVersion.class),
                        maybe(Orchestration.class),
                        maybe(Organization.class))
                .as(Needs::new);
    }
}
