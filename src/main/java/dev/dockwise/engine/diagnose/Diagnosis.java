package dev.dockwise.engine.diagnose;

import java.util.List;

/**
 * What the troubleshooter found: the matches, best first; when there are none, the checks worth
 * running on any start error ({@code generalChecks} is empty otherwise).
 */
public record Diagnosis(List<DiagnosisMatch> matches, List<String> generalChecks) {
    public Diagnosis {
        matches = List.copyOf(matches);
        generalChecks = List.copyOf(generalChecks);
    }

    public boolean recognised() {
        return !matches.isEmpty();
    }
}
