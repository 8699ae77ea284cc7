package dev.dockwise.engine.diagnose;

import dev.dockwise.engine.facts.ErrorCatalogue.LabelledCase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The labelled pastes as TF-IDF vectors (sublinear term frequency, smoothed inverse document
 * frequency, unit length) with an inverted index, and the nearest of them to a paste by cosine
 * similarity. A bounded similarity (0 to 1) rather than BM25's open score, so that "how close is
 * the nearest known case" means the same for every paste and can be calibrated; the corpus is a few
 * hundred pastes, so a scan of the posting lists takes well under a millisecond.
 */
final class CaseIndex {
    private final List<LabelledCase> cases;
    private final Map<String, Double> idf = new HashMap<>();
    private final Map<String, List<Posting>> postings = new HashMap<>();
    private final double distinctIdf;

    private record Posting(int doc, double weight) {}

    /**
     * A term found in at most this share of the pastes tells errors apart ("wsl/0x80070422",
     * "hcsshim::preparelayer"); one found in more ("the system cannot find the file specified")
     * does not.
     */
    static final double DISTINCT_SHARE = 0.02;

    /**
     * Distinctive terms two pastes must share: one alone is often a code several causes print
     * (0x800700b7).
     */
    static final int DISTINCT_TERMS = 2;

    /**
     * A labelled paste, how similar it is to the paste being diagnosed, and whether the two share
     * {@link #DISTINCT_TERMS} terms that tell errors apart (a resemblance in common words alone is
     * not a reason to name a cause).
     */
    record Neighbour(LabelledCase labelled, double similarity, boolean distinctive) {}

    CaseIndex(List<LabelledCase> cases) {
        this(cases, null);
    }

    /**
     * The index of the cases, from their terms as computed when the project was built ({@code
     * precomputed}, one map per case in order) or, when there are none, from their texts.
     */
    CaseIndex(List<LabelledCase> cases, List<Map<String, Integer>> precomputed) {
        this.cases = List.copyOf(cases);
        List<Map<String, Integer>> docs = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (int i = 0; i < this.cases.size(); i++) {
            Map<String, Integer> terms =
                    precomputed != null
                            ? precomputed.get(i)
                            : CaseTerms.of(this.cases.get(i).text());
            docs.add(terms);
            terms.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
        }
        int n = docs.size();
        df.forEach((term, count) -> idf.put(term, Math.log((n + 1.0) / (count + 1.0)) + 1));
        this.distinctIdf = Math.log((n + 1.0) / (DISTINCT_SHARE * n + 1.0)) + 1;
        for (int d = 0; d < n; d++) {
            Map<String, Double> v = weigh(docs.get(d));
            int doc = d;
            v.forEach(
                    (term, w) ->
                            postings.computeIfAbsent(term, t -> new ArrayList<>())
                                    .add(new Posting(doc, w)));
        }
    }

    boolean isEmpty() {
        return cases.isEmpty();
    }

    /**
     * Unit-length TF-IDF weights; terms the corpus never saw carry no weight (they cannot match
     * anything).
     */
    private Map<String, Double> weigh(Map<String, Integer> terms) {
        Map<String, Double> v = new HashMap<>();
        double norm = 0;
        for (Map.Entry<String, Integer> e : terms.entrySet()) {
            Double inverse = idf.get(e.getKey());
            if (inverse != null) {
                double w = (1 + Math.log(e.getValue())) * inverse;
                v.put(e.getKey(), w);
                norm += w * w;
            }
        }
        double length = Math.sqrt(norm);
        if (length > 0) {
            v.replaceAll((t, w) -> w / length);
        }
        return v;
    }

    /**
     * The {@code k} labelled pastes nearest the text's terms, most similar first; pastes from
     * {@code excludedThread} are skipped (leave-one-thread-out evaluation), null skips none.
     */
    List<Neighbour> nearest(Map<String, Integer> terms, String excludedThread, int k) {
        Map<String, Double> query = weigh(terms);
        double[] score = new double[cases.size()];
        int[] distinct = new int[cases.size()];
        query.forEach(
                (term, w) -> {
                    double termIdf = idf.get(term);
                    for (Posting p : postings.getOrDefault(term, List.of())) {
                        score[p.doc()] += w * p.weight();
                        distinct[p.doc()] += termIdf >= distinctIdf ? 1 : 0;
                    }
                });
        List<Neighbour> found = new ArrayList<>();
        for (int d = 0; d < score.length; d++) {
            if (score[d] > 0
                    && (excludedThread == null || !cases.get(d).thread().equals(excludedThread))) {
                found.add(
                        new Neighbour(
                                cases.get(d),
                                Math.min(1, score[d]),
                                distinct[d] >= DISTINCT_TERMS));
            }
        }
        found.sort(Comparator.comparingDouble(Neighbour::similarity).reversed());
        return found.size() > k ? List.copyOf(found.subList(0, k)) : found;
    }
}
