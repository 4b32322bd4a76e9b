package org.newsmark.agreement.coref;

/**
 * Recall and precision as numerator over denominator, and their F1, as the CoNLL-2012 scorer
 * reports them: a ratio with a zero denominator is 0, and so is F1 when recall and precision are
 * both 0. Over several documents the numerators and denominators are summed ({@link #plus}).
 */
public record RecallPrecision(
        double recallNumerator, double recallDenominator, double precisionNumerator, double precisionDenominator) {
    public static final RecallPrecision ZERO = new RecallPrecision(0, 0, 0, 0);

    public double recall() {
        return recallDenominator == 0 ? 0 : recallNumerator / recallDenominator;
    }

    public double precision() {
        return precisionDenominator == 0 ? 0 : precisionNumerator / precisionDenominator;
    }

    public double f1() {
        double r = recall();
        double p = precision();
        return r + p == 0 ? 0 : 2 * r * p / (r + p);
    }

    public RecallPrecision plus(RecallPrecision o) {
        return new RecallPrecision(
                recallNumerator + o.recallNumerator,
                recallDenominator + o.recallDenominator,
                precisionNumerator + o.precisionNumerator,
                precisionDenominator + o.precisionDenominator);
    }

    @Override
    public String toString() {
        return "R " + recallNumerator + "/" + recallDenominator + ", P " + precisionNumerator + "/"
                + precisionDenominator + ", F1 " + f1();
    }
}
