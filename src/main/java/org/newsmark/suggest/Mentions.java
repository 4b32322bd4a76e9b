package org.newsmark.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The entity mentions of a run, in text order, and the entities they form: the set's ENTITY
 * annotations (chained by their {@code coref} links) and the ENTITY suggestions made so far
 * (chained by the links the recommenders give them). Grows as recommenders add entities.
 */
final class Mentions {
    private final List<Mention> sorted = new ArrayList<>();
    private final Set<String> keys = new HashSet<>();
    private final Map<String, Mention> byRef = new HashMap<>();
    /** Union-find over mention refs: each entity is one tree. */
    private final Map<String, String> parent = new HashMap<>();
    /** The length of the longest mention: no mention that starts further before a span can reach into it. */
    private int longest;

    /** Adds a mention; a suggestion already added under its key is not added twice. */
    void add(Mention m) {
        if (m.isSuggestion() && !keys.add(m.suggestionKey())) {
            return;
        }
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
        sorted.add(lo, m);
        byRef.put(m.ref(), m);
        longest = Math.max(longest, m.end() - m.start());
    }

    List<Mention> all() {
        return sorted;
    }

    /** The mention an annotation id or a suggestion key names, or null. */
    Mention byLink(SuggestedLink link) {
        return byRef.get(link.toSuggestion() ? "s:" + link.target() : "a:" + link.target());
    }

    /** Records that two mentions are of the same entity. */
    void join(Mention a, Mention b) {
        String ra = root(a.ref());
        String rb = root(b.ref());
        if (!ra.equals(rb)) {
            parent.put(ra, rb);
        }
    }

    boolean sameEntity(Mention a, Mention b) {
        return root(a.ref()).equals(root(b.ref()));
    }

    /**
     * The mention of the same entity as {@code m} that is nearest before {@code offset} (the target of
     * a {@code coref} link from a mention there, as the guidelines want it); {@code m} itself when
     * none lies between.
     */
    Mention nearestOfEntity(Mention m, int offset) {
        Mention best = m.start() < offset ? m : null;
        String root = root(m.ref());
        for (int i = firstStartingAtOrAfter(offset) - 1; i >= 0; i--) {
            Mention x = sorted.get(i);
            if (best != null && x.start() <= best.start()) {
                break;
            }
            if (root(x.ref()).equals(root)) {
                return x;
            }
        }
        return best;
    }

    private String root(String ref) {
        String r = ref;
        while (parent.containsKey(r)) {
            r = parent.get(r);
        }
        for (String x = ref; !x.equals(r); ) {
            String next = parent.get(x);
            parent.put(x, r);
            x = next;
        }
        return r;
    }

    /** The mentions that lie wholly inside [start, end), in text order. */
    List<Mention> within(int start, int end) {
        List<Mention> out = new ArrayList<>();
        for (int i = firstStartingAtOrAfter(start);
                i < sorted.size() && sorted.get(i).start() < end;
                i++) {
            if (sorted.get(i).end() <= end) {
                out.add(sorted.get(i));
            }
        }
        return out;
    }

    /** The mentions that share a code point with [start, end), in text order (the order of {@link #all}). */
    List<Mention> meeting(int start, int end) {
        List<Mention> out = new ArrayList<>();
        for (int i = firstStartingAtOrAfter(start - longest);
                i < sorted.size() && sorted.get(i).start() < end;
                i++) {
            Mention m = sorted.get(i);
            if (start < m.end()) {
                out.add(m);
            }
        }
        return out;
    }

    /** A mention that shares a code point with [start, end), the longest overlap first; or null. */
    Mention overlapping(int start, int end) {
        Mention best = null;
        int bestOverlap = 0;
        for (int i = Math.max(0, firstStartingAtOrAfter(start) - 8);
                i < sorted.size() && sorted.get(i).start() < end;
                i++) {
            Mention m = sorted.get(i);
            int overlap = Math.min(end, m.end()) - Math.max(start, m.start());
            if (overlap > bestOverlap) {
                best = m;
                bestOverlap = overlap;
            }
        }
        return best;
    }

    /**
     * The first of {@link #before before(offset, -1)} that passes the test, found without listing
     * and sorting every mention before the offset (asked once per quote on a long article).
     */
    Mention nearestBefore(int offset, Predicate<Mention> test) {
        Mention best = null;
        for (int i = firstStartingAtOrAfter(offset) - 1; i >= 0; i--) {
            Mention m = sorted.get(i);
            // before() lists by end, nearest first, and keeps the later start first among equal ends
            if (m.end() <= offset && (best == null || m.end() > best.end()) && test.test(m)) {
                best = m;
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
