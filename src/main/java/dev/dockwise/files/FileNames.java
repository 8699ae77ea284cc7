package dev.dockwise.files;

/** File names made from what users typed (host names): safe on Windows, macOS and Linux alike. */
public final class FileNames {
    private static final int MAX = 80;

    private FileNames() {
    }

    /** Letters, digits, dot, dash and underscore; no leading dot or dash; at most 80 characters; the fallback when nothing is left. */
    public static String safe(String name, String fallback) {
        String s = name == null ? "" : name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[.-]+", "");
        if (s.length() > MAX) {
            s = s.substring(0, MAX);
        }
        return s.isEmpty() ? fallback : s;
    }
}
