package dev.dockwise.engine.diagnose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dockwise.TestEngine;
import dev.dockwise.engine.facts.ErrorCatalogue.CalibrationPoint;
import dev.dockwise.engine.facts.ErrorCatalogue.LabelledCase;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Measures the troubleshooter on the labelled corpus: top-1 accuracy on positives (the right family
 * first), false positives on negatives (anything recognised), the reliability of its confidence,
 * and the misses per family. Cases in the index are diagnosed with their own thread left out, so no
 * paste is matched against itself. Also fits the calibration (tune split only).
 */
final class CorpusEvaluation {
    static final String HELD_OUT = "/diagnose/error-cases-heldout.json";

    /** The fewest answers a calibration point stands for. */
    static final int MIN_BIN = 10;

    /**
     * One diagnosed case: its label, the answer given (null: not recognised) and its confidence.
     */
    record Outcome(LabelledCase labelled, String answer, double confidence) {
        boolean positive() {
            return !labelled.family().equals(LabelledCase.NONE);
        }

        boolean right() {
            return positive() ? labelled.family().equals(answer) : answer == null;
        }
    }

    record Report(
            int positives,
            int rightFirst,
            int negatives,
            int falsePositives,
            List<Outcome> outcomes) {
        double accuracy() {
            return positives == 0 ? 0 : (double) rightFirst / positives;
        }

        double falsePositiveRate() {
            return negatives == 0 ? 0 : (double) falsePositives / negatives;
        }
    }

    private CorpusEvaluation() {}

    static List<LabelledCase> heldOut() {
        return read(HELD_OUT, "cases");
    }

