package org.newsmark.agreement.coding;

import java.util.Arrays;
import java.util.List;

/**
 * For each category, the sum over items of n_ic (how many raters put item i in category c) and of
 * its square: what Fleiss' kappa rests on. Only items that every rater coded count; parts add up.
 */
public final class ItemCategoryCounts {
    private final List<String> categories;
    private final int raters;
    private long items;
    private final long[] sums;
    private final long[] squares;

    private ItemCategoryCounts(List<String> categories, int raters, long items, long[] sums, long[] squares) {
        this.categories = List.copyOf(categories);
        this.raters = raters;
        this.items = items;
        this.sums = sums;
        this.squares = squares;
    }

    public static ItemCategoryCounts empty(List<String> categories, int raters) {
        return new ItemCategoryCounts(categories, raters, 0, new long[categories.size()], new long[categories.size()]);
    }

    /** The counts of a study over the items that every rater coded. */
    public static ItemCategoryCounts of(CodingStudy study) {
        ItemCategoryCounts c = empty(study.categories(), study.raterCount());
        int[] perCategory = new int[study.categoryCount()];
        items:
        for (int i = 0, n = study.itemCount(); i < n; i++) {
            Arrays.fill(perCategory, 0);
            for (int r = 0; r < study.raterCount(); r++) {
                int code = study.code(i, r);
                if (code == CodingStudy.MISSING) {
                    continue items;
                }
                perCategory[code]++;
            }
            c.addItem(perCategory);
        }
        return c;
    }

    private void addItem(int[] perCategory) {
        for (int c = 0; c < perCategory.length; c++) {
            long n = perCategory[c];
            sums[c] += n;
            squares[c] += n * n;
        }
        items++;
    }

    /** Adds the counts of another part of a study with the same categories and raters. */
    public void add(ItemCategoryCounts other) {
        for (int c = 0; c < sums.length; c++) {
            sums[c] += other.sums[c];
            squares[c] += other.squares[c];
        }
        items += other.items;
    }

    /** The counts of one category against all others: categories {@code [c, not c]}. */
    public ItemCategoryCounts dichotomize(int category) {
        long total = items * raters;
        long inC = sums[category];
        long squaresOut = items * (long) raters * raters - 2L * raters * inC + squares[category];
        String c = categories.get(category);
        return new ItemCategoryCounts(List.of(c, "not " + c), raters, items, new long[] {inC, total - inC}, new long[] {
            squares[category], squaresOut
        });
    }

    public List<String> categories() {
        return categories;
    }

    public int raters() {
        return raters;
    }

    public long items() {
        return items;
    }

    /** The sum over items of the number of raters who chose the category. */
    public long sum(int category) {
        return sums[category];
    }

    /** The sum over items of the squared number of raters who chose the category. */
    public long sumOfSquares(int category) {
        return squares[category];
    }

    public int categoriesUsed() {
        int used = 0;
        for (long s : sums) {
            if (s > 0) {
                used++;
            }
        }
        return used;
    }
}
