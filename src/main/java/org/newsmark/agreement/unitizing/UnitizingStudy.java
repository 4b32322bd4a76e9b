package org.newsmark.agreement.unitizing;

import java.util.List;

/**
 * A unitizing study, as in DKPro Statistics: a continuum [begin, begin + length) on which raters
 * marked units (offset, length, rater, category). Everything outside a rater's units of a
 * category is a gap of that rater for that category.
 */
public interface UnitizingStudy {
    /** A unit one rater marked: offset and length on the continuum, rater index, category. */
    record Unit(long offset, long length, int rater, String category) {
        public Unit {
            if (length <= 0) {
                throw new IllegalArgumentException("a unit needs a positive length, got " + length);
            }
        }

        public long end() {
            return offset + length;
        }
    }

    long begin();

    long length();

    List<String> raters();

    /** The categories of the units, in the order they were first seen. */
    List<String> categories();

    /** The units as they were added. */
    List<Unit> units();

    /**
     * The units of one rater and category, sorted, with overlapping ones merged into their union
     * (αU needs a rater's units of one category not to overlap), as offset, end pairs.
     */
    long[] mergedUnits(int rater, String category);

    default int raterCount() {
        return raters().size();
    }
}
