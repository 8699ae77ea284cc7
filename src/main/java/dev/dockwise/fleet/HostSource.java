package dev.dockwise.fleet;

/**
 * One host's profile as found: where it came from ("hosts/pc-07.json", "fleet.jsonl line 17"), the
 * base for its output files, and its bytes (not yet parsed: a bad one must not stop the rest), or,
 * when it could not be read at all (too large, not a regular file), why not.
 */
public record HostSource(String origin, String fileBase, byte[] json, String unreadable) {
    public static HostSource of(String origin, String fileBase, byte[] json) {
        return new HostSource(origin, fileBase, json, null);
    }

    public static HostSource unreadable(String origin, String fileBase, String why) {
        return new HostSource(origin, fileBase, null, why);
    }
}
