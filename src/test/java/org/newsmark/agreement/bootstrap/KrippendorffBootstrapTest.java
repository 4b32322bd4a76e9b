package org.newsmark.agreement.bootstrap;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsmark.agreement.ConfidenceInterval;
import org.newsmark.agreement.coding.CoincidenceMatrix;
import org.newsmark.agreement.coding.DefaultCodingStudy;
import org.newsmark.agreement.coding.KrippendorffAlpha;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Properties of Krippendorff's bootstrap that hold whatever the random numbers: with the nominal
 * difference a replicate's disagreement is binomial, step 4 corrects exactly the replicates it
 * should, and on simulated studies whose true alpha is known the 95% interval covers it about 95
 * times in 100.
 */
class KrippendorffBootstrapTest {
    private static final double[][] NOMINAL_3 = {{0, 1, 1}, {1, 0, 1}, {1, 1, 0}};

    @Test
    void nominalDisagreementOfAReplicateIsBinomial() {
        // 3 categories, 2 observers, 400 pairable values: M = 200 pairs, P(disagreeing pair) = D_o
        double[][] o = {{150, 10, 6}, {10, 120, 8}, {6, 8, 82}};
        KrippendorffBootstrap boot = new KrippendorffBootstrap(o, NOMINAL_3, 2, KrippendorffBootstrap.Draws.ALL_PAIRS);
        long m = boot.draws();
        assertThat(m).isEqualTo(200);
        double p = 48.0 / 400;
        int replicates = 50_000;
        double[] alphas = boot.uncorrected(replicates, new SplitMix64(5));
        long[] seen = new long[(int) m + 1];
        for (double a : alphas) {
            double x = (1 - a) * m * boot.expectedDisagreement();
            assertThat(x).isCloseTo(Math.rint(x), within(1e-6));
            seen[(int) Math.rint(x)]++;
        }
        // the exact binomial distribution, by its recurrence from P(0) = (1 - p)^M
        double pmf = Math.pow(1 - p, m);
        double exact = 0;
        double empirical = 0;
        double worst = 0;
        for (int k = 0; k <= m; k++) {
            exact += pmf;
            empirical += seen[k] / (double) replicates;
            worst = Math.max(worst, Math.abs(exact - empirical));
            pmf *= (m - k) / (k + 1.0) * p / (1 - p);
        }
        // Dvoretzky-Kiefer-Wolfowitz: with 50,000 draws, a gap over 0.0086 has probability below 0.001
        assertThat(worst).isLessThan(0.0086);
    }

    @Test
    void aLargeCorpusDrawsAllItsPairs() {
        // two annotators, 2,000,000 tokens: the interval shrinks with the data, as a binomial proportion's
        double[][] o = {{3_000_000, 60_000}, {60_000, 880_000}};
        KrippendorffBootstrap boot =
                new KrippendorffBootstrap(o, new double[][] {{0, 1}, {1, 0}}, 2, KrippendorffBootstrap.Draws.ALL_PAIRS);
        assertThat(boot.draws()).isEqualTo(2_000_000);
        double[] alphas = boot.replicates(20_000, 9);
        double mean = Arrays.stream(alphas).average().orElseThrow();
        double sd = Math.sqrt(
                Arrays.stream(alphas).map(a -> (a - mean) * (a - mean)).sum() / (alphas.length - 1));
        double p = 120_000.0 / 4_000_000;
        double theory = Math.sqrt(p * (1 - p) / 2_000_000) / boot.expectedDisagreement();
        assertThat(mean).isCloseTo(boot.alpha(), within(theory / 10));
        assertThat(sd / theory).isCloseTo(1.0, within(0.05));
        // KALPHA's practical limit would draw 25 pairs per non-empty cell: 100
        assertThat(new KrippendorffBootstrap(o, new double[][] {{0, 1}, {1, 0}}, 2, KrippendorffBootstrap.Draws.KALPHA)
                        .draws())
                .isEqualTo(100);
    }

