package org.newsmark.agreement.bootstrap;

/**
 * The SplitMix64 generator (Steele, Lea and Flood: Fast splittable pseudorandom number
 * generators, OOPSLA 2014), written out here so that a seed gives the same replicates on every
 * JVM and version; independent streams are derived from a seed and keys, so that replicates can
 * be computed in any order and on any number of threads with the same result.
 */
final class SplitMix64 {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private long state;

    SplitMix64(long seed) {
        this.state = seed;
    }

    /** A generator for one stream: the seed and the keys (such as a replicate number) mixed. */
    static SplitMix64 stream(long seed, long... keys) {
        long h = mix(seed + GOLDEN_GAMMA);
        for (long k : keys) {
            h = mix(h ^ mix(k + GOLDEN_GAMMA)) + GOLDEN_GAMMA;
        }
        return new SplitMix64(h);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    long nextLong() {
        state += GOLDEN_GAMMA;
        return mix(state);
    }

    /** Uniform in [0, 1), 53 random bits. */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound), without the bias of a plain remainder. */
    int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive, got " + bound);
        }
        int r = (int) (nextLong() >>> 33);
        int m = bound - 1;
        if ((bound & m) == 0) {
            return (int) ((bound * (long) r) >> 31);
        }
        for (int u = r; u - (r = u % bound) + m < 0; u = (int) (nextLong() >>> 33)) {
            // rejected: u fell in the last, incomplete block of [0, 2^31)
        }
        return r;
    }
}
