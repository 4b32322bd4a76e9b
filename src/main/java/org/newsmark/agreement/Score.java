package org.newsmark.agreement;

import java.util.Objects;

/**
 * The value of a coefficient, or the reason why it has none. An undefined value is never
 * replaced by 0 or 1: a study with one category only, no units or a single annotator says so.
 */
public record Score(double value, String undefinedReason) {
    public Score {
        if (undefinedReason == null && !Double.isFinite(value)) {
            throw new IllegalArgumentException("a defined score must be finite, got " + value);
        }
    }

    public static Score of(double value) {
        return new Score(value, null);
    }

    public static Score undefined(String reason) {
        return new Score(Double.NaN, Objects.requireNonNull(reason, "reason"));
    }

    public boolean defined() {
        return undefinedReason == null;
    }

    /** 1 - observed / expected disagreement, undefined when nothing is expected to disagree. */
    public static Score fromDisagreement(double observed, double expected, String whenExpectedIsZero) {
        if (!(expected > 0.0) || !Double.isFinite(observed)) {
            return undefined(whenExpectedIsZero);
        }
        return of(1.0 - observed / expected);
    }

    /** (observed - expected) / (1 - expected), undefined when chance already explains all agreement. */
    public static Score fromAgreement(double observed, double expected, String whenExpectedIsOne) {
        if (!(expected < 1.0) || !Double.isFinite(observed)) {
            return undefined(whenExpectedIsOne);
        }
        return of((observed - expected) / (1.0 - expected));
    }

    @Override
    public String toString() {
        return defined() ? Double.toString(value) : "undefined (" + undefinedReason + ")";
    }
}
