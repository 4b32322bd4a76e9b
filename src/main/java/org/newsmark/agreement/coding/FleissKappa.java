package org.newsmark.agreement.coding;

import java.util.Optional;

import org.newsmark.agreement.Score;

/**
 * Fleiss' kappa for any number of raters: (P - P_e) / (1 - P_e), where P is the mean agreement of
 * the pairs of ratings within an item and P_e = sum over c of p_c squared, with p_c the share of
 * all ratings that are c (one distribution for all raters, a generalisation of Scott's pi). It
 * needs at least two raters, one item that every rater coded and two categories in use; items
 * with a missing value are left out. As DKPro Statistics' {@code FleissKappaAgreement}.
 *
 * <p>References: Fleiss, J. L.: Measuring nominal scale agreement among many raters. Psychological
 * Bulletin 76(5):378-382, 1971. Scott, W. A.: Reliability of content analysis: The case of nominal
 * scale coding. Public Opinion Quarterly 19(3):321-325, 1955.
 */
public final class FleissKappa {
    private final ItemCategoryCounts counts;

    public FleissKappa(CodingStudy study) {
        this.counts = ItemCategoryCounts.of(study);
    }

    private FleissKappa(ItemCategoryCounts counts) {
        this.counts = counts;
    }

    public static FleissKappa of(ItemCategoryCounts counts) {
        return new FleissKappa(counts);
    }

    public Optional<String> undefinedReason() {
        if (counts.raters() < 2) {
            return Optional.of("needs at least two annotators");
        }
        if (counts.items() == 0) {
            return Optional.of("no token that every annotator coded");
        }
        if (counts.categoriesUsed() < 2) {
            return Optional.of("one category only");
        }
        return Optional.empty();
    }

    /** P, the mean share of agreeing pairs of ratings within an item. */
    public double observedAgreement() {
        double n = counts.raters();
        double items = counts.items();
        double agreeingPairs = 0.0;
        for (int c = 0; c < counts.categories().size(); c++) {
            agreeingPairs += counts.sumOfSquares(c) - counts.sum(c);
        }
        return agreeingPairs / (items * n * (n - 1));
    }

    /** P_e, the sum over categories of the squared share of ratings. */
    public double expectedAgreement() {
        double ratings = (double) counts.items() * counts.raters();
        double sum = 0.0;
        for (int c = 0; c < counts.categories().size(); c++) {
            double p = counts.sum(c) / ratings;
            sum += p * p;
        }
        return sum;
    }

    public Score agreement() {
        Optional<String> why = undefinedReason();
        if (why.isPresent()) {
            return Score.undefined(why.get());
        }
        return Score.fromAgreement(observedAgreement(), expectedAgreement(), "one category only");
    }

    public long items() {
        return counts.items();
    }
}
