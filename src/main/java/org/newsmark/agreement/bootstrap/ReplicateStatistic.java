package org.newsmark.agreement.bootstrap;

/**
 * Values of a report recomputed from per-article counts worked out once: given how often each
 * article was drawn (its weight, 0 when it was not), the counts are added up with those weights
 * and the values written to their rows, NaN where undefined. Nothing is tokenized or matched
 * again.
 */
interface ReplicateStatistic {
    /** Writes the values of one replicate; {@code weights} is indexed as the corpus's articles. */
    void evaluate(int[] weights, double[] out);
}
