package org.newsmark.agreement.bootstrap;

import java.util.Arrays;

/**
 * The non-zero entries of an array of counts (one article's contingency table, or its span
 * counts): most entries of an article's counts are 0, and a replicate adds up a thousand of
 * them, so only the others are kept and added.
 */
final class SparseCounts {
    private final int[] index;
    private final long[] value;

    SparseCounts(long[] dense) {
        int n = 0;
        for (long v : dense) {
            n += v != 0 ? 1 : 0;
        }
        index = new int[n];
        value = new long[n];
        int k = 0;
        for (int i = 0; i < dense.length; i++) {
            if (dense[i] != 0) {
                index[k] = i;
                value[k++] = dense[i];
            }
        }
    }

    /** Adds {@code weight} times these counts to {@code sum}. */
    void addTo(long[] sum, int weight) {
        for (int k = 0; k < index.length; k++) {
            sum[index[k]] += weight * value[k];
        }
    }

    /** The counts as a dense array of the given length. */
    long[] dense(int length) {
        long[] out = new long[length];
        addTo(out, 1);
        return out;
    }

    @Override
    public String toString() {
        return Arrays.toString(index) + " " + Arrays.toString(value);
    }
}
