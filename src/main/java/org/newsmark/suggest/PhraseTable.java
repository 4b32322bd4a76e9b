package org.newsmark.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.newsmark.model.WordTokenizer;

/**
 * Phrases (entity strings, event triggers) with the labels they were annotated with and how often
 * they occur in the texts learned from, found again in new text as whole tokens. A phrase's score
 * is the share of its majority label times the share of its occurrences that were annotated, so a
 * word that is marked only now and then ("South", "fire") scores low.
 */
final class PhraseTable {
    /** One phrase: its tokens, label counts, annotated and total occurrences. */
    static final class Entry {
        final String text;
        final String[] tokens;
        final Map<String, Integer> labels = new TreeMap<>();
        int annotated;
        int occurrences;

        Entry(String text, String[] tokens) {
            this.text = text;
            this.tokens = tokens;
        }

        String label() {
            String best = null;
            int n = -1;
            for (Map.Entry<String, Integer> e : labels.entrySet()) {
                if (e.getValue() > n) {
                    best = e.getKey();
                    n = e.getValue();
                }
            }
            return best;
        }

        double score() {
            return score(0);
        }

        /** With {@code unseen} occurrences added that were not marked: a small sample then counts for less. */
        double score(int unseen) {
            if (annotated == 0) {
                return 0;
            }
            double share = (double) labels.get(label()) / annotated;
            double marked = Math.min(1.0, (double) annotated / Math.max(1, occurrences + unseen));
            return share * marked;
        }
    }

    private final boolean ignoreCase;
    private final Map<String, Entry> byText = new HashMap<>();
    private final Map<String, List<Entry>> byFirstToken = new HashMap<>();

    PhraseTable(boolean ignoreCase) {
        this.ignoreCase = ignoreCase;
    }

    int size() {
        return byText.size();
    }

    private String key(String s) {
        return ignoreCase ? s.toLowerCase(Locale.ROOT) : s;
    }

    /** Counts one annotated phrase. */
    void annotated(String text, String label) {
        Entry e = byText.get(key(text));
        if (e == null) {
            String[] tokens = tokensOf(text);
            if (tokens.length == 0) {
                return;
            }
            e = new Entry(key(text), tokens);
            byText.put(e.text, e);
            List<Entry> list = byFirstToken.computeIfAbsent(tokens[0], k -> new ArrayList<>());
            list.add(e);
            list.sort(Comparator.comparingInt((Entry x) -> -x.tokens.length));
        }
        e.labels.merge(label, 1, Integer::sum);
        e.annotated++;
    }

    Entry get(String text) {
        return byText.get(key(text));
    }

    private String[] tokensOf(String text) {
        int[] b = WordTokenizer.bounds(text);
        String[] out = new String[b.length / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] =
                    key(text.substring(text.offsetByCodePoints(0, b[2 * i]), text.offsetByCodePoints(0, b[2 * i + 1])));
        }
        return out;
    }

    /** The longest phrase that starts at token i of the text, or null. */
    Entry match(TextAnalysis a, int i) {
        List<Entry> candidates = byFirstToken.get(key(a.tokenText[i]));
        if (candidates == null) {
            return null;
        }
        for (Entry e : candidates) {
            int last = i + e.tokens.length - 1;
            if (last >= a.tokens()) {
                continue;
            }
            boolean same = true;
            for (int k = 1; k < e.tokens.length && same; k++) {
                same = e.tokens[k].equals(key(a.tokenText[i + k]));
            }
            if (same && key(a.slice(a.tokenStart[i], a.tokenEnd[last])).equals(e.text)) {
                return e;
            }
        }
        return null;
    }

    /** Counts every occurrence of every phrase in the text (longest match first, no overlaps). */
    void countOccurrences(TextAnalysis a) {
        for (int i = 0; i < a.tokens(); i++) {
            Entry e = match(a, i);
            if (e != null) {
                e.occurrences++;
                i += e.tokens.length - 1;
            }
        }
    }
}
