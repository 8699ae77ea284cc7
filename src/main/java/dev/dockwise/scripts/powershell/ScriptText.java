package dev.dockwise.scripts.powershell;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Lines of a PowerShell script with indentation. Written as UTF-8 with a BOM and CRLF line ends:
 * Windows PowerShell 5.1 reads a BOM-less file in the ANSI code page, where UTF-8 punctuation can
 * turn into quote characters. Boilerplate is ASCII; only quoted user values may be anything else.
 */
public final class ScriptText {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] CRLF = {'\r', '\n'};
    private final List<String> lines = new ArrayList<>();
    private int indent;

    /** A line of generated code; must be ASCII unless it carries a quoted user value. */
    public ScriptText line(String text) {
        lines.add(text.isEmpty() ? "" : "    ".repeat(indent) + text);
        return this;
    }

    /** A line exactly as given, without indentation (here-string content and its closing '@). */
    public ScriptText raw(String text) {
        lines.add(text);
        return this;
    }

    public ScriptText lines(String... texts) {
        for (String t : texts) {
            line(t);
        }
        return this;
    }

    public ScriptText blank() {
        lines.add("");
        return this;
    }

    /** Opens a block: the line (ending in "{") and one more level of indentation. */
    public ScriptText open(String text) {
        line(text);
        indent++;
        return this;
    }

    public ScriptText close() {
        return close("}");
    }

    public ScriptText close(String text) {
        indent--;
        return line(text);
    }

    public ScriptText comment(String text) {
        return line("# " + text);
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** The script as text with Windows line ends. */
    public String text() {
        return String.join("\r\n", lines) + "\r\n";
    }

    /**
     * BOM, UTF-8, CRLF; encoded line by line (a fleet plan writes thousands of these, so no joined
     * copy first).
     */
    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(lines.size() * 48 + BOM.length);
        out.writeBytes(BOM);
        for (String line : lines) {
            out.writeBytes(line.getBytes(StandardCharsets.UTF_8));
            out.writeBytes(CRLF);
        }
        return out.toByteArray();
    }

    /** Bytes of any script text as Dockwise writes it: BOM, UTF-8, CRLF. */
    public static byte[] encode(String text) {
        String crlf = text.replace("\r\n", "\n").replace("\n", "\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(crlf.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
