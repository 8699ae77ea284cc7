package dev.dockwise.engine.result;

import dev.dockwise.engine.model.Mode;
import dev.dockwise.engine.model.Status;
import java.util.List;

/** The verdict on one mode: status, a 0-100 score (0 when blocked) and the explanation. */
public record ModeAssessment(
        Mode mode,
        Status status,
        int score,
        List<String> reasons,
        List<String> warnings,
        List<Fix> fixes,
        List<String> blockers) {

    public ModeAssessment {
        reasons = List.copyOf(reasons);
        warnings = List.copyOf(warnings);
        fixes = List.copyOf(fixes);
        blockers = List.copyOf(blockers);
    }

    public ModeAssessment withStatus(Status newStatus) {
        return new ModeAssessment(mode, newStatus, score, reasons, warnings, fixes, blockers);
    }
}
