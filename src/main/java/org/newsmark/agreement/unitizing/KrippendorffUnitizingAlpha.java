package org.newsmark.agreement.unitizing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.newsmark.agreement.Score;

/**
 * Krippendorff's alpha for unitizing, αU: how far raters agree on where units of a category begin
 * and end on a continuum, chance-corrected by all the ways the same units and gaps could have been
 * placed. For a category c, αU_c = 1 - D_o / D_e, where
 * <ul>
 * <li>D_o = 2 / (R (R - 1) L²) · the sum over pairs of raters of the distances between their
 *     segments: two overlapping units count (Δ begin)² + (Δ end)², a unit that lies wholly inside
 *     a gap of the other rater counts its length squared, anything else 0;</li>
 * <li>D_e = 2 / L · Σ over units u of [(N_c - 1) l_u (l_u - 1) (2 l_u - 1) / 3 + l_u² Σ over gaps
 *     g with l_g ≥ l_u of (l_g - l_u + 1)] / [R L (R L - 1) - Σ over units of l_u (l_u - 1)];</li>
 * </ul>
 * with R raters (every rater counts, also one without units), L the length of the continuum and
 * N_c the number of units of c. The value for all categories is pooled: 1 - mean D_o / mean D_e
 * over the categories that have units (not the mean of the category values). Units of one rater
 * and category must not overlap; {@link DefaultUnitizingStudy} merges them. These are exactly the
 * conventions of DKPro Statistics' {@code KrippendorffAlphaUnitizingAgreement}, computed in
 * O(n log n) instead of O(n²): observed distances by a sweep over each pair of raters, the
 * expected sum over gaps by prefix sums over the sorted gap lengths, exact integers throughout.
 *
 * <p>References: Krippendorff, K.: On the reliability of unitizing contiguous data. Sociological
 * Methodology 25:47-76, 1995. Krippendorff, K.: Content Analysis: An Introduction to Its
 * Methodology. 2nd edition, Thousand Oaks, CA: Sage, 2004, section 11.6 (pp. 251-256).
 */
public final class KrippendorffUnitizingAlpha {
    private final UnitizingStudy study;
    private final Map<String, double[]> disagreements = new HashMap<>();

    public KrippendorffUnitizingAlpha(UnitizingStudy study) {
        this.study = study;
    }

    /** Why the study admits no αU at all, if it does not. */
    public Optional<String> undefinedReason() {
        if (study.raterCount() < 2) {
            return Optional.of("needs at least two annotators");
        }
        if (study.length() == 0) {
            return Optional.of("the continuum is empty");
        }
        if (study.categories().isEmpty()) {
            return Optional.of("no units");
        }
        return Optional.empty();
    }

    /** Why the study admits no αU for this category, if it does not. */
    public Optional<String> undefinedReason(String category) {
        Optional<String> general = undefinedReason();
        if (general.isPresent() && !general.get().equals("no units")) {
            return general;
        }
        return study.categories().contains(category) ? Optional.empty() : Optional.of("no units");
    }

    public double observedDisagreement(String category) {
        return disagreements(category)[0];
    }

    public double expectedDisagreement(String category) {
        return disagreements(category)[1];
    }

    /** The number of units (after merging) of a category, over all raters. */
    public long units(String category) {
        long n = 0;
        for (int r = 0; r < study.raterCount(); r++) {
            n += study.mergedUnits(r, category).length / 2;
        }
        return n;
    }

    /** The number of units (after merging) of all categories. */
    public long units() {
        long n = 0;
        for (String c : study.categories()) {
            n += units(c);
        }
        return n;
    }

    public Score categoryAgreement(String category) {
        Optional<String> why = undefinedReason(category);
        if (why.isPresent()) {
            return Score.undefined(why.get());
        }
        return Score.fromDisagreement(
                observedDisagreement(category), expectedDisagreement(category), "no expected disagreement");
    }

    /** The mean observed disagreement over the categories that have units. */
    public double observedDisagreement() {
        return mean(0);
    }

    /** The mean expected disagreement over the categories that have units. */
    public double expectedDisagreement() {
        return mean(1);
    }

    private double mean(int which) {
        List<String> categories = study.categories();
        double sum = 0.0;
        for (String c : categories) {
            sum += disagreements(c)[which];
        }
        return sum / categories.size();
    }

    /** The pooled αU over all categories. */
    public Score agreement() {
        Optional<String> why = undefinedReason();
        if (why.isPresent()) {
            return Score.undefined(why.get());
        }
        return Score.fromDisagreement(observedDisagreement(), expectedDisagreement(), "no expected disagreement");
    }

    private double[] disagreements(String category) {
        return disagreements.computeIfAbsent(category, this::compute);
    }

    private double[] compute(String category) {
        int raters = study.raterCount();
        long length = study.length();
        long[][] units = new long[raters][];
        for (int r = 0; r < raters; r++) {
            units[r] = study.mergedUnits(r, category);
        }
        BigInteger distances = BigInteger.ZERO;
        for (int r1 = 0; r1 < raters; r1++) {
            for (int r2 = r1 + 1; r2 < raters; r2++) {
                distances = distances.add(pairDistance(units[r1], units[r2]));
            }
        }
        BigInteger pairs = BigInteger.valueOf(raters).multiply(BigInteger.valueOf(raters - 1L));
        BigInteger lengthSquared = BigInteger.valueOf(length).pow(2);
        double observed = ratio(distances.shiftLeft(1), pairs.multiply(lengthSquared));
        return new double[] {observed, expected(units, length)};
    }

