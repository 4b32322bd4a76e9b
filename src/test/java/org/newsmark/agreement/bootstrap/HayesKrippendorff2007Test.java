package org.newsmark.agreement.bootstrap;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.newsmark.agreement.ConfidenceInterval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The example of Hayes and Krippendorff (2007, Communication Methods and Measures 1(1):77-89):
 * five observers code 40 units on an ordinal scale 0-3, with missing values; ordinal alpha is
 * 0.7598. The paper's interval came from SPSS's random numbers and cannot be reproduced digit for
 * digit, so the bootstrap is checked against the algorithm itself: an independent, literal
 * transcription of the KALPHA macro's loop (version 3.0, 2011), draw by draw, run with many
 * replicates, must give the same distribution as {@link KrippendorffBootstrap}.
 */
class HayesKrippendorff2007Test {
    private static final int MISSING = -1;
    /** Units in rows, observers 1-5 in columns, as printed in the paper (. for missing). */
    private static final int[][] DATA = parse("""
            1 1 2 . 2 | 1 1 0 1 . | 2 3 3 3 . | . 0 0 . 0 | 0 0 0 . 0 | 0 0 0 . 0 | 1 0 2 . 1 | 1 . 2 0 .
            2 2 2 . 2 | 2 1 1 1 . | . 1 0 0 . | 0 0 0 0 . | 1 2 2 2 . | 3 3 2 2 3 | 1 1 1 . 1 | 1 1 1 . 1
            2 1 2 . 2 | 1 2 3 3 . | 1 1 0 1 . | 0 0 0 . 0 | 0 0 1 1 . | 0 0 . 0 0 | 2 3 3 3 . | 0 0 0 0 .
            1 2 . 2 2 | 0 1 1 1 . | 0 0 0 1 0 | 1 2 1 2 . | 1 1 2 2 . | 1 1 2 . 2 | 1 1 0 . 0 | 2 1 2 1 .
            2 2 . 2 2 | 3 2 2 2 . | 2 2 2 . 2 | 2 2 3 . 2 | 2 2 2 . 2 | 2 2 . 1 2 | 2 2 2 2 . | 1 1 1 . 1
            """);

    private static int[][] parse(String text) {
        return Arrays.stream(text.strip().split("[|\\n]"))
                .map(String::strip)
                .map(unit -> Arrays.stream(unit.split(" "))
                        .mapToInt(v -> v.equals(".") ? MISSING : Integer.parseInt(v))
                        .toArray())
                .toArray(int[][]::new);
    }

    /** o_ck: each ordered pair of values within a unit of m_u values counts 1 / (m_u - 1). */
    private static double[][] coincidences() {
        double[][] o = new double[4][4];
        for (int[] unit : DATA) {
            int m = (int) Arrays.stream(unit).filter(v -> v != MISSING).count();
            for (int i = 0; i < unit.length; i++) {
                for (int j = 0; j < unit.length; j++) {
                    if (i != j && unit[i] != MISSING && unit[j] != MISSING) {
                        o[unit[i]][unit[j]] += 1.0 / (m - 1);
                    }
                }
            }
        }
        return o;
    }

    /** Krippendorff's ordinal difference: (sum of n_g for g from c to k - (n_c + n_k) / 2) squared. */
    private static double[][] ordinal(double[][] o) {
        double[] n =
                Arrays.stream(o).mapToDouble(row -> Arrays.stream(row).sum()).toArray();
        double[][] d = new double[4][4];
        for (int c = 0; c < 4; c++) {
            for (int k = 0; k < 4; k++) {
                double sum = 0;
                for (int g = Math.min(c, k); g <= Math.max(c, k); g++) {
                    sum += n[g];
                }
                d[c][k] = c == k ? 0 : Math.pow(sum - (n[c] + n[k]) / 2, 2);
            }
        }
        return d;
    }

    @Test
    void ordinalAlphaOfTheExampleIs0_7598() {
        assertThat(DATA).hasNumberOfRows(40);
        double[][] o = coincidences();
        assertThat(new KrippendorffBootstrap(o, ordinal(o), 5, KrippendorffBootstrap.Draws.KALPHA).alpha())
                .isCloseTo(0.7598, within(5e-5));
    }

