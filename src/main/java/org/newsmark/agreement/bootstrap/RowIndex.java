package org.newsmark.agreement.bootstrap;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.newsmark.agreement.Measurement;

/**
 * The corpus values of a report that get an interval, numbered: each replicate fills an array
 * with one value per row (NaN where the replicate has none). Only values that are defined for
 * the corpus itself have a row.
 */
final class RowIndex {
    private final Map<String, Integer> rows = new HashMap<>();
    private final List<Measurement> measurements;

    RowIndex(List<Measurement> measurements) {
        this.measurements = measurements.stream()
                .filter(m -> m.doc().equals(Measurement.ALL) && m.score().defined())
                .toList();
        for (int i = 0; i < this.measurements.size(); i++) {
            Measurement m = this.measurements.get(i);
            rows.put(key(m.layer(), m.label(), m.measure(), m.annotators()), i);
        }
    }

    private static String key(String layer, String label, String measure, String annotators) {
        return layer + '\0' + label + '\0' + measure + '\0' + annotators;
    }

    /** The row of a corpus value, or -1 when it has none (not measured, or undefined). */
    int row(String layer, String label, String measure, String annotators) {
        return rows.getOrDefault(key(layer, label, measure, annotators), -1);
    }

    int size() {
        return measurements.size();
    }

    Measurement measurement(int row) {
        return measurements.get(row);
    }

    /** Writes a value into its row, if it has one. */
    static void put(double[] out, int row, double value) {
        if (row >= 0) {
            out[row] = value;
        }
    }
}
