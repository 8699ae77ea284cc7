package dev.dockwise.report.text;

import dev.dockwise.files.ShownName;

/**
 * Shows control characters as escapes (ESC as {@code \x1B}, a right-to-left override as {@code
 * \u202E}), so that a profile key, an option value or a file name cannot move the cursor, change
 * the terminal's title, ring the bell or reorder what a reader sees. Line breaks and tabs stay,
 * they are part of ordinary messages; names inside messages are escaped whole by {@link ShownName}.
 */
public final class Printable {
    private Printable() {}

    public static boolean needsEscape(char c) {
        return c != '\n' && c != '\r' && c != '\t' && ShownName.isControl(c);
    }

    public static String escape(char c) {
        return ShownName.escape(c);
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