    @Test
    void eachReplicateDrawsAtMost25PairsPerNonEmptyCell() {
        double[][] o = coincidences();
        long nonEmpty = Arrays.stream(o)
                .flatMapToDouble(Arrays::stream)
                .filter(v -> v > 0)
                .count();
        double n = Arrays.stream(o).flatMapToDouble(Arrays::stream).sum();
        long pairs = Math.round(4 * n / 2);
        assertThat(new KrippendorffBootstrap(o, ordinal(o), 5, KrippendorffBootstrap.Draws.KALPHA).draws())
                .isEqualTo(Math.min(25 * nonEmpty, pairs));
        assertThat(new KrippendorffBootstrap(o, ordinal(o), 5, KrippendorffBootstrap.Draws.ALL_PAIRS).draws())
                .isEqualTo(pairs);
    }

    /**
     * The macro's bootstrap, line by line: the cells c <= k in order with their cumulative
     * probabilities, M uniform numbers, each adding the difference of the segment it falls in;
     * alpha = 1 - sum / (D_e M), cut at -1; replicates of 1 set to 0 as many as expected.
     */
    private static double[] macro(double[][] o, double[][] delta, long draws, int replicates, Random random) {
        int v = o.length;
        double n = Arrays.stream(o).flatMapToDouble(Arrays::stream).sum();
        double[] marginal =
                Arrays.stream(o).mapToDouble(row -> Arrays.stream(row).sum()).toArray();
        double expected = 0;
        for (int c = 0; c < v; c++) {
            for (int k = 0; k < v; k++) {
                expected += c == k ? 0 : marginal[c] * marginal[k] * delta[c][k] / (n * (n - 1));
            }
        }
        double[] upper = new double[v * (v + 1) / 2];
        double[] difference = new double[upper.length];
        double cumulative = 0;
        int cell = 0;
        for (int i = 0; i < v; i++) {
            for (int j = i; j < v; j++) {
                cumulative += (i == j ? 1 : 2) * o[j][i] / n;
                upper[cell] = cumulative;
                difference[cell++] = delta[j][i];
            }
        }
        double[] alphas = new double[replicates];
        int ones = 0;
        for (int z = 0; z < replicates; z++) {
            double sum = 0;
            for (long d = 0; d < draws; d++) {
                double r = random.nextDouble() * cumulative;
                int c = 0;
                while (c < upper.length - 1 && r > upper[c]) {
                    c++;
                }
                sum += difference[c];
            }
            alphas[z] = Math.max(-1, 1 - sum / (expected * draws));
            ones += alphas[z] == 1 ? 1 : 0;
        }
        double single = 0;
        for (int c = 0; c < v; c++) {
            single += Math.pow(o[c][c] / n, draws);
        }
        long nx = Math.round(replicates * single);
        for (int z = 0; z < replicates && ones > 0 && nx > 0; z++) {
            if (alphas[z] == 1) {
                alphas[z] = 0;
                nx--;
            }
        }
        return alphas;
    }

    private static double quantile(double[] sorted, double p) {
        return sorted[(int) Math.floor(p * (sorted.length - 1))];
    }

    @Test
    void replicatesFollowTheDistributionOfTheKalphaMacro() {
        double[][] o = coincidences();
        double[][] delta = ordinal(o);
        KrippendorffBootstrap boot = new KrippendorffBootstrap(o, delta, 5, KrippendorffBootstrap.Draws.KALPHA);
        int replicates = 20_000;
        double[] ours = boot.replicates(replicates, 2007);
        double[] macro = macro(o, delta, boot.draws(), replicates, new Random(77));
        Arrays.sort(ours);
        Arrays.sort(macro);
        for (double p : new double[] {0.025, 0.1, 0.25, 0.5, 0.75, 0.9, 0.975}) {
            assertThat(quantile(ours, p)).as("quantile %s", p).isCloseTo(quantile(macro, p), within(0.006));
        }
        assertThat(Arrays.stream(ours).average().orElseThrow())
                .isCloseTo(Arrays.stream(macro).average().orElseThrow(), within(0.002));
        // The distribution centres on the data's alpha: only the observed disagreement is resampled.
        assertThat(quantile(ours, 0.5)).isCloseTo(0.7598, within(0.01));
        // And its 95% interval is the one the percentile ranks of the macro give.
        var ci = Percentiles.interval(
                boot.replicates(10_000, 2007),
                new BootstrapOptions(0.95, 10_000, 2007),
                ConfidenceInterval.Method.KRIPPENDORFF,
                boot.draws());
        assertThat(ci.low()).isCloseTo(quantile(macro, 0.025), within(0.01));
        assertThat(ci.high()).isCloseTo(quantile(macro, 0.975), within(0.01));
    }
}
