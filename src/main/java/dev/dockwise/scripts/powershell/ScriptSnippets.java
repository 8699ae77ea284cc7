package dev.dockwise.scripts.powershell;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PowerShell kept as files in the resources: the probe, and the functions it shares with the
 * generated scripts (one text for both), which a line {@code #include NAME.ps1} brings in.
 */
public final class ScriptSnippets {
    private static final Pattern INCLUDE = Pattern.compile("(?m)^#include ([\\w.-]+\\.ps1)\\r?\\n");

    private ScriptSnippets() {}

    /** The resource, with its includes in place. */
    public static String text(String name) {
        String text = read(name);
        Matcher m = INCLUDE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(read(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String read(String name) {
        try (InputStream in =
                ScriptSnippets.class.getResourceAsStream("/dev/dockwise/scripts/" + name)) {
            if (in == null) {
                throw new IllegalStateException(name + " missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
