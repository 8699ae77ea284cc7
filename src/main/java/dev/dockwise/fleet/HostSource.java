package dev.dockwise.fleet;

/**
 * One host's profile as found: where it came from ("hosts/pc-07.json", "fleet.jsonl line 17"),
 * the base for its output files, and its bytes (not yet parsed: a bad one must not stop the rest).
 */
public record HostSource(String origin, String fileBase, byte[] json) {
}
