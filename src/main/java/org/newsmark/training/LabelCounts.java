package org.newsmark.training;

import org.newsmark.agreement.Score;

/**
 * Span counts of a trainee against a reference for one layer and label ({@code *} for all labels
 * of the layer): the spans of each, and the one-to-one matches, exact and by overlap (as
 * {@link SpanMatching} defines them). Precision is over the trainee's spans, recall over the
 * reference's; both undefined without spans to divide by. Counts of several articles add up.
 */
public record LabelCounts(String layer, String label, long trainee, long reference, long exact, long overlap) {
    public LabelCounts plus(LabelCounts o) {
        return new LabelCounts(
                layer, label, trainee + o.trainee, reference + o.reference, exact + o.exact, overlap + o.overlap);
    }

    public Score precision(boolean exactMatching) {
        return ratio(exactMatching ? exact : overlap, trainee, "the trainee has no span");
    }

    public Score recall(boolean exactMatching) {
        return ratio(exactMatching ? exact : overlap, reference, "the reference has no span");
    }

    /** 2 · matches / (trainee + reference): the harmonic mean of precision and recall. */
    public Score f1(boolean exactMatching) {
        return ratio(2 * (exactMatching ? exact : overlap), trainee + reference, "neither has a span");
    }

    static Score ratio(long num, long den, String whenZero) {
        return den == 0 ? Score.undefined(whenZero) : Score.of((double) num / den);
    }
}
