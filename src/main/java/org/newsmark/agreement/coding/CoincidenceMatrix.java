package org.newsmark.agreement.coding;

import java.util.Arrays;
import java.util.List;

/**
 * Krippendorff's coincidence matrix: o_ck = sum over items u of (number of c-k pairs of values in
 * u) / (m_u - 1), where m_u is the number of values item u has. Items with fewer than two values
 * are not pairable and do not count. The pair counts are kept exactly, per m, and parts add up.
 */
public final class CoincidenceMatrix {
    private final List<String> categories;
    /** pairs[m][c][k]: ordered pairs of values (c, k) within items that have m values. */
    private final long[][][] pairs;

    private long items;

    private CoincidenceMatrix(List<String> categories, long[][][] pairs, long items) {
        this.categories = List.copyOf(categories);
        this.pairs = pairs;
        this.items = items;
    }

    public static CoincidenceMatrix empty(List<String> categories, int raters) {
        int k = categories.size();
        return new CoincidenceMatrix(categories, new long[raters + 1][k][k], 0);
    }

    /** The matrix of a study: all its items, missing values left out. */
    public static CoincidenceMatrix of(CodingStudy study) {
        CoincidenceMatrix m = empty(study.categories(), study.raterCount());
        int[] perCategory = new int[study.categoryCount()];
        for (int i = 0, n = study.itemCount(); i < n; i++) {
            Arrays.fill(perCategory, 0);
            int values = 0;
            for (int r = 0; r < study.raterCount(); r++) {
                int code = study.code(i, r);
                if (code != CodingStudy.MISSING) {
                    perCategory[code]++;
                    values++;
                }
            }
            m.addItem(perCategory, values);
        }
        return m;
    }

    private void addItem(int[] perCategory, int values) {
        if (values < 2) {
            return;
        }
        long[][] p = pairs[values];
        for (int c = 0; c < perCategory.length; c++) {
            long nc = perCategory[c];
            if (nc == 0) {
                continue;
            }
            for (int k = 0; k < perCategory.length; k++) {
                p[c][k] += c == k ? nc * (nc - 1) : nc * perCategory[k];
            }
        }
        items++;
    }

    /** Adds the matrix of another part of a study with the same categories and raters. */
    public void add(CoincidenceMatrix other) {
        for (int m = 0; m < pairs.length; m++) {
            for (int c = 0; c < pairs[m].length; c++) {
                for (int k = 0; k < pairs[m].length; k++) {
                    pairs[m][c][k] += other.pairs[m][c][k];
                }
            }
        }
        items += other.items;
    }

    /** The matrix of one category against all others: categories {@code [c, not c]}. */
    public CoincidenceMatrix dichotomize(int category) {
        long[][][] d = new long[pairs.length][2][2];
        for (int m = 0; m < pairs.length; m++) {
            for (int c = 0; c < pairs[m].length; c++) {
                for (int k = 0; k < pairs[m].length; k++) {
                    d[m][c == category ? 0 : 1][k == category ? 0 : 1] += pairs[m][c][k];
                }
            }
        }
        String c = categories.get(category);
        return new CoincidenceMatrix(List.of(c, "not " + c), d, items);
    }

    public List<String> categories() {
        return categories;
    }

    /** The number of pairable items (items with at least two values). */
    public long items() {
        return items;
    }

    /** o_ck, the coincidences of categories c and k. */
    public double coincidence(int c, int k) {
        double o = 0.0;
        for (int m = 2; m < pairs.length; m++) {
            if (pairs[m][c][k] != 0) {
                o += pairs[m][c][k] / (double) (m - 1);
            }
        }
        return o;
    }

    /** n_c, how many pairable values are of category c. */
    public double marginal(int c) {
        // Within items of m values, each value of c is in m - 1 pairs: the division is exact.
        long n = 0;
        for (int m = 2; m < pairs.length; m++) {
            long inPairs = 0;
            for (int k = 0; k < categories.size(); k++) {
                inPairs += pairs[m][c][k];
            }
            n += inPairs / (m - 1);
        }
        return n;
    }

    /** n, the number of pairable values. */
    public double total() {
        double n = 0.0;
        for (int c = 0; c < categories.size(); c++) {
            n += marginal(c);
        }
        return n;
    }

    public int categoriesUsed() {
        int used = 0;
        for (int c = 0; c < categories.size(); c++) {
            if (marginal(c) > 0) {
                used++;
            }
        }
        return used;
    }
}
