package dev.dockwise.engine.diagnose;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts an error message into the one form the catalogue's patterns are written against, so that
 * what changes between occurrences does not matter: how it was pasted (see {@link PasteCleaner}),
 * case, curly quotes, line breaks and indentation, GUIDs, container and object ids, the folders of
 * file paths. What tells one error from another stays, whatever language surrounds it: file names,
 * pipe names, {@code Wsl/...} code paths and HRESULTs, which all take one spelling ({@code
 * 0x8007019e} for 8007019E, 0X8007019E and the decimal 2147942814).
 */
public final class ErrorText {
    private static final Pattern GUID =
            Pattern.compile("\\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\}?");

    /** Container, image and layer ids: long hex runs that mix digits and letters. */
    private static final Pattern HEX_ID =
            Pattern.compile("\\b(?=[0-9a-f]*[a-f])(?=[0-9a-f]*[0-9])[0-9a-f]{12,64}\\b");

    private static final Pattern DRIVE_PATH =
            Pattern.compile("\\b[a-z]:\\\\[^\\s\"'<>|:*?\u00ab\u00bb]*");
    private static final Pattern DEVICE_PATH = Pattern.compile("\\\\\\\\\\?\\\\[^\\s\"'<>|]*");

    /**
     * An HRESULT written without 0x (8007019e, C0370101), as localised WSL and DISM messages do.
     */
    private static final Pattern BARE_HRESULT =
            Pattern.compile("(?<![0-9a-z/\\\\.-])([8c]0[0-9a-f]{6})(?![0-9a-z])");

    /** An HRESULT written as an unsigned decimal (2147942583) or a negative one (-2147024713). */
    private static final Pattern DECIMAL_HRESULT =
            Pattern.compile("(?<![0-9.])(-21\\d{8}|[23]\\d{9})(?![0-9.])");

    private ErrorText() {}

    /** The normal form of the text with every line break read as a space. */
    public static String normalise(String text) {
        return canonical(PasteCleaner.clean(text).spaced());
    }

    /**
     * The normal forms worth matching: breaks read as spaces, and, where the text looks wrapped by
     * a console, with the wrapped breaks closed up (one form when both are the same).
     */
    static List<String> forms(String text) {
        return PasteCleaner.clean(text).distinct().stream()
                .map(ErrorText::canonical)
                .distinct()
                .toList();
    }

    private static String canonical(String cleaned) {
        String s =
                cleaned.toLowerCase(Locale.ROOT)
                        .replace('\u201c', '"')
                        .replace('\u201d', '"')
                        .replace('\u201e', '"')
                        .replace('\u00ab', '"')
                        .replace('\u00bb', '"')
                        .replace('\u2018', '\'')
                        .replace('\u2019', '\'')
                        .replace('\u2013', '-')
                        .replace('\u2014', '-');
        s = GUID.matcher(s).replaceAll("<guid>");
        s = HEX_ID.matcher(s).replaceAll("<id>");
        s = replace(DEVICE_PATH, s, m -> "<path>");
        s = replace(DRIVE_PATH, s, m -> fileName(m.group()));
        s = replace(BARE_HRESULT, s, m -> "0x" + m.group(1));
        s = replace(DECIMAL_HRESULT, s, ErrorText::decimalHresult);
        return collapseSpaces(s);
    }

    /**
     * A path keeps its last part when that looks like a file (ext4.vhdx, wsl.exe): it often names
     * the error.
     */
    private static String fileName(String path) {
        String trimmed = path.replaceAll("[\\\\.,;)\\]]+$", "");
        String last = trimmed.substring(trimmed.lastIndexOf('\\') + 1);
        return last.matches("[\\w.-]+\\.[a-z0-9]{1,5}") ? "<path:" + last + ">" : "<path>";
    }

    /**
     * Every run of white space (a regular expression's {@code \\s}, and the no-break spaces) as one
     * space, none at the ends; by hand, as a log's millions of line breaks made the expression
     * slow.
     */
    static String collapseSpaces(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean pending = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space =
                    c == ' '
                            || c == '\t'
                            || c == '\n'
                            || c == '\u000b'
                            || c == '\f'
                            || c == '\r'
                            || c == '\u00a0'
                            || c == '\u2007'
                            || c == '\u202f';
            if (space) {
                pending = out.length() > 0;
            } else {
                if (pending) {
                    out.append(' ');
                    pending = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String decimalHresult(Matcher m) {
        long value = Long.parseLong(m.group(1));
        long unsigned = value < 0 ? value + (1L << 32) : value;
        if (unsigned < 0x80000000L || unsigned > 0xcfffffffL) {
            return m.group(1);
        }
        return m.group(1) + " (0x" + Long.toHexString(unsigned) + ")";
    }

    private static String replace(
            Pattern pattern, String text, java.util.function.Function<Matcher, String> with) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        do {
            m.appendReplacement(out, Matcher.quoteReplacement(with.apply(m)));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }
}
