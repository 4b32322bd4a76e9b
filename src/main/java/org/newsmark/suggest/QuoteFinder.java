package org.newsmark.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the quotes of an article by rule, following the guidelines' quote layer: content clauses of
 * reporting verbs ("said that ...", "told X ...", "X said" after the content, "according to X"),
 * quotations with a reporting clause before or after them, a quotation introduced by a colon, the
 * parts of an interrupted quotation, and quotations inside quotations. It decides label and span
 * and which phrase names the speaker; {@link SpeakerSieve} then finds the speaker's mention.
 */
final class QuoteFinder {
    /** A quote found by the rules, before its speaker is resolved. */
    static final class Found {
        String label;
        int start;
        int end;
        /** The phrase that names the speaker (token range), or -1. */
        int phraseStart = -1;

        int phraseEnd = -1;
        /** The reporting clause after the quote (token range), when that is what attributes it. */
        int clauseAfterEnd = -1;

        boolean standalone;
        Found sameSpeakerAs;
        Found continues;
        Found nestedIn;
        double score;
        Mention speaker;

        boolean hasPhrase() {
            return phraseStart >= 0 && phraseEnd > phraseStart;
        }
    }

    private final TextAnalysis a;
    private final Clauses c;
    private final List<QuotationMarks.Quoted> all;
    final List<Found> found = new ArrayList<>();

    QuoteFinder(TextAnalysis a) {
        this.a = a;
        this.all = QuotationMarks.find(a);
        this.c = new Clauses(a, all.stream().filter(q -> !q.nested()).toList());
    }

    Clauses clauses() {
        return c;
    }

    List<Found> find() {
        ContentClauses clauses = new ContentClauses(this, a, c);
        for (int s = 0; s < c.sentenceFirst.length; s++) {
            clauses.sentence(c.sentenceFirst[s], c.sentenceLast[s]);
        }
        for (QuotationMarks.Quoted q : c.topLevel) {
            if (coveredBy(q.start(), q.end()) == null) {
                quotation(q);
            }
        }
        found.sort(Comparator.comparingInt((Found f) -> f.start).thenComparingInt(f -> -f.end));
        nested();
        new Continuations(a, c).link(found);
        found.sort(Comparator.comparingInt((Found f) -> f.start).thenComparingInt(f -> -f.end));
        return found;
    }

    Found coveredBy(int start, int end) {
        for (Found f : found) {
            if (f.nestedIn == null && f.start <= start && end <= f.end) {
                return f;
            }
        }
        return null;
    }

    boolean overlapsFound(int start, int end) {
        return found.stream().anyMatch(f -> f.nestedIn == null && f.start < end && start < f.end);
    }

    // ---- quotations that no content clause covered

    private void quotation(QuotationMarks.Quoted q) {
        int first = a.tokenAtOrAfter(q.start());
        int lastTok = a.tokenBefore(q.end());
        int sentence = c.sentenceOf(first);
        int before = wordsBefore(first, c.sentenceFirst[sentence]);
        Subjects subjects = new Subjects(c);
        int[] after = subjects.afterQuote(lastTok + 1, q);
        if (after != null) {
            Found f = addSpan(q.start(), q.end(), 0.85);
            if (f != null) {
                setPhrase(f, new int[] {after[0], after[1]});
                f.clauseAfterEnd = after[2];
            }
            return;
        }
        Found intro = colonIntroduced(first);
        if (intro != null) {
            Found f = addSpan(q.start(), q.end(), 0.8);
            if (f != null) {
                f.sameSpeakerAs = intro;
            }
            return;
        }
        int[] colonVerb = subjects.colonClause(first);
        if (colonVerb != null) {
            Found f = addSpan(q.start(), q.end(), 0.8);
            if (f != null) {
                setPhrase(f, colonVerb);
            }
            return;
        }
        boolean endsSentence =
                lastTok + 1 >= c.sentenceLast[c.sentenceOf(lastTok)] || c.isPunct(lastTok + 1, ".!?") || !q.closed();
        if (before == 0 && endsSentence && countWords(first, lastTok + 1) >= 4 && q.doubleMarks()) {
            Found f = addSpan(q.start(), q.end(), q.closed() ? 0.7 : 0.55);
            if (f != null) {
                f.standalone = true;
            }
        }
    }

