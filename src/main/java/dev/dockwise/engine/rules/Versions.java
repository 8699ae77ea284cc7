package dev.dockwise.engine.rules;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Compares dotted version strings such as "6.1.26" or "15.5.5" as reported by installers. */
final class Versions {
    private static final Pattern LEADING = Pattern.compile("^\\s*v?(\\d+(?:\\.\\d+)*)");

    private Versions() {}

    /**
     * Negative, zero or positive like {@link Comparable}, or empty when {@code version} has no
     * leading number.
     */
    static Optional<Integer> compare(String version, String minimum) {
        Matcher m = LEADING.matcher(version);
        if (!m.find()) {
            return Optional.empty();
        }
        String[] a = m.group(1).split("\\.");
        String[] b = minimum.split("\\.");
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            long x = i < a.length ? parse(a[i]) : 0;
            long y = i < b.length ? parse(b[i]) : 0;
            if (x != y) {
                return Optional.of(x < y ? -1 : 1);
            }
        }
        return Optional.of(0);
    }

    private static long parse(String part) {
        return part.length() > 12 ? Long.MAX_VALUE : Long.parseLong(part);
    }
}
