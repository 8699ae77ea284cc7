package dev.dockwise.scripts.probe;

import dev.dockwise.scripts.powershell.ScriptSnippets;
import dev.dockwise.scripts.powershell.ScriptText;

/**
 * The read-only host probe, kept as a PowerShell file in the resources (it is the same for every
 * host): it writes a v1 profile that the wizard imports.
 */
public final class ProbeScript {
    public static final String FILE_NAME = "dockwise-probe.ps1";

    private ProbeScript() {}

    public static String text() {
        return ScriptSnippets.text("probe.ps1");
    }

    /** As written to disk: UTF-8 with BOM, CRLF. */
    public static byte[] bytes() {
        return ScriptText.encode(text());
    }
}
