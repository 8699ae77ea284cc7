package dev.dockwise.engine.diagnose;

import dev.dockwise.engine.facts.ErrorCatalogue.ErrorCode;
import java.util.List;

/**
 * What the troubleshooter found: the matches, best first; when there are none, the checks worth
 * running on any start error ({@code generalChecks} is empty otherwise). Whatever was recognised,
 * the error codes in the text with their published meaning, and the closest reported problems
 * (similar, not the cause).
 */
public record Diagnosis(
        List<DiagnosisMatch> matches,
        List<String> generalChecks,
        List<ErrorCode> codes,
        List<SimilarCase> similar) {
    public Diagnosis {
        matches = List.copyOf(matches);
        generalChecks = List.copyOf(generalChecks);
        codes = List.copyOf(codes);
        similar = List.copyOf(similar);
    }

    public Diagnosis(List<DiagnosisMatch> matches, List<String> generalChecks) {
        this(matches, generalChecks, List.of(), List.of());
    }

    public boolean recognised() {
        return !matches.isEmpty();
    }
}
