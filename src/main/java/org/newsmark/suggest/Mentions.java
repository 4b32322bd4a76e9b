package org.newsmark.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The entity mentions of a run, in text order: the set's ENTITY annotations and the ENTITY
 * suggestions made so far (those that overlap no annotation). Grows as recommenders add entities.
 */
final class Mentions {
    private final List<Mention> sorted = new ArrayList<>();
    private final java.util.Set<String> keys = new java.util.HashSet<>();

    /** Adds a mention; a suggestion already added under its key is not added twice. */
    void add(Mention m) {
        if (m.isSuggestion() && !keys.add(m.suggestionKey())) {
            return;
        }
        int i;
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).start() <= m.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        i = lo;
        sorted.add(i, m);
    }

    List<Mention> all() {
        return sorted;
    }

    /** The mentions that lie wholly inside [start, end), in text order. */
    List<Mention> within(int start, int end) {
        List<Mention> out = new ArrayList<>();
        for (int i = firstStartingAtOrAfter(start); i < sorted.size() && sorted.get(i).start() < end; i++) {
            if (sorted.get(i).end() <= end) {
                out.add(sorted.get(i));
            }
        }
        return out;
    }

    /** A mention that shares a code point with [start, end), the longest overlap first; or null. */
    Mention overlapping(int start, int end) {
        Mention best = null;
        int bestOverlap = 0;
        for (int i = Math.max(0, firstStartingAtOrAfter(start) - 8); i < sorted.size() && sorted.get(i).start() < end; i++) {
            Mention m = sorted.get(i);
            int overlap = Math.min(end, m.end()) - Math.max(start, m.start());
            if (overlap > bestOverlap) {
                best = m;
                bestOverlap = overlap;
            }
        }
        return best;
    }

    /** The mentions that end at or before the offset, nearest first. */
    List<Mention> before(int offset, int notBefore) {
        List<Mention> out = new ArrayList<>();
        for (int i = firstStartingAtOrAfter(offset) - 1; i >= 0; i--) {
            Mention m = sorted.get(i);
            if (m.end() <= notBefore) {
                break;
            }
            if (m.end() <= offset) {
                out.add(m);
            }
        }
        out.sort(Comparator.comparingInt(Mention::end).reversed());
        return out;
    }

    private int firstStartingAtOrAfter(int offset) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
