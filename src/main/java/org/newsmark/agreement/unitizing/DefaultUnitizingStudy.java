package org.newsmark.agreement.unitizing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The default unitizing study. Units of one rater and category that overlap (share at least one
 * position) are merged into their union when the study is read; units that only touch stay apart.
 * {@link #mergedCount()} tells how many units took part in a merge.
 */
public final class DefaultUnitizingStudy implements UnitizingStudy {
    private final List<String> raters;
    private final long begin;
    private final long length;
    private final List<Unit> units = new ArrayList<>();
    private final Set<String> categories = new LinkedHashSet<>();
    private Map<String, long[][]> merged;
    private Map<String, Integer> mergedCounts;

    public DefaultUnitizingStudy(List<String> raters, long begin, long length) {
        if (length < 0) {
            throw new IllegalArgumentException("negative continuum length " + length);
        }
        this.raters = List.copyOf(raters);
        this.begin = begin;
        this.length = length;
    }

    /** Raters named "0", "1", ... like DKPro's {@code new UnitizingAnnotationStudy(n, begin, length)}. */
    public static DefaultUnitizingStudy withRaters(int count, long begin, long length) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add(Integer.toString(i));
        }
        return new DefaultUnitizingStudy(names, begin, length);
    }

    public DefaultUnitizingStudy addUnit(long offset, long unitLength, int rater, String category) {
        if (rater < 0 || rater >= raters.size()) {
            throw new IllegalArgumentException("no rater " + rater);
        }
        Unit u = new Unit(offset, unitLength, rater, Objects.requireNonNull(category, "category"));
        if (offset < begin || u.end() > begin + length) {
            throw new IllegalArgumentException(
                    "unit " + offset + "+" + unitLength + " lies outside the continuum " + begin + "+" + length);
        }
        units.add(u);
        categories.add(category);
        merged = null;
        return this;
    }

    @Override
    public long begin() {
        return begin;
    }

    @Override
    public long length() {
        return length;
    }

    @Override
    public List<String> raters() {
        return raters;
    }

    @Override
    public List<String> categories() {
        return List.copyOf(categories);
    }

    @Override
    public List<Unit> units() {
        return Collections.unmodifiableList(units);
    }

    @Override
    public long[] mergedUnits(int rater, String category) {
        long[][] perRater = merged().get(category);
        return perRater == null ? new long[0] : perRater[rater];
    }

    /** How many units were merged with an overlapping unit of the same rater and category. */
    public int mergedCount() {
        merged();
        return mergedCounts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** How many units of one category were merged with an overlapping unit of the same rater. */
    public int mergedCount(String category) {
        merged();
        return mergedCounts.getOrDefault(category, 0);
    }

    private Map<String, long[][]> merged() {
        if (merged != null) {
            return merged;
        }
        Map<String, List<List<Unit>>> grouped = new HashMap<>();
        for (Unit u : units) {
            List<List<Unit>> perRater = grouped.computeIfAbsent(u.category(), c -> {
                List<List<Unit>> l = new ArrayList<>();
                for (int r = 0; r < raters.size(); r++) {
                    l.add(new ArrayList<>());
                }
                return l;
            });
            perRater.get(u.rater()).add(u);
        }
        Map<String, long[][]> out = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (Map.Entry<String, List<List<Unit>>> e : grouped.entrySet()) {
            int count = 0;
            long[][] perRater = new long[raters.size()][];
            for (int r = 0; r < raters.size(); r++) {
                List<Unit> list = e.getValue().get(r);
                list.sort((a, b) -> a.offset() != b.offset()
                        ? Long.compare(a.offset(), b.offset())
                        : Long.compare(a.end(), b.end()));
                long[] bounds = new long[list.size() * 2];
                int n = 0;
                int groupSize = 0;
                for (Unit u : list) {
                    if (n > 0 && u.offset() < bounds[n - 1]) {
                        bounds[n - 1] = Math.max(bounds[n - 1], u.end());
                        groupSize++;
                    } else {
                        count += groupSize > 1 ? groupSize : 0;
                        bounds[n++] = u.offset();
                        bounds[n++] = u.end();
                        groupSize = 1;
                    }
                }
                count += groupSize > 1 ? groupSize : 0;
                perRater[r] = Arrays.copyOf(bounds, n);
            }
            out.put(e.getKey(), perRater);
            counts.put(e.getKey(), count);
        }
        mergedCounts = counts;
        merged = out;
        return merged;
    }
}
