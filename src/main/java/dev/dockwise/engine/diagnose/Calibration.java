package dev.dockwise.engine.diagnose;

import dev.dockwise.engine.facts.ErrorCatalogue.CalibrationPoint;
import java.util.Comparator;
import java.util.List;

/**
 * Turns the matcher's raw score into the share of answers that were right at that score on the tune
 * split (error-cases.json, fitted by {@code CorpusEvaluation}), interpolated between the measured
 * points; with no points the raw score stands.
 */
final class Calibration {
    private final List<CalibrationPoint> points;

    Calibration(List<CalibrationPoint> points) {
        this.points =
                points.stream()
                        .sorted(Comparator.comparingDouble(CalibrationPoint::score))
                        .toList();
    }

    double confidence(double raw) {
        if (points.isEmpty()) {
            return raw;
        }
        CalibrationPoint first = points.get(0);
        if (raw <= first.score()) {
            return first.confidence() * (first.score() <= 0 ? 1 : raw / first.score());
        }
        for (int i = 1; i < points.size(); i++) {
            CalibrationPoint a = points.get(i - 1);
            CalibrationPoint b = points.get(i);
            if (raw <= b.score()) {
                double t = (raw - a.score()) / Math.max(1e-9, b.score() - a.score());
                return a.confidence() + t * (b.confidence() - a.confidence());
            }
        }
        return points.get(points.size() - 1).confidence();
    }
}
