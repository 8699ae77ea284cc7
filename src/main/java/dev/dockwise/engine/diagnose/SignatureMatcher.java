package dev.dockwise.engine.diagnose;

import dev.dockwise.engine.facts.ErrorCatalogue.Signature;
import dev.dockwise.engine.facts.ErrorCatalogue.SignaturePattern;
import dev.dockwise.engine.rules.HostFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;

/**
 * One catalogue signature, compiled, and how strongly a text shows it.
 *
 * <p>The confidence is the noisy-or of the error's own patterns (its message, code, {@code Wsl/...}
 * path); a look-alike's marker halves it; each wrapper it usually arrives in adds {@link
 * #ENVELOPE_BONUS}, which orders two errors with the same inner message but never makes one out of
 * a wrapper alone. With the host's facts, a condition that makes the error likely there adds
 * evidence and one that makes it unlikely takes some away. A message several causes share never
 * passes the signature's ceiling.
 */
final class SignatureMatcher {
    static final double ENVELOPE_BONUS = 0.02;
    private static final int MAX_ENVELOPES = 2;

    /** How much a host fact that makes an error likely counts, as evidence of its own. */
    private static final double LIKELY_ON_HOST = 0.3;

    /** What is left of the confidence when a host fact makes the error unlikely there. */
    private static final double UNLIKELY_ON_HOST = 0.6;

    private static final int EVIDENCE_LENGTH = 200;

    private final Signature signature;
    private final List<QuickPattern> patterns;
    private final List<QuickPattern> envelopes;
    private final List<QuickPattern> unless;
    private final List<HostCondition> likelyOn;
    private final List<HostCondition> unlikelyOn;

    SignatureMatcher(Signature signature) {
        this.signature = signature;
        this.patterns =
                signature.patterns().stream().map(p -> new QuickPattern(p.regex())).toList();
        this.envelopes = compile(signature.envelopes());
        this.unless = compile(signature.unless());
        this.likelyOn = signature.likelyOn().stream().map(HostCondition::parse).toList();
        this.unlikelyOn = signature.unlikelyOn().stream().map(HostCondition::parse).toList();
    }

    /**
     * How strongly the text shows the signature, the text that showed it most, the form of the
     * paste it was found in, and where each matching pattern matched in that form (start, end):
     * what tells a message two errors share from a line only one of them explains.
     */
    record Candidate(
            Signature signature,
            double confidence,
            String evidence,
            String text,
            List<int[]> spans) {}

    String id() {
        return signature.id();
    }

    /**
     * Whether the text carries a look-alike's marker ({@code unless}): another error that shares
     * these words.
     */
    boolean contradicted(List<String> forms) {
        return forms.stream().anyMatch(text -> unless.stream().anyMatch(p -> p.foundIn(text)));
    }

    Optional<Candidate> score(List<String> forms, Optional<HostFacts> host) {
        Candidate best = null;
        for (String text : forms) {
            Candidate c = scoreText(text);
            if (c != null && (best == null || c.confidence() > best.confidence())) {
                best = c;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        double found = best.confidence();
        double confidence =
                Math.min(signature.ceiling(), host.map(h -> onHost(found, h)).orElse(found));
        return Optional.of(
                new Candidate(signature, confidence, best.evidence(), best.text(), best.spans()));
    }

    private Candidate scoreText(String text) {
        double doubt = 1.0;
        double strongest = 0;
        String evidence = null;
        List<int[]> spans = new ArrayList<>();
        List<SignaturePattern> defs = signature.patterns();
        for (int i = 0; i < patterns.size(); i++) {
            Optional<MatchResult> found = patterns.get(i).find(text);
            if (found.isPresent()) {
                MatchResult m = found.get();
                spans.add(new int[] {m.start(), m.end()});
                double w = defs.get(i).weight();
                doubt *= 1 - w;
                if (w > strongest) {
                    strongest = w;
                    evidence =
                            text.substring(
                                    m.start(), Math.min(m.end(), m.start() + EVIDENCE_LENGTH));
                }
            }
        }
        if (evidence == null) {
            return null;
        }
        double confidence = 1 - doubt;
        if (unless.stream().anyMatch(p -> p.foundIn(text))) {
            confidence /= 2;
        }
        long wrappers =
                envelopes.stream().filter(p -> p.foundIn(text)).limit(MAX_ENVELOPES).count();
        return new Candidate(
                signature,
                confidence + wrappers * ENVELOPE_BONUS,
                evidence,
                text,
                List.copyOf(spans));
    }

    private double onHost(double confidence, HostFacts host) {
        double c = confidence;
        if (likelyOn.stream().anyMatch(k -> k.on(host).orElse(false))) {
            c = 1 - (1 - c) * (1 - LIKELY_ON_HOST);
        }
        if (unlikelyOn.stream().anyMatch(k -> k.on(host).orElse(false))) {
            c *= UNLIKELY_ON_HOST;
        }
        return c;
    }

    private static List<QuickPattern> compile(List<String> regexes) {
        return regexes.stream().map(QuickPattern::new).toList();
    }
}
