package org.newsmark.agreement;

import java.util.Locale;

/**
 * A bootstrap confidence interval of one agreement value: its bounds at a level (0.95 for 95%),
 * how many replicates were drawn and how many of them had a value, the seed, and how the
 * replicates were made. Bounds are NaN when no replicate had a value.
 *
 * @param method {@link Method#ARTICLES}: articles resampled with replacement; {@link
 *               Method#KRIPPENDORFF}: Krippendorff's bootstrap of the pairable values
 * @param draws  for Krippendorff's bootstrap, the pairs of values drawn per replicate; else 0
 */
public record ConfidenceInterval(
        double low, double high, double level, int replicates, int usable, long seed, Method method, long draws) {
    /** How the replicates were made. */
    public enum Method {
        /** Articles drawn with replacement, their counts added up (a cluster bootstrap). */
        ARTICLES,
        /** Pairs of values drawn from the coincidence matrix (Krippendorff's algorithm). */
        KRIPPENDORFF
    }

    public ConfidenceInterval {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("the level must lie between 0 and 1, got " + level);
        }
        if (usable < 0 || usable > replicates) {
            throw new IllegalArgumentException(usable + " usable of " + replicates + " replicates");
        }
    }

    /** Whether the interval has bounds (at least one replicate had a value). */
    public boolean defined() {
        return !Double.isNaN(low);
    }

    /** The level as people write it: "95%", "97.5%". */
    public String percent() {
        String s = String.format(Locale.ROOT, "%.4f", level * 100).replaceAll("0+$", "");
        return (s.endsWith(".") ? s.substring(0, s.length() - 1) : s) + "%";
    }

    /**
     * What the interval rests on, for a report's note: "95% CI: articles resampled, 1000 of 1000
     * replicates, seed 1" or "95% CI: Krippendorff's bootstrap, 5646 pairs per replicate, 1000
     * replicates, seed 1"; when no replicate had a value, says so.
     */
    public String describe() {
        String how = method == Method.ARTICLES
                ? "articles resampled"
                : "Krippendorff's bootstrap, " + draws + (draws == 1 ? " pair" : " pairs") + " per replicate";
        String count = usable == replicates ? replicates + " replicates" : usable + " of " + replicates + " replicates";
        if (usable == 0) {
            return "no " + percent() + " CI: none of " + replicates + " replicates has a value (" + how + ", seed "
                    + seed + ")";
        }
        return percent() + " CI: " + how + ", " + count + ", seed " + seed;
    }
}
