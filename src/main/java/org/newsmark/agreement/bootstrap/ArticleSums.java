package org.newsmark.agreement.bootstrap;

/**
 * Sums of the same kind for every article that need not be whole numbers (the B3 and CEAF
 * numerators of a pair), one row of {@code width} numbers per article in one array, 0 where the
 * article does not count; a replicate adds the rows up with the articles' weights, as
 * {@link ArticleCounts} does for whole counts.
 */
final class ArticleSums {
    private final int width;
    private final double[] sums;

    ArticleSums(int articles, int width) {
        this.width = width;
        this.sums = new double[Math.multiplyExact(articles, width)];
    }

    /** Sets an article's row. */
    void set(int article, double[] row) {
        System.arraycopy(row, 0, sums, article * width, width);
    }

    /** Σ over articles of weight × row. */
    double[] weightedSum(int[] weights) {
        double[] sum = new double[width];
        for (int a = 0; a < weights.length; a++) {
            int w = weights[a];
            if (w != 0) {
                int base = a * width;
                for (int i = 0; i < width; i++) {
                    sum[i] += w * sums[base + i];
                }
            }
        }
        return sum;
    }
}
