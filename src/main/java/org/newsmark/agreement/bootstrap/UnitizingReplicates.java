package org.newsmark.agreement.bootstrap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.newsmark.agreement.AnnotatedCorpus;
import org.newsmark.agreement.Measurement;
import org.newsmark.agreement.unitizing.DefaultUnitizingStudy;
import org.newsmark.agreement.unitizing.KrippendorffUnitizingAlpha;
import org.newsmark.model.Annotation;
import org.newsmark.model.Article;
import org.newsmark.model.Label;
import org.newsmark.model.Layer;

/**
 * Krippendorff's αU of one layer for the article bootstrap. A replicate's continuum is the drawn
 * articles that every chosen annotator has, concatenated in document id order (an article drawn
 * twice appears twice, side by side), as the corpus value concatenates all of them; its αU is
 * the one {@code KrippendorffUnitizingAlpha} would compute on that continuum. Per article and
 * label, what αU rests on is worked out once: the annotators' merged units, the gaps between
 * them, the gaps at either end (which join the gaps of the neighbouring article), the sums of
 * the units' l (l − 1) and l (l − 1)(2 l − 1) / 3, and the observed distances of every pair of
 * annotators (distances never reach across articles). A replicate adds these up with the
 * articles' weights and sums the expected disagreement's term l_u² Σ over gaps g with l_g ≥ l_u
 * of (l_g − l_u + 1) in one pass over the units and gaps, both sorted once by length.
 */
final class UnitizingReplicates implements ReplicateStatistic {
    private final int raters;
    /** The corpus index of each article every annotator has, in corpus order, and its length. */
    private final int[] articles;

    private final long[] lengths;
    private final Category[] categories;
    private final int pooledRow;
    /**
     * Per thread, the sums and counts of the boundary gaps by unit index: reused, since a replicate
     * needs them for every label and allocating them each time made most of the bootstrap's garbage.
     */
    private static final ThreadLocal<long[][]> SCRATCH =
            ThreadLocal.withInitial(() -> new long[][] {new long[0], new long[0]});

    /** What one label's αU rests on, per article (indexed by position in {@link #articles}). */
    private static final class Category {
        int row;
        long[] count;
        double[] cubes;
        long[] squares;
        double[] distance;
        /** lead[rater][article]: the gap before the first unit; -1 when the annotator has no unit there. */
        long[][] lead;

        long[][] trail;
        /** All units and inner gaps, longest first: length, article position, how many alike. */
        Lengths units;

        Lengths gaps;
    }

    /**
     * Lengths with the position of their article, longest first; equal ones counted once.
     * {@code firstAtMost[x]} is the first index whose length is at most x (for x up to the longest).
     */
    private record Lengths(long[] length, int[] position, int[] times, int[] firstAtMost) {
        /** Longest units past which a table of ranks is not worth its memory: then a binary search. */
        private static final long TABLE_LIMIT = 1 << 22;

        /** The first index whose length is at most x: where a gap of length x starts to count. */
        int rank(long x) {
            if (length.length == 0 || x >= length[0]) {
                return 0;
            }
            if (firstAtMost != null) {
                return firstAtMost[(int) x];
            }
            int lo = 0;
            int hi = length.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (length[mid] > x) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        /** Counts {@code times} gaps of length x at their rank. */
        void add(long x, long times, long[] sums, long[] counts) {
            if (x > 0 && times > 0) {
                int r = rank(x);
                sums[r] += times * x;
                counts[r] += times;
            }
        }

        /** From packed values (length in the upper 32 bits, position in the lower). */
        static Lengths of(long[] packed, int n) {
            long[] sorted = Arrays.copyOf(packed, n);
            Arrays.sort(sorted);
            long[] length = new long[n];
            int[] position = new int[n];
            int[] times = new int[n];
            int distinct = 0;
            for (int i = n - 1; i >= 0; i--) {
                if (distinct > 0 && sorted[i] == sorted[i + 1]) {
                    times[distinct - 1]++;
                    continue;
                }
                length[distinct] = sorted[i] >>> 32;
                position[distinct] = (int) sorted[i];
                times[distinct++] = 1;
            }
            length = Arrays.copyOf(length, distinct);
            int[] firstAtMost = null;
            if (distinct > 0 && length[0] <= TABLE_LIMIT) {
                firstAtMost = new int[(int) length[0] + 1];
                int index = distinct;
                for (int x = 0; x <= length[0]; x++) {
                    while (index > 0 && length[index - 1] <= x) {
                        index--;
                    }
                    firstAtMost[x] = index;
                }
            }
            return new Lengths(length, Arrays.copyOf(position, distinct), Arrays.copyOf(times, distinct), firstAtMost);
        }
    }

