package org.newsmark.agreement.span;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.newsmark.model.Annotation;

/**
 * Matching the spans of two annotators on one article, one to one. Exact: layer, label, start and
 * end are equal. By overlap: layer and label are equal and the spans share at least one code
 * point; the pairs with the largest overlap are taken first (ties: earlier start, then earlier end
 * of the first annotator's span, then of the second's), each span in at most one pair.
 */
public final class SpanMatching {
    /** A pair of matched spans, the first annotator's and the second's. */
    public record Match(Annotation first, Annotation second) {
        public int overlap() {
            return Math.min(first.end(), second.end()) - Math.max(first.start(), second.start());
        }
    }

    private SpanMatching() {}

    /** The number of exact matches: for each (layer, label, start, end), the smaller of the two counts. */
    public static int exactMatches(List<Annotation> first, List<Annotation> second) {
        Map<List<String>, List<Annotation>> secondByLabel = byLayerAndLabel(second);
        Map<List<String>, List<Annotation>> firstByLabel = byLayerAndLabel(first);
        int matches = 0;
        for (Map.Entry<List<String>, List<Annotation>> e : firstByLabel.entrySet()) {
            List<Annotation> other = secondByLabel.get(e.getKey());
            if (other != null) {
                matches += sameBounds(e.getValue(), other);
            }
        }
        return matches;
    }

    /** Matches of equal start and end between two lists of spans of one layer and label. */
    static int sameBounds(List<Annotation> first, List<Annotation> second) {
        long[] a = bounds(first);
        long[] b = bounds(second);
        int matches = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                matches++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return matches;
    }

    private static long[] bounds(List<Annotation> spans) {
        long[] out = new long[spans.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (long) spans.get(i).start() << 32 | spans.get(i).end();
        }
        Arrays.sort(out);
        return out;
    }

    private static Map<List<String>, List<Annotation>> byLayerAndLabel(List<Annotation> spans) {
        Map<List<String>, List<Annotation>> out = new HashMap<>();
        for (Annotation a : spans) {
            out.computeIfAbsent(List.of(a.layer(), a.label()), k -> new ArrayList<>())
                    .add(a);
        }
        return out;
    }

    /** The one-to-one matching by overlap, largest overlap first, in a stable order. */
    public static List<Match> overlapMatches(List<Annotation> first, List<Annotation> second) {
        Map<List<String>, List<Annotation>> firstByLabel = byLayerAndLabel(first);
        Map<List<String>, List<Annotation>> secondByLabel = byLayerAndLabel(second);
        List<Match> out = new ArrayList<>();
        for (Map.Entry<List<String>, List<Annotation>> e : firstByLabel.entrySet()) {
            List<Annotation> other = secondByLabel.get(e.getKey());
            if (other != null) {
                out.addAll(overlapSameLabel(e.getValue(), other));
            }
        }
        out.sort(Comparator.comparingInt((Match m) -> m.first().start())
                .thenComparingInt(m -> m.first().end())
                .thenComparing(m -> m.first().id()));
        return out;
    }

    /** The matching by overlap of two lists of spans that all have one layer and label. */
    static List<Match> overlapSameLabel(List<Annotation> first, List<Annotation> second) {
        Annotation[] b = second.toArray(Annotation[]::new);
        Arrays.sort(b, Comparator.comparingInt(Annotation::start));
        int[] maxEnd = new int[b.length];
        for (int k = 0; k < b.length; k++) {
            maxEnd[k] = Math.max(k == 0 ? Integer.MIN_VALUE : maxEnd[k - 1], b[k].end());
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < first.size(); i++) {
            Annotation a = first.get(i);
            // Spans that start before a ends, walked back while some of them still reach past a's start.
            for (int k = firstStartingAtOrAfter(b, a.end()) - 1; k >= 0 && maxEnd[k] > a.start(); k--) {
                if (b[k].end() > a.start()) {
                    candidates.add(new Candidate(a, b[k], i, k));
                }
            }
        }
        candidates.sort(null);
        boolean[] usedFirst = new boolean[first.size()];
        boolean[] usedSecond = new boolean[b.length];
        List<Match> out = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!usedFirst[c.firstIndex] && !usedSecond[c.secondIndex]) {
                usedFirst[c.firstIndex] = true;
                usedSecond[c.secondIndex] = true;
                out.add(new Match(c.a, c.b));
            }
        }
        return out;
    }

    /** A possible pair, ordered by overlap (largest first), then the bounds of a, then of b, then ids. */
    private static final class Candidate implements Comparable<Candidate> {
        final Annotation a;
        final Annotation b;
        final int firstIndex;
        final int secondIndex;
        final int overlap;

        Candidate(Annotation a, Annotation b, int firstIndex, int secondIndex) {
            this.a = a;
            this.b = b;
            this.firstIndex = firstIndex;
            this.secondIndex = secondIndex;
            this.overlap = Math.min(a.end(), b.end()) - Math.max(a.start(), b.start());
        }

        @Override
        public int compareTo(Candidate o) {
            int c = Integer.compare(o.overlap, overlap);
            if (c == 0) {
                c = Integer.compare(a.start(), o.a.start());
            }
            if (c == 0) {
                c = Integer.compare(a.end(), o.a.end());
            }
            if (c == 0) {
                c = Integer.compare(b.start(), o.b.start());
            }
            if (c == 0) {
                c = Integer.compare(b.end(), o.b.end());
            }
            if (c == 0) {
                c = a.id().compareTo(o.a.id());
            }
            return c != 0 ? c : b.id().compareTo(o.b.id());
        }
    }

    private static int firstStartingAtOrAfter(Annotation[] sortedByStart, int position) {
        int lo = 0;
        int hi = sortedByStart.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sortedByStart[mid].start() < position) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
