package dev.dockwise.report.text;

/** RFC 4180 fields; a leading =, +, - or @ is prefixed so spreadsheets don't run it as a formula. */
public final class Csv {
    private Csv() {
    }

    public static String field(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