    /** One article's merged units per label and annotator: offset, end pairs. */
    private record ArticleUnits(long length, long[][][] units) {}

    UnitizingReplicates(AnnotatedCorpus corpus, Layer layer, RowIndex rows) {
        List<String> annotators = corpus.annotators();
        List<String> labels = layer.labels().stream().map(Label::name).toList();
        this.raters = annotators.size();
        List<Integer> complete = new ArrayList<>();
        for (int a = 0; a < corpus.articles().size(); a++) {
            if (raters >= 2 && corpus.present(corpus.articles().get(a).id()).size() == raters) {
                complete.add(a);
            }
        }
        this.articles = complete.stream().mapToInt(Integer::intValue).toArray();
        List<ArticleUnits> units = Arrays.stream(articles)
                .parallel()
                .mapToObj(a -> units(corpus, corpus.articles().get(a), layer, labels))
                .toList();
        this.lengths = units.stream().mapToLong(ArticleUnits::length).toArray();
        this.categories = new Category[labels.size()];
        for (int c = 0; c < labels.size(); c++) {
            categories[c] = category(units, c);
            categories[c].row = rows.row(layer.name(), labels.get(c), Measurement.UNITIZING_ALPHA, Measurement.ALL);
        }
        this.pooledRow = rows.row(layer.name(), Measurement.ALL, Measurement.UNITIZING_ALPHA, Measurement.ALL);
    }

    private static ArticleUnits units(AnnotatedCorpus corpus, Article article, Layer layer, List<String> labels) {
        List<String> annotators = corpus.annotators();
        DefaultUnitizingStudy study = new DefaultUnitizingStudy(annotators, 0, article.length());
        for (int r = 0; r < annotators.size(); r++) {
            for (Annotation a : corpus.spans(article.id(), annotators.get(r), layer.name())) {
                study.addUnit(a.start(), a.length(), r, a.label());
            }
        }
        long[][][] out = new long[labels.size()][annotators.size()][];
        for (int c = 0; c < labels.size(); c++) {
            for (int r = 0; r < annotators.size(); r++) {
                out[c][r] = study.mergedUnits(r, labels.get(c));
            }
        }
        return new ArticleUnits(article.length(), out);
    }

    private Category category(List<ArticleUnits> perArticle, int c) {
        int n = perArticle.size();
        Category k = new Category();
        k.count = new long[n];
        k.cubes = new double[n];
        k.squares = new long[n];
        k.distance = new double[n];
        k.lead = new long[raters][n];
        k.trail = new long[raters][n];
        long[] units = new long[64];
        int unitCount = 0;
        long[] gaps = new long[64];
        int gapCount = 0;
        for (int pos = 0; pos < n; pos++) {
            long[][] u = perArticle.get(pos).units()[c];
            for (int r = 0; r < raters; r++) {
                long[] b = u[r];
                k.lead[r][pos] = b.length == 0 ? -1 : b[0];
                k.trail[r][pos] = b.length == 0 ? -1 : perArticle.get(pos).length() - b[b.length - 1];
                for (int i = 0; i < b.length; i += 2) {
                    long l = b[i + 1] - b[i];
                    k.count[pos]++;
                    k.cubes[pos] += l * (l - 1.0) * (2.0 * l - 1) / 3;
                    k.squares[pos] += l * (l - 1);
                    units = room(units, unitCount + 1);
                    units[unitCount++] = l << 32 | pos;
                    if (i + 2 < b.length && b[i + 2] > b[i + 1]) {
                        gaps = room(gaps, gapCount + 1);
                        gaps[gapCount++] = (b[i + 2] - b[i + 1]) << 32 | pos;
                    }
                }
                for (int r2 = r + 1; r2 < raters; r2++) {
                    k.distance[pos] +=
                            KrippendorffUnitizingAlpha.pairDistance(b, u[r2]).doubleValue();
                }
            }
        }
        k.units = Lengths.of(units, unitCount);
        k.gaps = Lengths.of(gaps, gapCount);
        return k;
    }

    private static long[] room(long[] a, int needed) {
        return needed <= a.length ? a : Arrays.copyOf(a, Math.max(needed, a.length * 2));
    }

