package dev.dockwise.engine.facts;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A public source that facts cite by its tag, e.g. "VD deploy-containers/version-compatibility.md".
 */
public record Source(String tag, String title, String location, String snapshot) {
    private static final Pattern SITE = Pattern.compile("[A-Za-z0-9.-]+\\.[A-Za-z]{2,}(/\\S*)?");

    /**
     * Where to read it on the web: the location's first word when it names a site
     * ("github.com/docker/docs"), empty for sources that are not on the web (the specification, the
     * research notes, "as named in the fact").
     */
    public Optional<String> webAddress() {
        String address = location.strip().split("\\s+")[0];
        if (address.startsWith("https://") || address.startsWith("http://")) {
            return Optional.of(address);
        }
        return SITE.matcher(address).matches()
                ? Optional.of("https://" + address)
                : Optional.empty();
    }
}
