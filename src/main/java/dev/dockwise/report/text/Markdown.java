package dev.dockwise.report.text;

/** Escapes text for Markdown paragraphs and table cells. */
final class Markdown {
    private Markdown() {}

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if ("\\`*_[]<>|#".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
