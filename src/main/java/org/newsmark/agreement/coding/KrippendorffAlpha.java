package org.newsmark.agreement.coding;

import java.util.Optional;

import org.newsmark.agreement.Score;

/**
 * Krippendorff's alpha with the nominal difference function, for any number of raters and
 * missing values: 1 - D_o / D_e, with D_o = (1/n) sum over c != k of o_ck and
 * D_e = (1 / (n (n - 1))) sum over c != k of n_c n_k, computed from the coincidence matrix of the
 * pairable values (items with at least two values). It needs a pairable item and two categories
 * among the pairable values. As DKPro Statistics' {@code KrippendorffAlphaAgreement} with a
 * {@code NominalDistanceFunction}.
 *
 * <p>References: Krippendorff, K.: Computing Krippendorff's Alpha-Reliability. University of
 * Pennsylvania, 2011. Krippendorff, K.: Content Analysis: An Introduction to Its Methodology.
 * 2nd edition, Thousand Oaks, CA: Sage, 2004.
 */
public final class KrippendorffAlpha {
    private final CoincidenceMatrix matrix;

    public KrippendorffAlpha(CodingStudy study) {
        this.matrix = CoincidenceMatrix.of(study);
    }

    private KrippendorffAlpha(CoincidenceMatrix matrix) {
        this.matrix = matrix;
    }

    public static KrippendorffAlpha of(CoincidenceMatrix matrix) {
        return new KrippendorffAlpha(matrix);
    }

    public Optional<String> undefinedReason() {
        if (matrix.items() == 0) {
            return Optional.of("no token that two annotators coded");
        }
        if (matrix.categoriesUsed() < 2) {
            return Optional.of("one category only");
        }
        return Optional.empty();
    }

    public double observedDisagreement() {
        int k = matrix.categories().size();
        double disagreeing = 0.0;
        for (int c = 0; c < k; c++) {
            for (int d = 0; d < k; d++) {
                if (c != d) {
                    disagreeing += matrix.coincidence(c, d);
                }
            }
        }
        return disagreeing / matrix.total();
    }

    public double expectedDisagreement() {
        int k = matrix.categories().size();
        double n = matrix.total();
        double sum = 0.0;
        for (int c = 0; c < k; c++) {
            for (int d = 0; d < k; d++) {
                if (c != d) {
                    sum += matrix.marginal(c) * matrix.marginal(d);
                }
            }
        }
        return sum / (n * (n - 1.0));
    }

    public Score agreement() {
        Optional<String> why = undefinedReason();
        if (why.isPresent()) {
            return Score.undefined(why.get());
        }
        return Score.fromDisagreement(observedDisagreement(), expectedDisagreement(), "one category only");
    }

    /** The number of pairable items the value rests on. */
    public long items() {
        return matrix.items();
    }
}
