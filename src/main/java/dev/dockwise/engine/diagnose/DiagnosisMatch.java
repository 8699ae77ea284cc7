package dev.dockwise.engine.diagnose;

import java.util.List;

/**
 * One recognised error: its catalogue id and title, how sure the match is (0 to 1), the text that
 * matched, and the causes, checks and fixes (those for the loaded profile's host first).
 */
public record DiagnosisMatch(String id, String title, double confidence, String evidence,
                             List<String> causes, List<String> checks, List<String> fixes, String source) {
    public DiagnosisMatch {
        causes = List.copyOf(causes);
        checks = List.copyOf(checks);
        fixes = List.copyOf(fixes);
    }
}
