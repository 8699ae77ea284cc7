package dev.dockwise.scripts.plans;

import dev.dockwise.engine.model.Mode;
import dev.dockwise.scripts.powershell.ScriptText;
import java.util.List;
import java.util.function.Consumer;

/**
 * The steps that set a mode up on a host, each with a title for people (the script's header, the
 * reports) and the PowerShell that does it.
 */
public record InstallPlan(
        Mode mode, String title, String target, List<Step> steps, List<String> notes) {

    public InstallPlan {
        steps = List.copyOf(steps);
        notes = List.copyOf(notes);
    }

    /** One step: what it does in words, and the code that checks and does it. */
    public record Step(String title, Consumer<ScriptText> code) {}
}
