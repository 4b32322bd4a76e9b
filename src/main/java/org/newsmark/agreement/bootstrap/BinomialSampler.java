package org.newsmark.agreement.bootstrap;

import java.util.Arrays;

/**
 * Exact draws from a binomial distribution Bin(n, p) by inversion: the probabilities are worked
 * out once, from the mode outwards by the ratio P(k + 1) / P(k) = (n - k) / (k + 1) · p / (1 - p),
 * as far as they are 1e-20 of the mode's (the rest of the distribution has a probability far
 * below that of one 53-bit uniform number), and each draw is a binary search in their running
 * sum. The cost of a draw does not grow with n, which is what lets Krippendorff's bootstrap draw
 * as many pairs as the data have.
 */
final class BinomialSampler {
    private static final double NEGLIGIBLE = 1e-20;
    private final long first;
    private final double[] cumulative;

    BinomialSampler(long n, double p) {
        if (n < 0 || !(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("Bin(" + n + ", " + p + ")");
        }
        if (n == 0 || p == 0 || p == 1) {
            first = p == 1 ? n : 0;
            cumulative = new double[] {1.0};
            return;
        }
        long mode = Math.min(n, (long) Math.floor((n + 1) * p));
        double odds = p / (1 - p);
        double[] up = tail(n, mode, odds, true);
        double[] down = tail(n, mode, odds, false);
        first = mode - down.length;
        cumulative = new double[down.length + up.length];
        double sum = 0;
        int i = 0;
        for (int d = down.length - 1; d >= 0; d--) {
            sum += down[d];
            cumulative[i++] = sum;
        }
        for (double u : up) {
            sum += u;
            cumulative[i++] = sum;
        }
        for (int k = 0; k < cumulative.length; k++) {
            cumulative[k] /= sum;
        }
        cumulative[cumulative.length - 1] = 1.0;
    }

    /**
     * P(mode + i) / P(mode) for i = 0, 1, ... ({@code up}), or P(mode - 1 - i) / P(mode) for i = 0,
     * 1, ..., as far as they are not negligible.
     */
    private static double[] tail(long n, long mode, double odds, boolean up) {
        double[] out = new double[64];
        int count = 0;
        double pk = 1.0;
        if (up) {
            out[count++] = 1.0;
        }
        for (long k = mode; up ? k < n : k > 0; k += up ? 1 : -1) {
            pk *= up ? (n - k) / (double) (k + 1) * odds : k / (double) (n - k + 1) / odds;
            if (pk < NEGLIGIBLE) {
                break;
            }
            out = grow(out, count);
            out[count++] = pk;
        }
        return Arrays.copyOf(out, count);
    }

    private static double[] grow(double[] a, int needed) {
        return needed < a.length ? a : Arrays.copyOf(a, Math.max(needed + 1, a.length * 2));
    }

    /** One draw. */
    long sample(SplitMix64 random) {
        if (cumulative.length == 1) {
            return first;
        }
        double u = random.nextDouble();
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] <= u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return first + lo;
    }
}