    @Test
    void stepFourSetsSamplesWithoutVariationToZero() {
        // one non-empty diagonal cell: a sample without disagreement has no variation, alpha 0
        double[][] one = {{12, 2}, {2, 0}};
        KrippendorffBootstrap boot = new KrippendorffBootstrap(
                one, new double[][] {{0, 1}, {1, 0}}, 2, KrippendorffBootstrap.Draws.ALL_PAIRS);
        double[] raw = boot.uncorrected(2000, new SplitMix64(1));
        long ones = Arrays.stream(raw).filter(a -> a == 1).count();
        assertThat(ones).isPositive();
        double[] corrected = raw.clone();
        boot.correct(corrected);
        assertThat(corrected).doesNotContain(1.0);
        assertThat(Arrays.stream(corrected).filter(a -> a == 0).count())
                .isEqualTo(ones + Arrays.stream(raw).filter(a -> a == 0).count());

        // two non-empty diagonal cells: round(X (p_11^M + p_22^M)) of the X replicates are set to 0
        double[][] two = {{8, 1}, {1, 6}};
        boot = new KrippendorffBootstrap(
                two, new double[][] {{0, 1}, {1, 0}}, 2, KrippendorffBootstrap.Draws.ALL_PAIRS);
        raw = boot.uncorrected(5000, new SplitMix64(2));
        ones = Arrays.stream(raw).filter(a -> a == 1).count();
        long expected = Math.round(5000 * (Math.pow(8.0 / 16, 8) + Math.pow(6.0 / 16, 8)));
        corrected = raw.clone();
        boot.correct(corrected);
        assertThat(Arrays.stream(corrected).filter(a -> a == 1).count()).isEqualTo(ones - Math.min(ones, expected));
        assertThat(Arrays.stream(corrected).min().orElseThrow()).isGreaterThanOrEqualTo(-1);
    }

    @Test
    void alphasBelowMinusOneAreCut() {
        // little agreement and few pairs: some samples disagree more than -1 allows
        double[][] o = {{0, 3}, {3, 10}};
        KrippendorffBootstrap boot =
                new KrippendorffBootstrap(o, new double[][] {{0, 1}, {1, 0}}, 2, KrippendorffBootstrap.Draws.ALL_PAIRS);
        assertThat(Arrays.stream(boot.uncorrected(2000, new SplitMix64(3)))
                        .min()
                        .orElseThrow())
                .isLessThan(-1);
        assertThat(Arrays.stream(boot.replicates(2000, 3)).min().orElseThrow()).isEqualTo(-1);
    }

    @Test
    void theSameSeedGivesTheSameReplicates() {
        double[][] o = {{150, 10, 6}, {10, 120, 8}, {6, 8, 82}};
        KrippendorffBootstrap boot = new KrippendorffBootstrap(o, NOMINAL_3, 3, KrippendorffBootstrap.Draws.ALL_PAIRS);
        assertThat(boot.replicates(500, 42)).containsExactly(boot.replicates(500, 42));
        assertThat(boot.replicates(500, 42)).isNotEqualTo(boot.replicates(500, 43));
    }

    @Test
    void undefinedAlphaHasNoBootstrap() {
        assertThatThrownBy(() -> new KrippendorffBootstrap(
                        new double[][] {{10, 0}, {0, 0}},
                        new double[][] {{0, 1}, {1, 0}},
                        2,
                        KrippendorffBootstrap.Draws.ALL_PAIRS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("undefined");
    }

    /**
     * 500 studies of 200 units coded by two observers who each copy the unit's true category with
     * probability s = 0.85 and otherwise draw one at random from the categories' distribution:
     * chance agreement is that of the distribution and alpha = s² = 0.7225. The 95% interval
     * (1,000 replicates, all pairs drawn) must contain it in 91 to 99% of the studies.
     */
    @Test
    void coverageOfFiveHundredSimulatedStudies() {
        double[] share = {0.4, 0.3, 0.2, 0.1};
        double truth = 0.85 * 0.85;
        SplitMix64 random = new SplitMix64(2007);
        BootstrapOptions options = new BootstrapOptions(0.95, 1000, 1);
        int covered = 0;
        for (int study = 0; study < 500; study++) {
            DefaultCodingStudy data = new DefaultCodingStudy(List.of("a", "b"), List.of("0", "1", "2", "3"));
            for (int unit = 0; unit < 200; unit++) {
                int trueCategory = draw(share, random);
                int a = random.nextDouble() < 0.85 ? trueCategory : draw(share, random);
                int b = random.nextDouble() < 0.85 ? trueCategory : draw(share, random);
                data.addCodes(a, b);
            }
            CoincidenceMatrix matrix = CoincidenceMatrix.of(data);
            KrippendorffBootstrap boot =
                    KrippendorffBootstrap.nominal(matrix, 2, KrippendorffBootstrap.Draws.ALL_PAIRS);
            assertThat(boot.alpha())
                    .isCloseTo(KrippendorffAlpha.of(matrix).agreement().value(), within(1e-12));
            ConfidenceInterval ci = Percentiles.interval(
                    boot.replicates(1000, study), options, ConfidenceInterval.Method.KRIPPENDORFF, boot.draws());
            covered += ci.low() <= truth && truth <= ci.high() ? 1 : 0;
        }
        assertThat(covered / 500.0).isBetween(0.91, 0.99);
    }

    private static int draw(double[] share, SplitMix64 random) {
        double u = random.nextDouble();
        for (int c = 0; c < share.length - 1; c++) {
            u -= share[c];
            if (u < 0) {
                return c;
            }
        }
        return share.length - 1;
    }
}
