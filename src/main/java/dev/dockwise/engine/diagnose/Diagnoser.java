package dev.dockwise.engine.diagnose;

import dev.dockwise.engine.Advisor;
import dev.dockwise.engine.facts.ErrorCatalogue;
import dev.dockwise.engine.facts.ErrorCatalogue.Cause;
import dev.dockwise.engine.facts.ErrorCatalogue.ErrorCode;
import dev.dockwise.engine.facts.ErrorCatalogue.LabelledCase;
import dev.dockwise.engine.facts.ErrorCatalogue.Signature;
import dev.dockwise.engine.model.Profile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Recognises error messages from two kinds of evidence. The catalogue's patterns are precise: each
 * matching pattern is independent evidence, combined as 1 - (1 - w1)(1 - w2)...; wrappers only
 * break ties; with a profile, host facts raise or lower a signature ({@link SignatureMatcher}). And
 * the labelled corpus of real pastes generalises to wordings no pattern was written for: the
 * nearest pastes ({@link CaseIndex}) vote for their families, weighted by similarity, and nearest
 * pastes labelled "none" (errors that are not a Docker-on-Windows cause) vote against every family.
 * The two combine by the same noisy-or, and the result is calibrated to the share of answers that
 * were right at that score on the tune split ({@link Calibration}). Below {@link #FLOOR} a match is
 * not reported: "not recognised", with the general checks, the codes decoded and the closest
 * reported problems, is more useful than a confident wrong title.
 */
public final class Diagnoser {
    /** Below this, a match is a coincidence of common words ("access denied"), not a diagnosis. */
    public static final double FLOOR = 0.5;

    /** How many nearest pastes vote. */
    static final int NEIGHBOURS = 5;

    /**
     * How much nearest "none" pastes take away: all of it when every neighbour is an unrelated
     * error at similarity 1.
     */
    static final double NONE_WEIGHT = 0.9;

    /**
     * What is left of the evidence for a Windows-only cause in a paste that shows a Linux host and
     * nothing of Windows; as much as a look-alike's marker leaves ({@code unless}).
     */
    static final double ON_LINUX_HOST = 0.5;

    /**
     * What is left of an error whose only evidence is a message its look-alike shares, when the
     * look-alike has a line of its own.
     */
    static final double OUTWEIGHED = 0.5;

    /**
     * A paste with fewer terms than this (words, pairs of words, codes) counts for less when
     * compared with the corpus.
     */
    static final int TERMS_FOR_FULL_WEIGHT = 10;

    /** Similar reported problems worth listing, and how close they must be. */
    private static final int SIMILAR = 3;

    private static final double SIMILAR_AT_LEAST = 0.25;

    /**
     * The part of a long log the corpus is compared with: its last lines that say something failed.
     */
    private static final int RETRIEVAL_TEXT = 16 * 1024;

    private final Advisor advisor;
    private final ErrorCatalogue catalogue;
    private final List<SignatureMatcher> signatures;
    private final Map<String, Signature> byId;
    private final CaseIndex index;
    private final Calibration calibration;
    private final double floor;
    private final Map<String, ErrorCode> codes;
    private final HostSignals hostSignals;
    private final SharedMessages shared;

    public Diagnoser(Advisor advisor) {
        this(advisor, null, FLOOR);
    }

    /** With another calibration (none: the raw score) and floor: how the calibration is fitted. */
    Diagnoser(Advisor advisor, Calibration calibration, double floor) {
        this.advisor = advisor;
        this.floor = floor;
        this.catalogue = advisor.knowledge().errors();
        this.signatures = catalogue.signatures().stream().map(SignatureMatcher::new).toList();
        this.byId =
                catalogue.signatures().stream()
                        .collect(Collectors.toMap(Signature::id, Function.identity()));
        this.index = new CaseIndex(catalogue.corpus().cases(), catalogue.corpus().terms());
        this.calibration =
                calibration != null
                        ? calibration
                        : new Calibration(catalogue.corpus().calibration());
        this.codes =
                catalogue.codes().stream()
                        .collect(
                                Collectors.toMap(
                                        c -> c.code().toLowerCase(java.util.Locale.ROOT),
                                        Function.identity(),
                                        (a, b) -> a));
        this.hostSignals = new HostSignals(catalogue.hostSignals());
        this.shared = new SharedMessages(catalogue.signatures());
    }

    public Diagnosis diagnose(String errorText, Optional<Profile> profile) {
        return diagnose(errorText, profile, null);
    }

    /**
     * As {@link #diagnose(String, Optional)}, the corpus without the pastes of {@code
     * excludedThread} (evaluation).
     */
    Diagnosis diagnose(String errorText, Optional<Profile> profile, String excludedThread) {
        List<String> forms = ErrorText.forms(errorText);
        Optional<HostAdvice> host = profile.map(p -> new HostAdvice(advisor, p));
        Map<String, SignatureMatcher.Candidate> matched = new LinkedHashMap<>();
        Map<String, Boolean> contradicted = new HashMap<>();
        for (SignatureMatcher s : signatures) {
            s.score(forms, host.map(HostAdvice::facts))
                    .ifPresent(c -> matched.put(c.signature().id(), c));
            contradicted.put(s.id(), s.contradicted(forms));
        }
        Map<String, Integer> terms = CaseTokens.of(retrievalText(forms.get(0)));
        List<CaseIndex.Neighbour> neighbours =
                index.isEmpty() ? List.of() : index.nearest(terms, excludedThread, NEIGHBOURS);
        // a paste of a few words ("Incorrect function.") resembles a case in all it says, and says
        // too little
        double said = Math.min(1, terms.size() / (double) TERMS_FOR_FULL_WEIGHT);
        Map<String, Double> votes = votes(neighbours);
        votes.replaceAll((family, v) -> family.equals(LabelledCase.NONE) ? v : v * said);
        double against = votes.getOrDefault(LabelledCase.NONE, 0.0);
        boolean linuxHost = hostSignals.linuxOnly(forms.get(0));
        java.util.Set<String> outweighed = shared.outweighed(matched);

        List<Scored> found = new ArrayList<>();
        for (Signature s : catalogue.signatures()) {
            SignatureMatcher.Candidate c = matched.get(s.id());
            double fromPatterns = c == null ? 0 : c.confidence();
            // with a look-alike's marker in the text, what the pastes have in common is the message
            // the two
            // errors share: similar pastes say nothing then, and the patterns (halved) decide alone
            double fromCases = contradicted.get(s.id()) ? 0 : votes.getOrDefault(s.id(), 0.0);
            if (fromPatterns == 0 && fromCases == 0) {
                continue;
            }
            double raw = (1 - (1 - fromPatterns) * (1 - fromCases)) * (1 - NONE_WEIGHT * against);
            boolean notThisHost = linuxHost && !s.linuxHostToo();
            raw *=
                    (notThisHost ? ON_LINUX_HOST : 1)
                            * (outweighed.contains(s.id()) ? OUTWEIGHED : 1);
            double calibrated = calibration.confidence(raw);
            // evidence a look-alike's marker, the host or a more specific line took away stays
            // away: calibration never raises it
            boolean lowered =
                    contradicted.get(s.id()) || notThisHost || outweighed.contains(s.id());
            double confidence =
                    Math.min(s.ceiling(), lowered ? Math.min(raw, calibrated) : calibrated);
            if (confidence >= floor) {
                String evidence =
                        c != null
                                ? c.evidence()
                                : "close to reported problems: " + nearestOf(neighbours, s.id());
                found.add(new Scored(s, confidence, evidence, c != null ? c.text() : forms.get(0)));
            }
        }
        // the catalogue's order breaks exact ties; the sort is stable
        found.sort(Comparator.comparingDouble(Scored::confidence).reversed());
        List<ErrorCode> decoded = decode(forms.get(0));
        List<SimilarCase> similar = similar(neighbours);
        if (found.isEmpty()) {
            return new Diagnosis(List.of(), catalogue.unrecognisedChecks(), decoded, similar);
        }
        String port = port(forms.get(0));
        return new Diagnosis(
                found.stream().map(c -> match(c, host, port, sharedWith(c))).toList(),
                List.of(),
                decoded,
                similar);
    }

    private record Scored(Signature signature, double confidence, String evidence, String text) {}

    /**
     * Each family's vote: its share of the neighbours' weight (similarity squared, so a near copy
     * outweighs several loose resemblances) times its best similarity (a share of weak neighbours
     * is weak evidence). A neighbour that shares no distinctive term with the paste weighs in the
     * total but votes for nothing; one labelled "none" always votes (against every family).
     */
    static Map<String, Double> votes(List<CaseIndex.Neighbour> neighbours) {
        double total = 0;
        Map<String, Double> weight = new HashMap<>();
        Map<String, Double> best = new HashMap<>();
        for (CaseIndex.Neighbour n : neighbours) {
            double w = n.similarity() * n.similarity();
            total += w;
            if (n.distinctive() || n.labelled().family().equals(LabelledCase.NONE)) {
                weight.merge(n.labelled().family(), w, Double::sum);
                best.merge(n.labelled().family(), n.similarity(), Math::max);
            }
        }
        Map<String, Double> votes = new HashMap<>();
        double sum = total;
        weight.forEach((family, w) -> votes.put(family, sum == 0 ? 0 : w / sum * best.get(family)));
        return votes;
    }

    private static String nearestOf(List<CaseIndex.Neighbour> neighbours, String family) {
        return neighbours.stream()
                .filter(n -> n.labelled().family().equals(family))
                .map(n -> n.labelled().thread())
                .limit(2)
                .collect(Collectors.joining(", "));
    }

    private List<SimilarCase> similar(List<CaseIndex.Neighbour> neighbours) {
        List<SimilarCase> out = new ArrayList<>();
        for (CaseIndex.Neighbour n : neighbours) {
            Signature s = byId.get(n.labelled().family());
            if (s != null
                    && n.similarity() >= SIMILAR_AT_LEAST
                    && n.labelled().thread().startsWith("http")
                    && out.size() < SIMILAR) {
                out.add(
                        new SimilarCase(
                                n.labelled().thread(),
                                s.id(),
                                s.title(),
                                Math.round(n.similarity() * 100) / 100.0));
            }
        }
        return out;
    }

    /**
     * A log's last lines that report a failure (its error is usually near its end); a paste as it
     * is.
     */
    static String retrievalText(String normalised) {
        if (normalised.length() <= RETRIEVAL_TEXT) {
            return normalised;
        }
        return normalised.substring(normalised.length() - RETRIEVAL_TEXT);
    }

    private static final java.util.regex.Pattern CODE =
            java.util.regex.Pattern.compile(
                    "0x[0-9a-f]{8}|\\b(?:hcs_e|wininet_e|wsl_e|error|e)_[a-z_]+\\b");

    /**
     * The codes in the text that Microsoft's tables (errors.json "codes") name, each once, in
     * order.
     */
    private List<ErrorCode> decode(String normalised) {
        Map<String, ErrorCode> out = new LinkedHashMap<>();
        java.util.regex.Matcher m = CODE.matcher(retrievalText(normalised));
        while (m.find()) {
            ErrorCode c = codes.get(m.group());
            if (c != null) {
                out.putIfAbsent(c.code(), c);
            }
        }
        return List.copyOf(out.values());
    }

    private static final java.util.regex.Pattern PORT =
            java.util.regex.Pattern.compile(
                    "(?:listen (?:tcp|udp)[46]?|bind for|bind\\(\\) to|exposing port (?:tcp|udp))"
                            + " \\[?[0-9a-f.:]*\\]?:(\\d{1,5})\\b");

    /**
     * The host port the paste complains about, so the checks and fixes name it instead of {@code
     * <port>}.
     */
    static String port(String normalised) {
        java.util.regex.Matcher m = PORT.matcher(normalised);
        return m.find() ? m.group(1) : null;
    }

    private static List<String> withPort(List<String> lines, String port) {
        return port == null ? lines : lines.stream().map(l -> l.replace("<port>", port)).toList();
    }

    /**
     * The errors that print the message this one was recognised by, each with the check that tells
     * the two apart.
     */
    private List<SharedMessage> sharedWith(Scored c) {
        List<SharedMessage> out = new ArrayList<>();
        for (String[] other : shared.sharedWith(c.signature().id(), c.text())) {
            Signature s = byId.get(other[0]);
            if (s != null) {
                out.add(new SharedMessage(s.id(), s.title(), other[1]));
            }
        }
        return out;
    }

    private static DiagnosisMatch match(
            Scored c, Optional<HostAdvice> host, String port, List<SharedMessage> sharedWith) {
        Signature s = c.signature();
        List<String> causes = new ArrayList<>();
        List<String> hostCauses = new ArrayList<>();
        List<String> checks = new ArrayList<>();
        List<String> fixes = new ArrayList<>();
        host.ifPresent(h -> h.addTo(s, hostCauses, checks, fixes));
        // the error's own causes first: what this host rules out follows them and never crowds them
        // out
        List<Cause> ordered = host.map(h -> h.rank(s.causes())).orElse(s.causes());
        ordered.forEach(cause -> causes.add(cause.text()));
        causes.addAll(hostCauses);
        checks.addAll(withPort(s.checks(), port));
        fixes.addAll(withPort(s.fixes(), port));
        double shown = Math.min(0.99, Math.round(c.confidence() * 100) / 100.0);
        return new DiagnosisMatch(
                s.id(),
                s.title(),
                shown,
                c.evidence(),
                causes,
                checks,
                fixes,
                s.source(),
                sharedWith);
    }
}
