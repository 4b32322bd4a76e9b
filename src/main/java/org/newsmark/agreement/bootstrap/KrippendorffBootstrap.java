package org.newsmark.agreement.bootstrap;

import java.util.Arrays;
import java.util.TreeMap;

import org.newsmark.agreement.coding.CoincidenceMatrix;

/**
 * Krippendorff's bootstrap of alpha for coded units, as his "Algorithm for bootstrapping a
 * distribution of cα" (2006, revised 2011) defines it and Hayes's KALPHA macro for SPSS and SAS
 * (Hayes and Krippendorff 2007, version 3.0 of 2011) runs it. What is resampled are the pairs of
 * values behind the coincidence matrix, not the units:
 * <ol>
 * <li>a pair falls in cell (c, k), c ≤ k, with probability p_cc = o_cc / n.. on the diagonal and
 *     p_ck = 2 o_ck / n.. off it, and then counts the difference δ²_ck;</li>
 * <li>each replicate draws M such pairs with replacement; Krippendorff takes
 *     M = min(25 Q, (m − 1) n.. / 2), Q the number of non-empty cells and m the number of observers:
 *     the pairs the data have, "capped by a practical limit" ({@link Draws#KALPHA});</li>
 * <li>the replicate's alpha is 1 − Σ δ² / (M D_e): only the observed disagreement is resampled,
 *     the expected disagreement D_e of the data is kept;</li>
 * <li>replicates below −1 are set to −1; replicates of exactly 1 come from samples without any
 *     disagreement: when the data have one non-empty diagonal cell they are all set to 0 (no
 *     variation, alpha 0 by definition), else as many of them as the samples expected to fall in
 *     a single diagonal cell, round(X Σ p_cc^M) of X replicates, are set to 0.</li>
 * </ol>
 * The draws of one replicate are not made one by one but as one multinomial sample over the
 * distinct values of δ² (a binomial one for the nominal difference), which has the same
 * distribution and costs the same whatever M. That is why {@link Draws#ALL_PAIRS} can leave the
 * practical limit out and draw (m − 1) n.. / 2 pairs, as many as the data have: with the limit,
 * the interval of a corpus of a million tokens would be that of 25 Q pairs (at most 1,225 for
 * seven labels, 100 for one label against the rest), and step 4 would set a large share of the
 * replicates of a rare label to 0.
 *
 * <p>References: Hayes, A. F. and Krippendorff, K.: Answering the call for a standard reliability
 * measure for coding data. Communication Methods and Measures 1(1):77-89, 2007. Krippendorff, K.:
 * Algorithm for bootstrapping a distribution of cα. University of Pennsylvania, 2006, revised
 * 2011. Krippendorff, K.: Computing Krippendorff's Alpha-Reliability. University of Pennsylvania,
 * 2011.
 */
public final class KrippendorffBootstrap {
    /** How many pairs of values each replicate draws. */
    public enum Draws {
        /** min(25 Q, (m − 1) n.. / 2), as Krippendorff's algorithm and the KALPHA macro. */
        KALPHA,
        /** (m − 1) n.. / 2, the pairs the data have, without the practical limit. */
        ALL_PAIRS
    }

    private final double[][] coincidences;
    private final double total;
    private final double observed;
    private final double expected;
    private final long draws;
    /** The distinct positive differences and the probability that a drawn pair has each. */
    private final double[] differences;

    private final double[] probabilities;
    private final BinomialSampler single;

