package dev.dockwise.engine.diagnose;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes what happens to an error message between the program that printed it and the paste box:
 * Markdown from an issue thread (code fences, backticks, bold, quotes), HTML tags, log prefixes and
 * timestamps, UTF-16 output read as bytes (NULs, or a space between letters), UTF-8 read as
 * Windows-1252 ("Ã©", "â€™"), and lines wrapped by a console, which may split a word in two.
 *
 * <p>Whether a line break split a word cannot be known for sure, so two readings come out: every
 * break read as a space ({@link Readings#spaced()}), and breaks that look like console wrapping
 * read as nothing ({@link Readings#joined()}). The matcher tries both.
 */
final class PasteCleaner {
    /**
     * Console widths: a line exactly this long was most likely wrapped by the console, not ended.
     */
    private static final int[] CONSOLE_WIDTHS = {80, 120};

    private static final int MIN_WRAP_WIDTH = 40;
    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~).*$");
    private static final Pattern QUOTE = Pattern.compile("^(\\s*>)+ ?");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|`");
    private static final Pattern HTML_TAG =
            Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>");
    private static final Pattern LOG_PREFIX =
            Pattern.compile(
                    String.join(
                            "|",
                            // [2020-09-14T10:22:31.512Z][GUI][Error] and
                            // [15:38:57.087][WindowsDaemon  ][Info   ]
                            "^(\\s*\\[[^\\]\\n]{1,48}\\])+\\s*",
                            // 2026-08-10 14:12:03, Info  CBS / 2020-02-04T09:37:21.29+05:30 ERROR
                            "^\\s*\\d{4}-\\d{2}-\\d{2}[T"
                                + " ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?,?\\s+((info|warn(ing)?|error|debug|trace|fatal)\\b:?\\s*)?",
                            // 00:00:01.123456 (VirtualBox) and 14:37:29 (many tools)
                            "^\\s*\\d{2}:\\d{2}:\\d{2}([.,]\\d+)?\\s+",
                            // time="..." level=error msg="...": keep the message
                            "^\\s*time=\"[^\"]*\"\\s+level=\\w+\\s+msg=",
                            // docker compose: web_1  | message
                            "^[\\w.-]{1,64}\\s+\\|\\s"),
                    Pattern.CASE_INSENSITIVE);
    private static final Pattern ESCAPED_BREAK = Pattern.compile("(\\\\r)+\\\\n");

    /** UTF-16 output shown as one character per token: "W s l / S e r v i c e". */
    private static final Pattern SPACED_LETTERS =
            Pattern.compile("(?<!\\S)(\\S )(\\S ){5,}\\S(?!\\S)");

    /**
     * What UTF-8 bytes look like when read as Windows-1252: a lead byte (Â..ï) and continuation
     * bytes.
     */
    private static final Pattern MOJIBAKE =
            Pattern.compile(
                    "[\\u00c2-\\u00ef][\\u0080-\\u00bf\\u0152\\u0153\\u0160\\u0161\\u0178"
                        + "\\u017d\\u017e\\u0192\\u02c6\\u02dc\\u2013\\u2014\\u2018-\\u201e\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203a\\u20ac\\u2122]{1,3}");

    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final Map<Character, Byte> CP1252_HIGH = cp1252High();

    private PasteCleaner() {}

    /**
     * The two readings of a pasted text: breaks as spaces, and console-wrapped breaks closed up.
     */
    record Readings(String spaced, String joined) {
        List<String> distinct() {
            return spaced.equals(joined) ? List.of(spaced) : List.of(spaced, joined);
        }
    }

    /**
     * Reads the text line by line without keeping the lines (a 16 MB log of one-character lines is
     * eight million of them): each is cleaned as it comes and added to both readings, whose break
     * after a line is decided once the next cleaned line is known.
     */
    static Readings clean(String pasted) {
        String text =
                repairMojibake(
                        unescapeLineBreaks(pasted.replace("\u0000", ""))
                                .replace("\r\n", "\n")
                                .replace('\r', '\n'));
        Set<Integer> wrapWidths = wrapWidths(text);
        LineCleaner cleaner = new LineCleaner();
        StringBuilder spaced = new StringBuilder(text.length() + 1);
        StringBuilder joined = new StringBuilder(text.length() + 1);
        String previous = null;
        boolean previousSplits = false;
        int from = 0;
        while (from <= text.length()) {
            int to = text.indexOf('\n', from);
            if (to < 0) {
                to = text.length();
            }
            String line = text.substring(from, to);
            from = to + 1;
            String l = cleaner.clean(line);
            if (l == null) {
                continue;
            }
            if (previous != null) {
                boolean continues = !l.isEmpty() && !Character.isWhitespace(l.charAt(0));
                if (!(previousSplits && continues)) {
                    joined.append('\n');
                }
            }
            spaced.append(l).append('\n');
            joined.append(l);
            previous = l;
            previousSplits = wrapWidths.contains(line.length()) || l.endsWith("-");
        }
        if (previous != null) {
            joined.append('\n');
        }
        return new Readings(spaced.toString(), joined.toString());
    }

    /**
     * Docker Desktop logs quote what wsl.exe printed as a Go string, so its lines arrive joined by
     * the four characters {@code \r\n} (and {@code \r\r\n} from wsl --list). A lone {@code \n} is
     * left: it is as likely a Windows path ({@code C:\new}) as an escape.
     */
    static String unescapeLineBreaks(String text) {
        return text.indexOf("\\r\\n") < 0 ? text : ESCAPED_BREAK.matcher(text).replaceAll("\n");
    }

    /**
     * Cleans one line at a time, each pattern's matcher reused and tried only where its first sign
     * is there.
     */
    private static final class LineCleaner {
        private final Matcher quote = QUOTE.matcher("");
        private final Matcher fence = FENCE.matcher("");
        private final Matcher logPrefix = LOG_PREFIX.matcher("");
        private final Matcher htmlTag = HTML_TAG.matcher("");
        private final Matcher emphasis = EMPHASIS.matcher("");

        /** The cleaned line, or null for a code fence, which is dropped. */
        String clean(String line) {
            String l = line;
            char first = firstVisible(l);
            if (first == '>') {
                l = quote.reset(l).replaceFirst("");
                first = firstVisible(l);
            }
            if ((l.contains("```") || l.contains("~~~")) && fence.reset(l).matches()) {
                return null;
            }
            if (first == '['
                    || first == 't'
                    || first == 'T'
                    || Character.isDigit(first)
                    || l.indexOf('|') >= 0) {
                l = logPrefix.reset(l).replaceFirst("");
            }
            if (l.indexOf('<') >= 0) {
                l = htmlTag.reset(l).replaceAll(" ");
            }
            if (l.indexOf('`') >= 0 || l.contains("**") || l.contains("__")) {
                l = emphasis.reset(l).replaceAll("");
            }
            return l.length() >= 13 ? collapseSpacedLetters(l) : l;
        }

        private static char firstVisible(String l) {
            for (int i = 0; i < l.length(); i++) {
                if (!Character.isWhitespace(l.charAt(i))) {
                    return l.charAt(i);
                }
            }
            return ' ';
        }
    }

    /**
     * Widths at which the text was wrapped: console widths, and any width at least two lines share
     * exactly.
     */
    private static Set<Integer> wrapWidths(String text) {
        Map<Integer, Integer> counts = new HashMap<>();
        int from = 0;
        while (from <= text.length()) {
            int to = text.indexOf('\n', from);
            if (to < 0) {
                to = text.length();
            }
            if (to - from >= MIN_WRAP_WIDTH) {
                counts.merge(to - from, 1, Integer::sum);
            }
            from = to + 1;
        }
        Set<Integer> widths = new HashSet<>();
        counts.forEach(
                (width, n) -> {
                    if (n >= 2) {
                        widths.add(width);
                    }
                });
        for (int w : CONSOLE_WIDTHS) {
            widths.add(w);
        }
        return widths;
    }

    private static String collapseSpacedLetters(String line) {
        Matcher m = SPACED_LETTERS.matcher(line);
        if (!m.find()) {
            return line;
        }
        StringBuilder out = new StringBuilder();
        do {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group().replace(" ", "")));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Reads back runs that are UTF-8 bytes shown as Windows-1252 characters; anything else stays.
     */
    static String repairMojibake(String text) {
        Matcher m = MOJIBAKE.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        do {
            m.appendReplacement(out, Matcher.quoteReplacement(decodeRun(m.group())));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }

    private static String decodeRun(String run) {
        byte[] bytes = new byte[run.length()];
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            Byte b = c <= 0xff ? Byte.valueOf((byte) c) : CP1252_HIGH.get(c);
            if (b == null) {
                return run;
            }
            bytes[i] = b;
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return run;
        }
    }

    /** The characters Windows-1252 puts at 0x80..0x9f, mapped back to their bytes. */
    private static Map<Character, Byte> cp1252High() {
        Map<Character, Byte> map = new HashMap<>();
        var decoder =
                CP1252.newDecoder()
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .onMalformedInput(CodingErrorAction.REPORT);
        for (int b = 0x80; b <= 0x9f; b++) {
            try {
                CharBuffer c = decoder.decode(ByteBuffer.wrap(new byte[] {(byte) b}));
                map.put(c.get(0), (byte) b);
            } catch (CharacterCodingException e) {
                // 0x81, 0x8d, 0x8f, 0x90, 0x9d are undefined in Windows-1252
            }
        }
        return Map.copyOf(map);
    }
}
