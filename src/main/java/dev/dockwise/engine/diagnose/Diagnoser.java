package dev.dockwise.engine.diagnose;

import dev.dockwise.engine.Advisor;
import dev.dockwise.engine.facts.ErrorCatalogue;
import dev.dockwise.engine.facts.ErrorCatalogue.Signature;
import dev.dockwise.engine.facts.ErrorCatalogue.SignaturePattern;
import dev.dockwise.engine.model.Profile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises error messages against the catalogue of known signatures and ranks the candidates.
 * Each matching pattern is independent evidence, combined as 1 - (1 - w1)(1 - w2)...; a signature
 * needs {@link #THRESHOLD} to be reported. With a profile, the advice is made specific to its host
 * by {@link HostAdvice}.
 */
public final class Diagnoser {
    /** Below this, a match is a coincidence of common words ("access denied"), not a diagnosis. */
    public static final double THRESHOLD = 0.35;
    private static final int EVIDENCE_LENGTH = 200;

    private final Advisor advisor;
    private final ErrorCatalogue catalogue;
    private final List<Compiled> signatures;

    public Diagnoser(Advisor advisor) {
        this.advisor = advisor;
        this.catalogue = advisor.knowledge().errors();
        this.signatures = catalogue.signatures().stream().map(Compiled::of).toList();
    }

    public Diagnosis diagnose(String errorText, Optional<Profile> profile) {
        String text = ErrorText.normalise(errorText);
        List<Candidate> found = new ArrayList<>();
        signatures.forEach(s -> s.score(text).ifPresent(found::add));
        // the catalogue's order breaks ties; the sort is stable
        found.sort(Comparator.comparingDouble(Candidate::confidence).reversed());
        if (found.isEmpty()) {
            return new Diagnosis(List.of(), catalogue.unrecognisedChecks());
        }
        Optional<HostAdvice> host = profile.map(p -> new HostAdvice(advisor, p));
        List<DiagnosisMatch> matches = found.stream().map(c -> match(c, host)).toList();
        return new Diagnosis(matches, List.of());
    }

    private static DiagnosisMatch match(Candidate c, Optional<HostAdvice> host) {
        Signature s = c.signature();
        List<String> causes = new ArrayList<>();
        List<String> checks = new ArrayList<>();
        List<String> fixes = new ArrayList<>();
        host.ifPresent(h -> h.addTo(s, causes, checks, fixes));
        causes.addAll(s.causes());
        checks.addAll(s.checks());
        fixes.addAll(s.fixes());
        return new DiagnosisMatch(s.id(), s.title(), c.confidence(), c.evidence(), causes, checks, fixes, s.source());
    }

    private record Candidate(Signature signature, double confidence, String evidence) {
    }

    private record Compiled(Signature signature, List<Pattern> patterns, List<Double> weights, List<Pattern> unless) {
        static Compiled of(Signature s) {
            return new Compiled(s,
                    s.patterns().stream().map(p -> Pattern.compile(p.regex())).toList(),
                    s.patterns().stream().map(SignaturePattern::weight).toList(),
                    s.unless().stream().map(Pattern::compile).toList());
        }

        Optional<Candidate> score(String text) {
            double doubt = 1.0;
            double strongest = 0;
            String evidence = null;
            for (int i = 0; i < patterns.size(); i++) {
                Matcher m = patterns.get(i).matcher(text);
                if (m.find()) {
                    double w = weights.get(i);
                    doubt *= 1 - w;
                    if (w > strongest) {
                        strongest = w;
                        evidence = excerpt(text, m.start(), m.end());
                    }
                }
            }
            double confidence = 1 - doubt;
            if (unless.stream().anyMatch(p -> p.matcher(text).find())) {
                confidence /= 2;
            }
            confidence = Math.round(confidence * 100) / 100.0;
            return confidence >= THRESHOLD ? Optional.of(new Candidate(signature, confidence, evidence)) : Optional.empty();
        }

        private static String excerpt(String text, int start, int end) {
            return text.substring(start, Math.min(end, start + EVIDENCE_LENGTH));
        }
    }
}
