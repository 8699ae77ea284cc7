package dev.dockwise.engine.rules;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the series out of cloud VM size names, e.g. Standard_D2as_v4 is series Dasv4, m8i.xlarge is
 * family m8i.
 */
final class CloudSizes {
    private static final Pattern AZURE =
            Pattern.compile(
                    "^(?:Standard_|Basic_)?([A-Z]+)(\\d+)(?:-\\d+)?([a-z]*)(?:_v(\\d+))?(?:_.*)?$");

    private CloudSizes() {}

    static Optional<String> azureSeries(String size) {
        if (size == null) {
            return Optional.empty();
        }
        Matcher m = AZURE.matcher(size.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        String version = m.group(4) == null ? "" : "v" + m.group(4);
        return Optional.of(m.group(1) + m.group(3) + version);
    }

    static Optional<String> awsFamily(String size) {
        if (size == null || !size.contains(".")) {
            return Optional.empty();
        }
        return Optional.of(
                size.trim().substring(0, size.trim().indexOf('.')).toLowerCase(Locale.ROOT));
    }

    static boolean awsMetal(String size) {
        return size != null && size.toLowerCase(Locale.ROOT).contains(".metal");
    }
}
