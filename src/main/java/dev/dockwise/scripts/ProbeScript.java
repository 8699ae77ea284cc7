package dev.dockwise.scripts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The read-only host probe, kept as a PowerShell file in the resources (it is the same for every
 * host): it writes a v1 profile that the wizard imports.
 */
public final class ProbeScript {
    public static final String FILE_NAME = "dockwise-probe.ps1";

    private ProbeScript() {
    }

    public static String text() {
        try (InputStream in = ProbeScript.class.getResourceAsStream("/dev/dockwise/scripts/probe.ps1")) {
            if (in == null) {
                throw new IllegalStateException("probe.ps1 missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As written to disk: UTF-8 with BOM, CRLF. */
    public static byte[] bytes() {
        return ScriptText.encode(text());
    }
}
