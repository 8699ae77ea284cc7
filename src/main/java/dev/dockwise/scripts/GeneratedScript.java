package dev.dockwise.scripts;

import dev.dockwise.scripts.plans.InstallPlan;
import dev.dockwise.scripts.powershell.ScriptText;

/** A finished script: the plan it carries out, its text, and a file name to save it under. */
public record GeneratedScript(String fileName, InstallPlan plan, ScriptText script) {

    /** UTF-8 with BOM and CRLF, ready to save as .ps1. */
    public byte[] bytes() {
        return script.bytes();
    }

    public String text() {
        return script.text();
    }
}
