package org.newsmark.agreement.bootstrap;

import java.util.Arrays;

import org.newsmark.agreement.ConfidenceInterval;

/**
 * Percentile intervals from bootstrap replicates. Replicates without a value (NaN) are dropped;
 * of the B that are left, sorted, the bounds at level L are the values of rank
 * max(1, ⌊(1 − L)/2 · B⌋) and min(B, ⌊(1 + L)/2 · B⌋ + 1), counted from 1: the ranks that
 * Hayes's KALPHA macro and Krippendorff's algorithm take (the 25th and 976th of 1,000 at 95%),
 * so that as many replicates lie below the interval as above it.
 */
final class Percentiles {
    private Percentiles() {}

    static ConfidenceInterval interval(
            double[] replicates, BootstrapOptions options, ConfidenceInterval.Method method, long draws) {
        double[] usable =
                Arrays.stream(replicates).filter(v -> !Double.isNaN(v)).sorted().toArray();
        int b = usable.length;
        if (b == 0) {
            return new ConfidenceInterval(
                    Double.NaN, Double.NaN, options.level(), replicates.length, 0, options.seed(), method, draws);
        }
        // The small epsilon keeps 0.025 * 1000 at 25 whatever the rounding of the level.
        int low = Math.max(1, (int) Math.floor((1 - options.level()) / 2 * b + 1e-9));
        int high = Math.min(b, (int) Math.floor((1 + options.level()) / 2 * b + 1e-9) + 1);
        return new ConfidenceInterval(
                usable[low - 1],
                usable[high - 1],
                options.level(),
                replicates.length,
                b,
                options.seed(),
                method,
                draws);
    }
}
