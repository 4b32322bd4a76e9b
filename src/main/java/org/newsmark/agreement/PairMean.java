package org.newsmark.agreement;

import java.util.List;

/** The {@code *} row of a pairwise measure: the mean of the pairs' defined values. */
public final class PairMean {
    private PairMean() {}

    /**
     * The mean over the pairs that have a value; its units are the pairs' units added up. Undefined
     * when no pair has a value, with the reason of the pairs when they all give the same one.
     */
    public static Measurement of(
            List<Measurement> pairs, String layer, String label, String measure, String doc, int annotators) {
        if (annotators < 2) {
            return new Measurement(
                    layer,
                    label,
                    measure,
                    Measurement.ALL,
                    doc,
                    Score.undefined("needs at least two annotators"),
                    0,
                    "needs at least two annotators");
        }
        double sum = 0.0;
        long units = 0;
        int defined = 0;
        String reason = null;
        boolean sameReason = true;
        for (Measurement m : pairs) {
            if (m.score().defined()) {
                sum += m.score().value();
                units += m.units();
                defined++;
            } else if (reason == null) {
                reason = m.score().undefinedReason();
            } else if (!reason.equals(m.score().undefinedReason())) {
                sameReason = false;
            }
        }
        if (defined == 0) {
            String why = sameReason && reason != null ? reason : "no pair of annotators has a value";
            return new Measurement(layer, label, measure, Measurement.ALL, doc, Score.undefined(why), 0, why);
        }
        String note = defined == pairs.size()
                ? "mean over " + defined + (defined == 1 ? " pair" : " pairs")
                : "mean over " + defined + " of " + pairs.size() + " pairs (the others have no value)";
        return new Measurement(layer, label, measure, Measurement.ALL, doc, Score.of(sum / defined), units, note);
    }
}
