package org.newsmark.agreement.coding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The default coding study: a growing table of category codes, one column per rater. Items are
 * added like in DKPro's {@code CodingAnnotationStudy.addItem("A", "B", null)}, where null is a
 * missing value; categories are numbered in the order they are first seen (or given).
 */
public final class DefaultCodingStudy implements CodingStudy {
    private final List<String> raters;
    private final List<String> categories = new ArrayList<>();
    private final Map<String, Integer> categoryIndex = new LinkedHashMap<>();
    private int[][] codes;
    private int items;

    public DefaultCodingStudy(List<String> raters) {
        this(raters, List.of());
    }

    /** A study whose categories start with the given ones, in that order. */
    public DefaultCodingStudy(List<String> raters, List<String> categories) {
        if (raters.isEmpty()) {
            throw new IllegalArgumentException("a study needs at least one rater");
        }
        this.raters = List.copyOf(raters);
        this.codes = new int[raters.size()][16];
        categories.forEach(this::categoryCode);
    }

    /** A study of raters named "0", "1", ... like DKPro's {@code new CodingAnnotationStudy(n)}. */
    public static DefaultCodingStudy withRaters(int count) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add(Integer.toString(i));
        }
        return new DefaultCodingStudy(names);
    }

    /** Adds one item: one category per rater, in rater order, null for a missing value. */
    public DefaultCodingStudy addItem(String... values) {
        if (values.length != raters.size()) {
            throw new IllegalArgumentException("expected " + raters.size() + " values, got " + values.length);
        }
        int[] row = new int[values.length];
        for (int r = 0; r < values.length; r++) {
            row[r] = values[r] == null ? MISSING : categoryCode(values[r]);
        }
        addCodes(row);
        return this;
    }

    /** Adds the same item several times, as a contingency table gives them. */
    public DefaultCodingStudy addItems(int times, String... values) {
        for (int i = 0; i < times; i++) {
            addItem(values);
        }
        return this;
    }

    /** Adds one item by category codes ({@link #MISSING} for a missing value). */
    public DefaultCodingStudy addCodes(int... row) {
        if (row.length != raters.size()) {
            throw new IllegalArgumentException("expected " + raters.size() + " codes, got " + row.length);
        }
        if (items == codes[0].length) {
            for (int r = 0; r < codes.length; r++) {
                codes[r] = Arrays.copyOf(codes[r], items * 2);
            }
        }
        for (int r = 0; r < row.length; r++) {
            if (row[r] != MISSING && (row[r] < 0 || row[r] >= categories.size())) {
                throw new IllegalArgumentException("no category " + row[r]);
            }
            codes[r][items] = row[r];
        }
        items++;
        return this;
    }

    /**
     * A study from whole columns of codes, one array per rater (all of the same length, used as
     * they are, not copied); null instead of an array means that the rater has no value for any item.
     */
    public static DefaultCodingStudy ofColumns(List<String> raters, List<String> categories, int[][] columns) {
        DefaultCodingStudy study = new DefaultCodingStudy(raters, categories);
        int n = -1;
        for (int[] column : columns) {
            if (column != null) {
                if (n >= 0 && column.length != n) {
                    throw new IllegalArgumentException("columns of different lengths");
                }
                n = column.length;
            }
        }
        n = Math.max(n, 0);
        for (int r = 0; r < columns.length; r++) {
            if (columns[r] == null) {
                study.codes[r] = new int[n];
                Arrays.fill(study.codes[r], MISSING);
            } else {
                study.codes[r] = columns[r];
            }
        }
        study.items = n;
        return study;
    }

    private int categoryCode(String category) {
        return categoryIndex.computeIfAbsent(category, c -> {
            categories.add(c);
            return categories.size() - 1;
        });
    }

    @Override
    public List<String> raters() {
        return raters;
    }

    @Override
    public List<String> categories() {
        return Collections.unmodifiableList(categories);
    }

    @Override
    public int itemCount() {
        return items;
    }

    @Override
    public int code(int item, int rater) {
        if (item < 0 || item >= items) {
            throw new IndexOutOfBoundsException("item " + item + " outside 0.." + (items - 1));
        }
        return codes[rater][item];
    }
}