    /**
     * The bootstrap of a coincidence matrix o_ck with the difference function δ²_ck (0 on the
     * diagonal) and the number of observers m.
     *
     * @throws IllegalArgumentException when alpha is undefined (no pairable value, or nothing
     *                                  expected to disagree)
     */
    public KrippendorffBootstrap(double[][] coincidences, double[][] delta, int observers, Draws draws) {
        int v = coincidences.length;
        this.coincidences = new double[v][];
        double[] marginal = new double[v];
        double n = 0;
        int nonEmpty = 0;
        for (int c = 0; c < v; c++) {
            this.coincidences[c] = coincidences[c].clone();
            for (int k = 0; k < v; k++) {
                marginal[c] += coincidences[c][k];
                nonEmpty += coincidences[c][k] > 0 ? 1 : 0;
            }
            n += marginal[c];
        }
        double o = 0;
        double e = 0;
        TreeMap<Double, Double> byDifference = new TreeMap<>();
        for (int c = 0; c < v; c++) {
            for (int k = 0; k < v; k++) {
                o += coincidences[c][k] * delta[c][k];
                e += c == k ? 0 : marginal[c] * marginal[k] * delta[c][k];
                if (k >= c && delta[c][k] > 0 && coincidences[c][k] > 0) {
                    byDifference.merge(delta[c][k], (c == k ? 1 : 2) * coincidences[c][k] / n, Double::sum);
                }
            }
        }
        if (!(n > 1) || !(e > 0)) {
            throw new IllegalArgumentException("alpha is undefined: "
                    + (n > 1 ? "nothing is expected to disagree" : "fewer than two pairable values"));
        }
        this.total = n;
        this.observed = o / n;
        this.expected = e / (n * (n - 1));
        long pairs = Math.round((observers - 1) * n / 2);
        this.draws = Math.max(1, draws == Draws.KALPHA ? Math.min(25L * nonEmpty, pairs) : pairs);
        this.differences =
                byDifference.keySet().stream().mapToDouble(Double::doubleValue).toArray();
        this.probabilities =
                byDifference.values().stream().mapToDouble(Double::doubleValue).toArray();
        this.single = differences.length == 1 ? new BinomialSampler(this.draws, Math.min(1, probabilities[0])) : null;
    }

    /** The bootstrap of a nominal coincidence matrix (δ² = 1 for two different categories). */
    public static KrippendorffBootstrap nominal(CoincidenceMatrix matrix, int observers, Draws draws) {
        int v = matrix.categories().size();
        double[][] o = new double[v][v];
        double[][] delta = new double[v][v];
        for (int c = 0; c < v; c++) {
            for (int k = 0; k < v; k++) {
                o[c][k] = matrix.coincidence(c, k);
                delta[c][k] = c == k ? 0 : 1;
            }
        }
        return new KrippendorffBootstrap(o, delta, observers, draws);
    }

    /** Alpha of the data, 1 − D_o / D_e. */
    public double alpha() {
        return 1 - observed / expected;
    }

    public double expectedDisagreement() {
        return expected;
    }

    /** M, the pairs of values each replicate draws. */
    public long draws() {
        return draws;
    }

    /** The replicates' alphas after step 4, from a seed; the same seed gives the same values. */
    public double[] replicates(int count, long seed) {
        return replicates(count, SplitMix64.stream(seed));
    }

    double[] replicates(int count, SplitMix64 random) {
        double[] alphas = uncorrected(count, random);
        correct(alphas);
        return alphas;
    }

    /** Steps 1 to 3: the replicates' alphas before the correction of step 4. */
    double[] uncorrected(int count, SplitMix64 random) {
        double[] alphas = new double[count];
        for (int i = 0; i < count; i++) {
            alphas[i] = 1 - disagreement(random) / (draws * expected);
        }
        return alphas;
    }

    /** Σ δ² over M drawn pairs: a multinomial sample over the distinct differences, one binomial at a time. */
    private double disagreement(SplitMix64 random) {
        if (single != null) {
            return differences[0] * single.sample(random);
        }
        long left = draws;
        double rest = 1.0;
        double sum = 0;
        for (int g = 0; g < differences.length && left > 0; g++) {
            double p = rest > 0 ? Math.min(1, Math.max(0, probabilities[g] / rest)) : 1;
            long x = new BinomialSampler(left, p).sample(random);
            sum += differences[g] * x;
            left -= x;
            rest -= probabilities[g];
        }
        return sum;
    }

    /** Step 4: replicates below −1 become −1, and replicates of 1 that stand for no variation become 0. */
    void correct(double[] alphas) {
        int ones = 0;
        for (int i = 0; i < alphas.length; i++) {
            alphas[i] = Math.max(-1, alphas[i]);
            ones += alphas[i] == 1 ? 1 : 0;
        }
        if (ones == 0) {
            return;
        }
        int diagonal = 0;
        double single = 0;
        for (int c = 0; c < coincidences.length; c++) {
            if (coincidences[c][c] > 0) {
                diagonal++;
                single += Math.pow(coincidences[c][c] / total, draws);
            }
        }
        long toZero = diagonal == 1 ? ones : Math.min(ones, Math.round(alphas.length * single));
        for (int i = 0; i < alphas.length && toZero > 0; i++) {
            if (alphas[i] == 1) {
                alphas[i] = 0;
                toZero--;
            }
        }
    }

    @Override
    public String toString() {
        return "KrippendorffBootstrap[alpha " + alpha() + ", D_e " + expected + ", M " + draws + ", differences "
                + Arrays.toString(differences) + "]";
    }
}
