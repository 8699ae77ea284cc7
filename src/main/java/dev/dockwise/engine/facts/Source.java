package dev.dockwise.engine.facts;

/** A public source that facts cite by its tag, e.g. "VD deploy-containers/version-compatibility.md". */
public record Source(String tag, String title, String location, String snapshot) {
    /** Where to read it: the location's address (its first word), as a web address. */
    public String url() {
        String address = location.strip().split("\\s+")[0];
        return address.startsWith("http://") || address.startsWith("https://") ? address : "https://" + address;
    }
}
