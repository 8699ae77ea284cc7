package dev.dockwise.profile;

import java.util.Optional;

/**
 * Rules for single-line user text (names, version strings, sizes): these strings later reach
 * generated scripts and reports, so line breaks and control characters are refused up front.
 */
public final class TextRules {
    private TextRules() {}

    /** Why the text is not acceptable as a single-line value, if it isn't. */
    public static Optional<String> singleLineProblem(String text, int maxLength) {
        if (text.length() > maxLength) {
            return Optional.of(
                    "too long: at most " + maxLength + " characters, got " + text.length());
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return Optional.of(
                        "must be a single line (it contains a line break at character "
                                + (i + 1)
                                + ")");
            }
            if (c == 0) {
                return Optional.of("contains a NUL character at position " + (i + 1));
            }
            if (Character.isISOControl(c)) {
                return Optional.of(
                        "contains a control character (U+"
                                + String.format("%04X", (int) c)
                                + ") at position "
                                + (i + 1));
            }
        }
        return Optional.empty();
    }
}
