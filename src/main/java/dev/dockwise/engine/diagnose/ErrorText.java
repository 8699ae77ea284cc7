package dev.dockwise.engine.diagnose;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Puts an error message into the one form the catalogue's patterns are written against, so that
 * what changes between occurrences does not matter: case, curly quotes, line breaks and indentation,
 * GUIDs, container and object ids, file paths. Error codes (0x80370102) and pipe names stay: they
 * are what tells one error from another.
 */
public final class ErrorText {
    private static final Pattern GUID = Pattern.compile("\\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\}?");
    /** Container, image and layer ids: long hex runs that mix digits and letters. */
    private static final Pattern HEX_ID = Pattern.compile("\\b(?=[0-9a-f]*[a-f])(?=[0-9a-f]*[0-9])[0-9a-f]{12,64}\\b");
    private static final Pattern DRIVE_PATH = Pattern.compile("\\b[a-z]:\\\\[^\\s\"'<>|]*");
    private static final Pattern DEVICE_PATH = Pattern.compile("\\\\\\\\\\?\\\\[^\\s\"'<>|]*");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00a0\\u2007\\u202f]+");

    private ErrorText() {
    }

    public static String normalise(String text) {
        String s = text.toLowerCase(Locale.ROOT)
                .replace('\u201c', '"').replace('\u201d', '"').replace('\u201e', '"')
                .replace('\u2018', '\'').replace('\u2019', '\'')
                .replace('\u2013', '-').replace('\u2014', '-');
        s = GUID.matcher(s).replaceAll("<guid>");
        s = HEX_ID.matcher(s).replaceAll("<id>");
        s = DEVICE_PATH.matcher(s).replaceAll("<path>");
        s = DRIVE_PATH.matcher(s).replaceAll("<path>");
        return SPACE.matcher(s).replaceAll(" ").trim();
    }
}