    @Override
    public void evaluate(int[] corpusWeights, double[] out) {
        int[] weights = new int[articles.length];
        double length = 0;
        for (int pos = 0; pos < articles.length; pos++) {
            weights[pos] = corpusWeights[articles[pos]];
            length += (double) weights[pos] * lengths[pos];
        }
        if (length == 0) {
            return;
        }
        double observed = 0;
        double expected = 0;
        int present = 0;
        for (Category k : categories) {
            double[] d = disagreements(k, weights, length);
            if (d == null) {
                continue;
            }
            present++;
            observed += d[0];
            expected += d[1];
            RowIndex.put(out, k.row, d[1] > 0 ? 1 - d[0] / d[1] : Double.NaN);
        }
        if (present > 0) {
            // 1 - mean D_o / mean D_e over the labels that have units: the means' divisor cancels.
            RowIndex.put(out, pooledRow, expected > 0 ? 1 - observed / expected : Double.NaN);
        }
    }

    /**
     * D_o and D_e of one label on the replicate's continuum, or null when it has no unit there;
     * {@code weights} by article position.
     */
    private double[] disagreements(Category k, int[] weights, double length) {
        double count = 0;
        double cubes = 0;
        double squares = 0;
        double distance = 0;
        for (int pos = 0; pos < articles.length; pos++) {
            int w = weights[pos];
            if (w != 0 && k.count[pos] != 0) {
                count += (double) w * k.count[pos];
                cubes += w * k.cubes[pos];
                squares += (double) w * k.squares[pos];
                distance += w * k.distance[pos];
            }
        }
        if (count == 0) {
            return null;
        }
        double cross = placements(k, weights);
        double observed = 2 * distance / ((double) raters * (raters - 1) * length * length);
        double rl = raters * length;
        double denominator = rl * (rl - 1) - squares;
        double expected = denominator <= 0 ? 0 : 2 * ((count - 1) * cubes + cross) / (denominator * length);
        return new double[] {observed, expected};
    }

    /**
     * Adds the gaps that span article boundaries on the replicate's continuum to the units they
     * are long enough for: an annotator's gap before an article's first unit joins the gap after
     * the last unit of the article before it (and whole articles without a unit of the label),
     * and the copies of an article drawn several times join end to start. A gap of length x is
     * counted at the first unit (longest first) with l ≤ x, {@code sums} and {@code counts} by
     * unit index; the sweep then passes it to every shorter unit.
     */
    private void boundaryGaps(Category k, int[] weights, long[] sums, long[] counts) {
        for (int r = 0; r < raters; r++) {
            long open = 0;
            for (int pos = 0; pos < articles.length; pos++) {
                int w = weights[pos];
                if (w == 0) {
                    continue;
                }
                long lead = k.lead[r][pos];
                if (lead < 0) {
                    open += w * lengths[pos];
                    continue;
                }
                long trail = k.trail[r][pos];
                k.units.add(open + lead, 1, sums, counts);
                k.units.add(trail + lead, w - 1, sums, counts);
                open = trail;
            }
            k.units.add(open, 1, sums, counts);
        }
    }

    /**
     * Σ over units u of w_u l_u² Σ over gaps g with l_g ≥ l_u of w_g (l_g − l_u + 1): units and
     * inner gaps from the longest down, so the gaps long enough for a unit are those passed so far.
     */
    private double placements(Category k, int[] weights) {
        Lengths units = k.units;
        Lengths gaps = k.gaps;
        int n = units.length().length;
        long[][] scratch = SCRATCH.get();
        if (scratch[0].length < n + 1) {
            scratch[0] = new long[n + 1];
            scratch[1] = new long[n + 1];
        }
        // Zero between uses: the sweep clears each entry it reads.
        long[] boundarySums = scratch[0];
        long[] boundaryCounts = scratch[1];
        boundaryGaps(k, weights, boundarySums, boundaryCounts);
        // Sums of w_g l_g and w_g over the gaps passed: exact in longs, they never pass R L.
        long gapSum = 0;
        long gapCount = 0;
        int g = 0;
        double sum = 0;
        for (int u = 0; u < n; u++) {
            long l = units.length()[u];
            for (; g < gaps.length().length && gaps.length()[g] >= l; g++) {
                long wg = (long) weights[gaps.position()[g]] * gaps.times()[g];
                gapSum += wg * gaps.length()[g];
                gapCount += wg;
            }
            gapSum += boundarySums[u];
            gapCount += boundaryCounts[u];
            boundarySums[u] = 0;
            boundaryCounts[u] = 0;
            // Units of articles not drawn have weight 0: no branch, their term is 0.
            double w = (double) weights[units.position()[u]] * units.times()[u];
            sum += w * l * l * (gapSum - (l - 1) * gapCount);
        }
        boundarySums[n] = 0;
        boundaryCounts[n] = 0;
        return sum;
    }
}