    /** The sum of the distances between the segments of two raters (units sorted, disjoint). */
    public static BigInteger pairDistance(long[] a, long[] b) {
        int na = a.length / 2;
        int nb = b.length / 2;
        boolean[] aOverlaps = new boolean[na];
        boolean[] bOverlaps = new boolean[nb];
        ExactSum sum = new ExactSum();
        int i = 0;
        int j = 0;
        while (i < na && j < nb) {
            long sa = a[2 * i];
            long ea = a[2 * i + 1];
            long sb = b[2 * j];
            long eb = b[2 * j + 1];
            if (ea <= sb) {
                i++;
            } else if (eb <= sa) {
                j++;
            } else {
                sum.addSquare(sa - sb);
                sum.addSquare(ea - eb);
                aOverlaps[i] = true;
                bOverlaps[j] = true;
                if (ea < eb) {
                    i++;
                } else if (eb < ea) {
                    j++;
                } else {
                    i++;
                    j++;
                }
            }
        }
        for (int k = 0; k < na; k++) {
            if (!aOverlaps[k]) {
                sum.addSquare(a[2 * k + 1] - a[2 * k]); // a unit inside a gap of the other rater
            }
        }
        for (int k = 0; k < nb; k++) {
            if (!bOverlaps[k]) {
                sum.addSquare(b[2 * k + 1] - b[2 * k]);
            }
        }
        return sum.value();
    }

    private double expected(long[][] units, long length) {
        int raters = units.length;
        long begin = study.begin();
        long end = begin + length;
        int unitCount = 0;
        int gapCount = 0;
        for (long[] u : units) {
            unitCount += u.length / 2;
            gapCount += u.length / 2 + 1;
        }
        long[] lengths = new long[unitCount];
        long[] gaps = new long[gapCount];
        int nu = 0;
        int ng = 0;
        for (long[] u : units) {
            long previousEnd = begin;
            for (int k = 0; k < u.length; k += 2) {
                if (u[k] > previousEnd) {
                    gaps[ng++] = u[k] - previousEnd;
                }
                lengths[nu++] = u[k + 1] - u[k];
                previousEnd = u[k + 1];
            }
            if (end > previousEnd) {
                gaps[ng++] = end - previousEnd;
            }
        }
        gaps = Arrays.copyOf(gaps, ng);
        Arrays.sort(gaps);
        Arrays.sort(lengths);
        // suffix[k] = sum of gaps[k..]; gaps of length >= l start at the first index with gaps[k] >= l.
        long[] suffix = new long[ng + 1];
        for (int k = ng - 1; k >= 0; k--) {
            suffix[k] = suffix[k + 1] + gaps[k];
        }
        BigInteger numerator = BigInteger.ZERO;
        BigInteger selfPairs = BigInteger.ZERO;
        BigInteger others = BigInteger.valueOf(unitCount - 1L);
        for (int k = 0; k < nu; ) {
            long l = lengths[k];
            int same = 0;
            while (k < nu && lengths[k] == l) {
                same++;
                k++;
            }
            BigInteger bl = BigInteger.valueOf(l);
            BigInteger lMinus1 = BigInteger.valueOf(l - 1);
            // (N_c - 1) l (l - 1) (2l - 1) / 3: l (l - 1) (2l - 1) is six times a sum of squares.
            BigInteger within = others.multiply(bl)
                    .multiply(lMinus1)
                    .multiply(BigInteger.valueOf(2 * l - 1))
                    .divide(BigInteger.valueOf(3));
            int firstLongEnough = lowerBound(gaps, l);
            long count = ng - firstLongEnough;
            BigInteger placements =
                    BigInteger.valueOf(suffix[firstLongEnough]).subtract(lMinus1.multiply(BigInteger.valueOf(count)));
            BigInteger perUnit = within.add(bl.multiply(bl).multiply(placements));
            numerator = numerator.add(perUnit.multiply(BigInteger.valueOf(same)));
            selfPairs = selfPairs.add(bl.multiply(lMinus1).multiply(BigInteger.valueOf(same)));
        }
        BigInteger rl = BigInteger.valueOf(raters).multiply(BigInteger.valueOf(length));
        BigInteger denominator = rl.multiply(rl.subtract(BigInteger.ONE)).subtract(selfPairs);
        if (denominator.signum() <= 0) {
            return 0.0;
        }
        return ratio(numerator.shiftLeft(1), denominator.multiply(BigInteger.valueOf(length)));
    }

    private static int lowerBound(long[] sorted, long value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static double ratio(BigInteger numerator, BigInteger denominator) {
        if (denominator.signum() == 0) {
            return Double.NaN;
        }
        return new BigDecimal(numerator)
                .divide(new BigDecimal(denominator), MathContext.DECIMAL128)
                .doubleValue();
    }

    /** A sum of squares of longs that stays exact past the range of a long. */
    private static final class ExactSum {
        private long small;
        private BigInteger big = BigInteger.ZERO;

        void addSquare(long x) {
            long hi = Math.multiplyHigh(x, x);
            long lo = x * x;
            if (hi != 0 || lo < 0) {
                big = big.add(BigInteger.valueOf(x).pow(2));
                return;
            }
            long sum = small + lo;
            if (sum < 0) {
                big = big.add(BigInteger.valueOf(small)).add(BigInteger.valueOf(lo));
                small = 0;
            } else {
                small = sum;
            }
        }

        BigInteger value() {
            return big.add(BigInteger.valueOf(small));
        }
    }
}
