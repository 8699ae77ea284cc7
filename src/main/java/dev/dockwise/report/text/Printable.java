package dev.dockwise.report.text;

/**
 * Shows control characters as escapes (ESC as {@code \x1B}, a right-to-left override as
 * {@code \u202E}), so that a profile key, an option value or a file name cannot move the cursor,
 * change the terminal's title, ring the bell or reorder what a reader sees. Line breaks and tabs
 * stay, they are part of ordinary messages.
 */
public final class Printable {
    private Printable() {
    }

    public static boolean needsEscape(char c) {
        return (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || (c >= 0x7f && c <= 0x9f)
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069') || c == '\u200e' || c == '\u200f';
    }

    public static String escape(char c) {
        return c <= 0xff ? String.format("\\x%02X", (int) c) : String.format("\\u%04X", (int) c);
    }

    public static String of(String text) {
        if (text == null || text.chars().noneMatch(c -> needsEscape((char) c))) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (needsEscape(c)) {
                out.append(escape(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
