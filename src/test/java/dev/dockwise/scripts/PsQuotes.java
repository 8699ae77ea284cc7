package dev.dockwise.scripts;

import dev.dockwise.scripts.powershell.PowerShell;

/**
 * PowerShell's reading of quotes, re-implemented for tests: a single-quoted string ends at any of
 * the five single-quote characters unless the next character is one too (the pair stands for one
 * quote). Used to prove that escaped values come back unchanged and can't end a string early.
 */
final class PsQuotes {
    private PsQuotes() {}

    /**
     * Reads the single-quoted literal at the start of {@code text}; returns its value and where it
     * ended.
     */
    static Literal read(String text, int start) {
        if (!PowerShell.isSingleQuote(text.charAt(start))) {
            throw new IllegalArgumentException("no single quote at " + start);
        }
        StringBuilder value = new StringBuilder();
        int i = start + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (PowerShell.isSingleQuote(c)) {
                if (i + 1 < text.length() && PowerShell.isSingleQuote(text.charAt(i + 1))) {
                    value.append(text.charAt(i + 1));
                    i += 2;
                    continue;
                }
                return new Literal(value.toString(), i);
            }
            value.append(c);
            i++;
        }
        throw new IllegalArgumentException("unterminated string");
    }

    /** A literal's value and the index of its closing quote. */
    record Literal(String value, int end) {}

    /**
     * The script with every string, here-string and comment replaced by a marker: its code alone.
     */
    static String codeOnly(String script) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < script.length()) {
            char c = script.charAt(i);
            if (script.startsWith("<#", i)) {
                i = script.indexOf("#>", i) + 2;
                out.append("<#C#>");
            } else if (c == '#') {
                while (i < script.length() && script.charAt(i) != '\n') {
                    i++;
                }
                out.append("#C");
            } else if (script.startsWith("@'", i) && lineEndsAfter(script, i + 2)) {
                int end = script.indexOf("\n'@", i);
                i = end + 3;
                out.append("@'H'@");
            } else if (PowerShell.isSingleQuote(c)) {
                i = read(script, i).end() + 1;
                out.append("'S'");
            } else if (c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E') {
                i++;
                while (i < script.length()) {
                    char d = script.charAt(i);
                    if (d == '`') {
                        i += 2;
                        continue;
                    }
                    if (d == '"' || d == '\u201C' || d == '\u201D' || d == '\u201E') {
                        if (i + 1 < script.length() && script.charAt(i + 1) == d) {
                            i += 2;
                            continue;
                        }
                        break;
                    }
                    i++;
                }
                i++;
                out.append("\"D\"");
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean lineEndsAfter(String s, int i) {
        return i >= s.length() || s.charAt(i) == '\r' || s.charAt(i) == '\n';
    }
}