    /** Words between the sentence start (or a ";" or an earlier quotation) and token t. */
    private int wordsBefore(int t, int sentenceStart) {
        int words = 0;
        for (int k = t - 1; k >= sentenceStart; k--) {
            if (c.inQuote(k) || c.isPunct(k, ";")) {
                break;
            }
            if (c.word(k)
                    && !Lexicon.CONJUNCTIONS.contains(c.lower(k))
                    && !Lexicon.BETWEEN_SUBJECT_AND_VERB.contains(c.lower(k))) {
                words++;
            }
        }
        return words;
    }

    /** The found quote whose sentence ends with the colon right before token t ("must be well thought out": "Moves ..."). */
    private Found colonIntroduced(int t) {
        if (t == 0 || !c.isPunct(t - 1, ":")) {
            return null;
        }
        int colon = a.tokenStart[t - 1];
        Found best = null;
        for (Found f : found) {
            if (f.end <= colon && c.sentenceOf(a.tokenAtOrAfter(f.start)) == c.sentenceOf(t - 1)) {
                best = f;
            }
        }
        return best;
    }

    // ---- quotations inside quotations

    private void nested() {
        List<Found> outers = new ArrayList<>(found);
        for (QuotationMarks.Quoted q : all) {
            if (!q.nested()) {
                continue;
            }
            for (Found outer : outers) {
                if (outer.start <= q.start()
                        && q.end() <= outer.end
                        && !(outer.start == q.start() && outer.end == q.end())) {
                    int first = a.tokenAtOrAfter(q.start());
                    int verb = -1;
                    for (int t = first - 1; t >= Math.max(a.tokenAtOrAfter(outer.start), first - 8); t--) {
                        String w = c.lower(t);
                        if (Lexicon.REPORTING.contains(w) || Lexicon.DESCRIBING.contains(w)) {
                            verb = t;
                            break;
                        }
                    }
                    if (verb < 0) {
                        break;
                    }
                    Found f = new Found();
                    f.label = "DIRECT";
                    f.start = q.start();
                    f.end = q.end();
                    f.nestedIn = outer;
                    f.score = 0.6;
                    int from = Math.max(a.tokenAtOrAfter(outer.start) + 1, c.clauseStart(verb));
                    int[] phrase = new Subjects(c).of(verb, from);
                    setPhrase(f, phrase);
                    found.add(f);
                    break;
                }
            }
        }
    }

    // ---- helpers

    Found add(int startToken, int endToken, double score) {
        int start = a.tokenStart[startToken];
        int end = a.tokenEnd[endToken - 1];
        return addSpan(start, end, score);
    }

    private Found addSpan(int start, int end, double score) {
        if (end <= start || overlapsFound(start, end)) {
            return null;
        }
        Found f = new Found();
        f.start = start;
        f.end = end;
        f.label = label(start, end);
        f.score = score;
        found.add(f);
        return f;
    }

    /** DIRECT when the content is one quotation, MIXED when it holds one among other words, INDIRECT otherwise. */
    private String label(int start, int end) {
        boolean anyQuote = false;
        for (QuotationMarks.Quoted q : c.topLevel) {
            if (q.start() == start && q.end() == end) {
                return "DIRECT";
            }
            if (q.start() >= start && q.end() <= end && !titleLike(q)) {
                anyQuote = true;
            }
        }
        return anyQuote ? "MIXED" : "INDIRECT";
    }

    /** A quoted name or title ("Better Idea of Afghan Girls", "Robogee"): every word capitalised but the small ones. */
    private boolean titleLike(QuotationMarks.Quoted q) {
        int words = 0;
        for (int t = a.tokenAtOrAfter(q.contentStart()); t < a.tokens() && a.tokenEnd[t] <= q.contentEnd(); t++) {
            if (!c.word(t)) {
                continue;
            }
            words++;
            if (!a.isCapitalized(t)
                    && !Lexicon.PREPOSITIONS.contains(c.lower(t))
                    && !c.is(t, "the")
                    && !c.is(t, "and")
                    && !c.is(t, "a")
                    && !c.is(t, "an")) {
                return false;
            }
        }
        return words > 0 && words <= 8;
    }

    static void setPhrase(Found f, int[] phrase) {
        if (phrase != null && phrase[1] > phrase[0]) {
            f.phraseStart = phrase[0];
            f.phraseEnd = phrase[1];
        }
    }

    int countWords(int from, int to) {
        int n = 0;
        for (int t = from; t < to; t++) {
            if (c.word(t)) {
                n++;
            }
        }
        return n;
    }
}
