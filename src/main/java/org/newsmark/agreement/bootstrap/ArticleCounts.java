package org.newsmark.agreement.bootstrap;

/**
 * Counts of the same kind for every article (a pair's contingency table, its span counts), one
 * row of {@code width} numbers per article in one array, 0 where the article does not count. A
 * replicate adds the rows up with the articles' weights: a thousand articles at a time, so the
 * rows lie side by side in memory and the additions run in a plain loop the JIT can vectorise.
 */
final class ArticleCounts {
    private final int width;
    private final int[] counts;

    ArticleCounts(int articles, int width) {
        this.width = width;
        this.counts = new int[Math.multiplyExact(articles, width)];
    }

    int width() {
        return width;
    }

    /** Sets an article's row. */
    void set(int article, long[] row) {
        for (int i = 0; i < width; i++) {
            counts[article * width + i] = Math.toIntExact(row[i]);
        }
    }

    /** Σ over articles of weight × row. */
    long[] weightedSum(int[] weights) {
        long[] sum = new long[width];
        for (int a = 0; a < weights.length; a++) {
            long w = weights[a];
            if (w != 0) {
                int base = a * width;
                for (int i = 0; i < width; i++) {
                    sum[i] += w * counts[base + i];
                }
            }
        }
        return sum;
    }
}
