package dev.dockwise.engine.diagnose;

import java.util.List;

/**
 * One recognised error: its catalogue id and title, how sure the match is (0 to 1), the text that
 * matched, the causes, checks and fixes (the error's own causes first, then what the loaded
 * profile's host adds), and the other errors that print the same message with the check that tells
 * them apart ({@code sharedWith}).
 */
public record DiagnosisMatch(
        String id,
        String title,
        double confidence,
        String evidence,
        List<String> causes,
        List<String> checks,
        List<String> fixes,
        String source,
        List<SharedMessage> sharedWith) {
    public DiagnosisMatch {
        causes = List.copyOf(causes);
        checks = List.copyOf(checks);
        fixes = List.copyOf(fixes);
        sharedWith = sharedWith == null ? List.of() : List.copyOf(sharedWith);
    }
}
