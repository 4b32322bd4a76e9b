package org.newsmark.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One-to-one matching of suggested spans against reference spans, as the README's agreement
 * section defines it: exact (same start and end) and by overlap (at least one shared code point;
 * the pairs with the largest overlap first, ties by earlier start, then earlier end). Labels are
 * compared by the caller, which passes spans of one layer and label (or of one layer for matching
 * regardless of label).
 */
final class SpanMatch {
    /** A span and what it stands for (a suggestion or an annotation). */
    record Item<T>(int start, int end, T value) {}

    /** A matched pair: index into the suggested list, index into the reference list. */
    record Pair(int suggested, int reference) {}

    private SpanMatch() {}

    static <A, B> List<Pair> exact(List<Item<A>> suggested, List<Item<B>> reference) {
        List<Pair> out = new ArrayList<>();
        boolean[] used = new boolean[reference.size()];
        for (int i = 0; i < suggested.size(); i++) {
            for (int j = 0; j < reference.size(); j++) {
                if (!used[j]
                        && suggested.get(i).start() == reference.get(j).start()
                        && suggested.get(i).end() == reference.get(j).end()) {
                    used[j] = true;
                    out.add(new Pair(i, j));
                    break;
                }
            }
        }
        return out;
    }

    static <A, B> List<Pair> overlap(List<Item<A>> suggested, List<Item<B>> reference) {
        List<int[]> candidates = new ArrayList<>();
        for (int i = 0; i < suggested.size(); i++) {
            Item<A> s = suggested.get(i);
            for (int j = 0; j < reference.size(); j++) {
                Item<B> r = reference.get(j);
                int overlap = Math.min(s.end(), r.end()) - Math.max(s.start(), r.start());
                if (overlap > 0) {
                    candidates.add(new int[] {i, j, overlap});
                }
            }
        }
        candidates.sort(Comparator.comparingInt((int[] c) -> -c[2])
                .thenComparingInt(c -> suggested.get(c[0]).start())
                .thenComparingInt(c -> suggested.get(c[0]).end())
                .thenComparingInt(c -> reference.get(c[1]).start())
                .thenComparingInt(c -> reference.get(c[1]).end()));
        boolean[] usedS = new boolean[suggested.size()];
        boolean[] usedR = new boolean[reference.size()];
        List<Pair> out = new ArrayList<>();
        for (int[] c : candidates) {
            if (!usedS[c[0]] && !usedR[c[1]]) {
                usedS[c[0]] = true;
                usedR[c[1]] = true;
                out.add(new Pair(c[0], c[1]));
            }
        }
        return out;
    }
}
