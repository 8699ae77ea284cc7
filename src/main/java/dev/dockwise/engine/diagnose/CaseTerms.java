package dev.dockwise.engine.diagnose;

import java.util.Map;

/**
 * The terms a labelled paste is compared by (its normal form's words, word pairs and codes), for
 * the build step that computes them once for the whole corpus ({@code knowledge.CaseTermsFile}).
 */
public final class CaseTerms {
    private CaseTerms() {}

    /** Each term of the pasted text and how often it occurs. */
    public static Map<String, Integer> of(String pasted) {
        return CaseTokens.of(ErrorText.normalise(pasted));
    }
}
