package org.newsmark.agreement.span;

import org.newsmark.agreement.Score;

/**
 * F1 of the spans of two annotators, symmetric in them: 2 · matches / (|A| + |B|), where matches
 * is the number of one-to-one matched pairs ({@link SpanMatching}); the same as the Dice
 * coefficient, and as F1 with either annotator taken as the reference. Counts of several
 * articles add up (micro average). Undefined when neither annotator has a span.
 */
public final class SpanF1 {
    private long matches;
    private long first;
    private long second;

    public static SpanF1 of(long matches, long first, long second) {
        if (matches < 0 || matches > Math.min(first, second)) {
            throw new IllegalArgumentException(matches + " matches for " + first + " and " + second + " spans");
        }
        SpanF1 f = new SpanF1();
        f.matches = matches;
        f.first = first;
        f.second = second;
        return f;
    }

    void add(long moreMatches, long moreFirst, long moreSecond) {
        matches += moreMatches;
        first += moreFirst;
        second += moreSecond;
    }

    void add(SpanF1 other) {
        add(other.matches, other.first, other.second);
    }

    public long matches() {
        return matches;
    }

    /** The spans of both annotators: what the value rests on. */
    public long units() {
        return first + second;
    }

    public Score score(String noUnits) {
        return units() == 0 ? Score.undefined(noUnits) : Score.of(2.0 * matches / units());
    }
}