    static JsonNode heldOutSplit() {
        try (InputStream in = CorpusEvaluation.class.getResourceAsStream(HELD_OUT)) {
            return new ObjectMapper().readTree(in).get("split");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The unrelated errors error-variants.json keeps: negatives on top of the corpus's own. */
    static List<LabelledCase> unrelated() {
        List<LabelledCase> out = new ArrayList<>();
        for (JsonNode t : tree("/diagnose/error-variants.json").get("unrelated")) {
            out.add(
                    new LabelledCase(
                            "TEST error-variants.json",
                            LabelledCase.NONE,
                            "message",
                            "test",
                            t.asText()));
        }
        return out;
    }

    static List<LabelledCase> training(String split) {
        return TestEngine.ADVISOR.knowledge().errors().corpus().cases().stream()
                .filter(c -> c.split().equals(split) && !c.basis().equals("catalogue"))
                .toList();
    }

    private static List<LabelledCase> read(String resource, String field) {
        List<LabelledCase> out = new ArrayList<>();
        for (JsonNode c : tree(resource).get(field)) {
            out.add(
                    new LabelledCase(
                            c.get("source").asText(),
                            c.get("family").asText(),
                            c.get("basis").asText(),
                            c.get("split").asText(),
                            c.get("text").asText()));
        }
        return out;
    }

    private static JsonNode tree(String resource) {
        try (InputStream in = CorpusEvaluation.class.getResourceAsStream(resource)) {
            return new ObjectMapper().readTree(in);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Report evaluate(Diagnoser diagnoser, List<LabelledCase> cases) {
        List<Outcome> outcomes = new ArrayList<>();
        int positives = 0;
        int right = 0;
        int negatives = 0;
        int falsePositives = 0;
        for (LabelledCase c : cases) {
            Diagnosis d = diagnoser.diagnose(c.text(), Optional.empty(), c.thread());
            Outcome o =
                    d.recognised()
                            ? new Outcome(
                                    c, d.matches().get(0).id(), d.matches().get(0).confidence())
                            : new Outcome(c, null, 0);
            outcomes.add(o);
            if (o.positive()) {
                positives++;
                right += o.right() ? 1 : 0;
            } else {
                negatives++;
                falsePositives += o.right() ? 0 : 1;
            }
        }
        return new Report(positives, right, negatives, falsePositives, outcomes);
    }

    /**
     * Confidence band, answers given in it, share right: answers only (not recognised is no claim).
     */
    static String reliability(Report r) {
        StringBuilder out = new StringBuilder("band       answers  right\n");
        double[] lows = {0.5, 0.6, 0.7, 0.8, 0.9};
        for (int i = 0; i < lows.length; i++) {
            double lo = lows[i];
            double hi = i + 1 < lows.length ? lows[i + 1] : 1.01;
            List<Outcome> in =
                    r.outcomes().stream()
                            .filter(
                                    o ->
                                            o.answer() != null
                                                    && o.confidence() >= lo
                                                    && o.confidence() < hi)
                            .toList();
            long ok = in.stream().filter(Outcome::right).count();
            out.append(
                    String.format(
                            Locale.ROOT,
                            "%.1f-%.1f  %7d  %s%n",
                            lo,
                            Math.min(1, hi),
                            in.size(),
                            in.isEmpty()
                                    ? "-"
                                    : String.format(
                                            Locale.ROOT, "%.0f%%", 100.0 * ok / in.size())));
        }
        return out.toString();
    }

    /** Among answers at {@code at} or more, the share that was right (NaN when there are none). */
    static double precisionAtOrAbove(Report r, double at) {
        List<Outcome> in =
                r.outcomes().stream()
                        .filter(o -> o.answer() != null && o.confidence() >= at)
                        .toList();
        return in.isEmpty()
                ? Double.NaN
                : (double) in.stream().filter(Outcome::right).count() / in.size();
    }

    static String misses(Report r) {
        Map<String, List<String>> byFamily = new TreeMap<>();
        for (Outcome o : r.outcomes()) {
            if (!o.right()) {
                byFamily.computeIfAbsent(o.labelled().family(), f -> new ArrayList<>())
                        .add(
                                (o.answer() == null
                                                ? "not recognised"
                                                : o.answer() + " " + o.confidence())
                                        + "  "
                                        + o.labelled().thread());
            }
        }
        StringBuilder out = new StringBuilder();
        byFamily.forEach(
                (f, list) -> {
                    out.append(f).append(" (").append(list.size()).append(")\n");
                    list.forEach(l -> out.append("    ").append(l).append('\n'));
                });
        return out.toString();
    }

    /**
     * Fits the calibration on the tune split: each case's top raw score (no calibration, no floor)
     * and whether it was right, pooled into monotone bins of at least {@link #MIN_BIN} answers
     * (pool adjacent violators), each bin a point (mean raw score, share right with one right and
     * one wrong answer added, so a small bin that was always right is not taken for certainty).
     */
    static List<CalibrationPoint> fit(List<LabelledCase> tune) {
        Diagnoser raw = new Diagnoser(TestEngine.ADVISOR, new Calibration(List.of()), 0.0001);
        List<double[]> pairs = new ArrayList<>();
        for (Outcome o : evaluate(raw, tune).outcomes()) {
            if (o.answer() != null) {
                pairs.add(new double[] {o.confidence(), o.right() ? 1 : 0});
            }
        }
        pairs.sort((a, b) -> Double.compare(a[0], b[0]));
        List<double[]> blocks = new ArrayList<>(); // {sum score, sum right, count}
        for (double[] p : pairs) {
            blocks.add(new double[] {p[0], p[1], 1});
            while (blocks.size() > 1) {
                double[] b = blocks.get(blocks.size() - 1);
                double[] a = blocks.get(blocks.size() - 2);
                if (a[1] / a[2] > b[1] / b[2] || a[2] < MIN_BIN) {
                    a[0] += b[0];
                    a[1] += b[1];
                    a[2] += b[2];
                    blocks.remove(blocks.size() - 1);
                } else {
                    break;
                }
            }
        }
        List<CalibrationPoint> points = new ArrayList<>();
        for (double[] b : blocks) {
            double score = Math.round(b[0] / b[2] * 1000) / 1000.0;
            double share = Math.round((b[1] + 1) / (b[2] + 2) * 1000) / 1000.0;
            if (points.isEmpty() || score > points.get(points.size() - 1).score()) {
                points.add(
                        new CalibrationPoint(
                                score,
                                Math.max(
                                        share,
                                        points.isEmpty()
                                                ? 0
                                                : points.get(points.size() - 1).confidence())));
            }
        }
        return points;
    }
}
