package org.newsmark.agreement.bootstrap;

/**
 * What confidence intervals to compute: the level (0.95 for 95% intervals), the number of
 * bootstrap replicates and the seed of the random numbers; the same seed gives the same
 * intervals on every machine.
 */
public record BootstrapOptions(double level, int replicates, long seed) {
    public static final int DEFAULT_REPLICATES = 1000;
    public static final long DEFAULT_SEED = 1;
    /** Fewer replicates than this leave too few values in the tails for a percentile. */
    public static final int MIN_REPLICATES = 100;

    public static final int MAX_REPLICATES = 1_000_000;

    public BootstrapOptions {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException(
                    "the confidence level must lie between 0 and 1 (such as 0.95), got " + level);
        }
        if (replicates < MIN_REPLICATES || replicates > MAX_REPLICATES) {
            throw new IllegalArgumentException("the number of replicates must lie between " + MIN_REPLICATES + " and "
                    + MAX_REPLICATES + ", got " + replicates);
        }
    }

    /** Intervals at a level with the default replicates and seed. */
    public static BootstrapOptions level(double level) {
        return new BootstrapOptions(level, DEFAULT_REPLICATES, DEFAULT_SEED);
    }
}
