package dev.dockwise.report.text;

/**
 * RFC 4180 fields. A field that starts with a formula trigger (=, +, -, @, TAB or CR) gets a
 * leading apostrophe so spreadsheets don't run it as a formula; control characters are shown as
 * escapes.
 */
public final class Csv {
    private Csv() {}

    public static String field(String value) {
        if (value == null) {
            return "";
        }
        String shown = Printable.of(value);
        String safe =
                !shown.isEmpty() && "=+-@\t\r".indexOf(shown.charAt(0)) >= 0 ? "'" + shown : shown;
        if (safe.contains(",")
                || safe.contains("\"")
                || safe.contains("\n")
                || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
