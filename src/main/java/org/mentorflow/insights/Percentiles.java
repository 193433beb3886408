package org.mentorflow.insights;

import java.util.List;

/**
 * Median and p90 as PostgreSQL's {@code percentile_cont} computes them: linear interpolation between the two nearest
 * ranks, so a median of an even count is the mean of the middle two.
 */
final class Percentiles {

    private Percentiles() {
    }

    /** The p-th percentile (0..1) of values sorted ascending; null when there are none. */
    static Double of(List<Double> sorted, double p) {
        if (sorted.isEmpty()) {
            return null;
        }
        double rank = p * (sorted.size() - 1);
        int below = (int) Math.floor(rank);
        int above = (int) Math.ceil(rank);
        return sorted.get(below) + (sorted.get(above) - sorted.get(below)) * (rank - below);
    }
}
