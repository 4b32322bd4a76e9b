package org.newsmark.agreement.bootstrap;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsmark.agreement.ConfidenceInterval;
import org.newsmark.agreement.Measurement;
import org.newsmark.agreement.Score;
import org.newsmark.agreement.coding.CoincidenceMatrix;
import org.newsmark.agreement.coding.ContingencyTable;
import org.newsmark.agreement.coding.DefaultCodingStudy;
import org.newsmark.agreement.coding.ItemCategoryCounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bootstrap over articles on simulated studies whose true Cohen's kappa is known. Tokens of
 * one article share how carefully that article was annotated (the tokens are not independent,
 * which is why articles are resampled): each article is annotated with accuracy 0.80 or 0.95,
 * half and half; in it, each of two annotators copies a token's true category (one of three, with
 * shares 0.6, 0.25, 0.15) with that probability and otherwise draws one at random from the
 * shares. Both annotators then have the shares as their distribution, so chance agreement is
 * their sum of squares and kappa = E[s²] = (0.80² + 0.95²) / 2 = 0.77125 (articles of equal
 * length). 500 studies of 40 articles × 60 tokens: the 95% interval must contain it in 91 to 99%.
 */
class ArticleBootstrapCoverageTest {
    private static final double[] SHARES = {0.6, 0.25, 0.15};

    @Test
    void coverageOfFiveHundredSimulatedStudies() {
        double truth = (0.80 * 0.80 + 0.95 * 0.95) / 2;
        List<String> annotators = List.of("a", "b");
        Measurement kappa = new Measurement(
                "L", Measurement.ALL, Measurement.COHEN_KAPPA, "a+b", Measurement.ALL, Score.of(truth), 0, "");
        RowIndex rows = new RowIndex(List.of(kappa));
        BootstrapOptions options = new BootstrapOptions(0.95, 1000, 11);
        SplitMix64 random = new SplitMix64(1971);
        int covered = 0;
        for (int study = 0; study < 500; study++) {
            ContingencyTable[][] tables = new ContingencyTable[40][1];
            for (int article = 0; article < 40; article++) {
                double accuracy = random.nextInt(2) == 0 ? 0.80 : 0.95;
                DefaultCodingStudy tokens = new DefaultCodingStudy(annotators, List.of("O", "B", "C"));
                for (int t = 0; t < 60; t++) {
                    int trueCategory = draw(random);
                    tokens.addCodes(
                            random.nextDouble() < accuracy ? trueCategory : draw(random),
                            random.nextDouble() < accuracy ? trueCategory : draw(random));
                }
                tables[article][0] = ContingencyTable.of(tokens, 0, 1);
            }
            TokenReplicates replicates = new TokenReplicates(
                    "L",
                    List.of("B", "C"),
                    annotators,
                    tables,
                    new ItemCategoryCounts[40],
                    CoincidenceMatrix.empty(List.of("O", "B", "C"), 2),
                    rows);
            double[] values = new double[options.replicates()];
            for (int r = 0; r < values.length; r++) {
                double[] out = {Double.NaN};
                replicates.evaluate(AgreementBootstrap.weights(study, r, 40), out);
                values[r] = out[0];
            }
            ConfidenceInterval ci = Percentiles.interval(values, options, ConfidenceInterval.Method.ARTICLES, 0);
            assertThat(ci.usable()).isEqualTo(1000);
            covered += ci.low() <= truth && truth <= ci.high() ? 1 : 0;
        }
        assertThat(covered / 500.0).isBetween(0.91, 0.99);
    }

    private static int draw(SplitMix64 random) {
        double u = random.nextDouble();
        return u < SHARES[0] ? 0 : u < SHARES[0] + SHARES[1] ? 1 : 2;
    }
}
