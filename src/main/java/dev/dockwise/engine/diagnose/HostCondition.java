package dev.dockwise.engine.diagnose;

import dev.dockwise.engine.model.Edition;
import dev.dockwise.engine.model.Host;
import dev.dockwise.engine.model.HostKind;
import dev.dockwise.engine.model.MachineKind;
import dev.dockwise.engine.rules.HostFacts;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fact about the host that makes an error or one of its causes more or less likely, as
 * errors.json names it: {@code virtual}, {@code physical}, {@code server}, {@code client}, {@code
 * home}, {@code no-nested}, {@code hyperv-off}, {@code virtualbox}, {@code vmware}, {@code
 * docker-desktop}, {@code build<N}, {@code build>=N}. A condition the profile leaves open is
 * unknown, never false.
 */
final class HostCondition {
    private static final Pattern BUILD = Pattern.compile("build(<|>=)(\\d{4,5})");

    private final Function<HostFacts, Optional<Boolean>> test;

    private HostCondition(Function<HostFacts, Optional<Boolean>> test) {
        this.test = test;
    }

    /** Whether the condition holds on the host: empty when the profile does not say. */
    Optional<Boolean> on(HostFacts host) {
        return test.apply(host);
    }

    static HostCondition parse(String name) {
        Matcher build = BUILD.matcher(name);
        if (build.matches()) {
            int n = Integer.parseInt(build.group(2));
            boolean below = build.group(1).equals("<");
            return new HostCondition(h -> h.build().map(b -> below == (b < n)));
        }
        return switch (name) {
            case "virtual" -> raw(h -> known(h.machine(), m -> m == MachineKind.VIRTUAL));
            case "physical" -> raw(h -> known(h.machine(), m -> m == MachineKind.PHYSICAL));
            case "server" -> new HostCondition(h -> kindKnown(h).map(k -> k == HostKind.SERVER));
            case "client" -> new HostCondition(h -> kindKnown(h).map(k -> k == HostKind.CLIENT));
            case "home" -> raw(h -> known(h.edition(), e -> e == Edition.HOME));
            case "no-nested" ->
                    raw(
                            h ->
                                    h.machine() == MachineKind.PHYSICAL
                                            ? Optional.of(false)
                                            : known(h.nestedVirtualization(), nested -> !nested));
            case "hyperv-off" -> raw(h -> known(h.features().hyperV(), on -> !on));
            case "virtualbox" -> raw(h -> installed(h.software().virtualBox()));
            case "vmware" -> raw(h -> installed(h.software().vmwareWorkstation()));
            case "docker-desktop" -> raw(h -> installed(h.software().dockerDesktop()));
            default ->
                    throw new IllegalArgumentException("unknown host condition \"" + name + "\"");
        };
    }

    private static HostCondition raw(Function<Host, Optional<Boolean>> test) {
        return new HostCondition(h -> test.apply(h.raw()));
    }

    private static <T> Optional<Boolean> known(T value, Function<T, Boolean> test) {
        return Optional.ofNullable(value).map(test);
    }

    /**
     * The profile's software fields hold a version when installed; null is "not installed or
     * unknown".
     */
    private static Optional<Boolean> installed(String version) {
        return version == null || version.isBlank() ? Optional.empty() : Optional.of(true);
    }

    /** Client or server as the advisor reads it, but only when the edition or build says so. */
    private static Optional<HostKind> kindKnown(HostFacts host) {
        return host.raw().edition() == null && host.raw().build() == null
                ? Optional.empty()
                : Optional.of(host.kind());
    }
}
