package dev.dockwise.scripts.probe;

import dev.dockwise.scripts.powershell.ScriptSnippets;
import dev.dockwise.scripts.powershell.ScriptText;

/**
 * The read-only check of a setup, kept as a PowerShell file in the resources: run after an install
 * script (no elevation), it asks the engine, runs a test container, asks WSL and reads the newest
 * install transcript, one line per check ({@code CHECK id PASS|FAIL detail}, {@code ERROR text}).
 */
public final class VerifyScript {
    public static final String FILE_NAME = "dockwise-verify.ps1";

    private VerifyScript() {}

    public static String text() {
        return ScriptSnippets.text("verify.ps1");
    }

    /** As written to disk: UTF-8 with BOM, CRLF. */
    public static byte[] bytes() {
        return ScriptText.encode(text());
    }
}
