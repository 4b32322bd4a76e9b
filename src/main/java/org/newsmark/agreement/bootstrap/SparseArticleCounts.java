package org.newsmark.agreement.bootstrap;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of the same kind for every article when most of an article's row is 0: the contingency
 * table of a pair over the items of one article (a few spans, or the article itself, in a table
 * of every category of the corpus). Each article keeps only its cells that are not 0, so a
 * replicate costs as much as the items, not as articles × cells.
 */
final class SparseArticleCounts {
    private final int width;
    private final int[][] cells;
    private final int[][] counts;

    SparseArticleCounts(int articles, int width) {
        this.width = width;
        this.cells = new int[articles][];
        this.counts = new int[articles][];
        Arrays.fill(cells, new int[0]);
        Arrays.fill(counts, new int[0]);
    }

    int width() {
        return width;
    }

    /** Sets an article's cells: cell index to count, cells not given are 0. */
    void set(int article, Map<Integer, Integer> row) {
        TreeMap<Integer, Integer> sorted = new TreeMap<>(row);
        int[] c = new int[sorted.size()];
        int[] n = new int[sorted.size()];
        int i = 0;
        for (Map.Entry<Integer, Integer> e : sorted.entrySet()) {
            if (e.getKey() < 0 || e.getKey() >= width) {
                throw new IllegalArgumentException("no cell " + e.getKey() + " in a row of " + width);
            }
            c[i] = e.getKey();
            n[i++] = e.getValue();
        }
        cells[article] = c;
        counts[article] = n;
    }

    /** Σ over articles of weight × row. */
    long[] weightedSum(int[] weights) {
        long[] sum = new long[width];
        for (int a = 0; a < weights.length; a++) {
            long w = weights[a];
            if (w != 0) {
                int[] c = cells[a];
                int[] n = counts[a];
                for (int i = 0; i < c.length; i++) {
                    sum[c[i]] += w * n[i];
                }
            }
        }
        return sum;
    }
}
