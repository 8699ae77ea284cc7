package dev.dockwise.engine.facts;

import dev.dockwise.engine.model.Mode;
import java.util.List;

/**
 * Known error messages (errors.json): for each, the patterns that recognise it in normalised text
 * (see {@code ErrorText}), what causes it, how to tell the causes apart, and the fixes.
 */
public record ErrorCatalogue(String source, List<String> unrecognisedChecks, List<Signature> signatures) {

    public ErrorCatalogue {
        unrecognisedChecks = List.copyOf(unrecognisedChecks);
        signatures = List.copyOf(signatures);
    }

    /**
     * One known error. {@code unless} patterns mark text that belongs to a look-alike error (the
     * same HRESULT from WSL and from hcsshim): when one matches, the confidence is halved.
     */
    public record Signature(String id, String title, List<SignaturePattern> patterns, List<String> unless,
                            List<String> causes, List<String> checks, List<String> fixes, List<Mode> relatedModes,
                            String source) {
        public Signature {
            patterns = List.copyOf(patterns);
            unless = unless == null ? List.of() : List.copyOf(unless);
            causes = List.copyOf(causes);
            checks = List.copyOf(checks);
            fixes = List.copyOf(fixes);
            relatedModes = relatedModes == null ? List.of() : List.copyOf(relatedModes);
        }
    }

    /** A regular expression over normalised text and the evidence (0 to 1) a match gives. */
    public record SignaturePattern(String regex, double weight) {
    }
}
