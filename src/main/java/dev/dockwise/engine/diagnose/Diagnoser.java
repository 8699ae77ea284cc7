package dev.dockwise.engine.diagnose;

import dev.dockwise.engine.Advisor;
import dev.dockwise.engine.facts.ErrorCatalogue;
import dev.dockwise.engine.facts.ErrorCatalogue.Cause;
import dev.dockwise.engine.facts.ErrorCatalogue.Signature;
import dev.dockwise.engine.model.Profile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Recognises error messages against the catalogue of known signatures and ranks the candidates.
 * The text is read the ways it may have been pasted ({@link ErrorText#forms}); each matching pattern
 * is independent evidence, combined as 1 - (1 - w1)(1 - w2)...; wrappers only break ties; with a
 * profile, host facts raise or lower a signature and order its causes ({@link SignatureMatcher}).
 * Below {@link #FLOOR} a match is not reported: "not recognised" with the general checks is more
 * useful than a confident wrong title.
 */
public final class Diagnoser {
    /** Below this, a match is a coincidence of common words ("access denied"), not a diagnosis. */
    public static final double FLOOR = 0.5;

    private final Advisor advisor;
    private final ErrorCatalogue catalogue;
    private final List<SignatureMatcher> signatures;

    public Diagnoser(Advisor advisor) {
        this.advisor = advisor;
        this.catalogue = advisor.knowledge().errors();
        this.signatures = catalogue.signatures().stream().map(SignatureMatcher::new).toList();
    }

    public Diagnosis diagnose(String errorText, Optional<Profile> profile) {
        List<String> forms = ErrorText.forms(errorText);
        Optional<HostAdvice> host = profile.map(p -> new HostAdvice(advisor, p));
        List<SignatureMatcher.Candidate> found = new ArrayList<>();
        for (SignatureMatcher s : signatures) {
            s.score(forms, host.map(HostAdvice::facts)).filter(c -> c.confidence() >= FLOOR).ifPresent(found::add);
        }
        // the catalogue's order breaks exact ties; the sort is stable
        found.sort(Comparator.comparingDouble(SignatureMatcher.Candidate::confidence).reversed());
        if (found.isEmpty()) {
            return new Diagnosis(List.of(), catalogue.unrecognisedChecks());
        }
        return new Diagnosis(found.stream().map(c -> match(c, host)).toList(), List.of());
    }

    private static DiagnosisMatch match(SignatureMatcher.Candidate c, Optional<HostAdvice> host) {
        Signature s = c.signature();
        List<String> causes = new ArrayList<>();
        List<String> checks = new ArrayList<>();
        List<String> fixes = new ArrayList<>();
        host.ifPresent(h -> h.addTo(s, causes, checks, fixes));
        List<Cause> ordered = host.map(h -> h.rank(s.causes())).orElse(s.causes());
        ordered.forEach(cause -> causes.add(cause.text()));
        checks.addAll(s.checks());
        fixes.addAll(s.fixes());
        double shown = Math.min(0.99, Math.round(c.confidence() * 100) / 100.0);
        return new DiagnosisMatch(s.id(), s.title(), shown, c.evidence(), causes, checks, fixes, s.source());
    }
}
