package org.newsmark.agreement.coding;

import java.util.List;

/**
 * How often two raters gave an item the categories (i, j), over the items both coded: what Cohen's
 * kappa and the observed agreement of a pair rest on. Tables of parts of a study add up.
 */
public final class ContingencyTable {
    private final List<String> categories;
    private final long[][] counts;

    private ContingencyTable(List<String> categories, long[][] counts) {
        this.categories = List.copyOf(categories);
        this.counts = counts;
    }

    /** A table from its counts: counts[i][j] items that the raters put in categories i and j (copied). */
    public static ContingencyTable of(List<String> categories, long[][] counts) {
        long[][] copy = new long[categories.size()][];
        for (int i = 0; i < copy.length; i++) {
            if (counts[i].length != copy.length) {
                throw new IllegalArgumentException(
                        "a table of " + copy.length + " categories needs " + copy.length + " counts per row");
            }
            copy[i] = counts[i].clone();
        }
        return new ContingencyTable(categories, copy);
    }

    public static ContingencyTable empty(List<String> categories) {
        return new ContingencyTable(categories, new long[categories.size()][categories.size()]);
    }

    /** The table of two raters of a study, over the items that both of them coded. */
    public static ContingencyTable of(CodingStudy study, int rater1, int rater2) {
        ContingencyTable t = empty(study.categories());
        t.addItems(study, rater1, rater2);
        return t;
    }

    void addItems(CodingStudy study, int rater1, int rater2) {
        for (int i = 0, n = study.itemCount(); i < n; i++) {
            int a = study.code(i, rater1);
            int b = study.code(i, rater2);
            if (a != CodingStudy.MISSING && b != CodingStudy.MISSING) {
                counts[a][b]++;
            }
        }
    }

    /** Adds another table of the same categories to this one. */
    public void add(ContingencyTable other) {
        for (int i = 0; i < counts.length; i++) {
            for (int j = 0; j < counts.length; j++) {
                counts[i][j] += other.counts[i][j];
            }
        }
    }

    /** The table of one category against all others: categories {@code [c, not c]}. */
    public ContingencyTable dichotomize(int category) {
        long[][] d = new long[2][2];
        for (int i = 0; i < counts.length; i++) {
            for (int j = 0; j < counts.length; j++) {
                d[i == category ? 0 : 1][j == category ? 0 : 1] += counts[i][j];
            }
        }
        String c = categories.get(category);
        return new ContingencyTable(List.of(c, "not " + c), d);
    }

    public List<String> categories() {
        return categories;
    }

    public long count(int category1, int category2) {
        return counts[category1][category2];
    }

    /** The number of items both raters coded. */
    public long total() {
        long n = 0;
        for (long[] row : counts) {
            for (long v : row) {
                n += v;
            }
        }
        return n;
    }

    /** The number of items on which the raters agree. */
    public long agreements() {
        long n = 0;
        for (int i = 0; i < counts.length; i++) {
            n += counts[i][i];
        }
        return n;
    }

    public long rowTotal(int category) {
        long n = 0;
        for (long v : counts[category]) {
            n += v;
        }
        return n;
    }

    public long columnTotal(int category) {
        long n = 0;
        for (long[] row : counts) {
            n += row[category];
        }
        return n;
    }

    /** How many categories either rater used at least once. */
    public int categoriesUsed() {
        int used = 0;
        for (int c = 0; c < counts.length; c++) {
            if (rowTotal(c) + columnTotal(c) > 0) {
                used++;
            }
        }
        return used;
    }
}
