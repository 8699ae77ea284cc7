package dev.dockwise.files;

import java.nio.file.Path;

/**
 * A file name or path as it may appear inside a message: every control character escaped, line
 * breaks and tabs too, so that a name like {@code "x\ndockwise: done"} cannot forge a line of
 * output, and bidirectional overrides escaped, so that a name cannot reorder what a reader sees.
 * Messages themselves keep their line breaks (see the command line's printable writer); names never
 * do.
 */
public final class ShownName {
    private ShownName() {}

    public static String of(Path path) {
        return path == null ? "null" : of(path.toString());
    }

    public static String of(String name) {
        if (name == null) {
            return "null";
        }
        if (name.chars().noneMatch(c -> isControl((char) c))) {
            return name;
        }
        StringBuilder out = new StringBuilder(name.length() + 16);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            out.append(isControl(c) ? escape(c) : String.valueOf(c));
        }
        return out.toString();
    }

    /** C0 and C1 controls, DEL, and the bidirectional marks, embeddings, overrides and isolates. */
    public static boolean isControl(char c) {
        return c < 0x20
                || (c >= 0x7f && c <= 0x9f)
                || (c >= '\u202a' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200e'
                || c == '\u200f';
    }

    /** ESC as {@code \x1B}, a right-to-left override as {@code \u202E}. */
    public static String escape(char c) {
        return c <= 0xff ? String.format("\\x%02X", (int) c) : String.format("\\u%04X", (int) c);
    }
}
