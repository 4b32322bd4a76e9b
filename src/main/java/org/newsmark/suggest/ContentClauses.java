package org.newsmark.suggest;

import org.newsmark.suggest.QuoteFinder.Found;

/**
 * The content clauses of reporting verbs in one sentence, as the guidelines delimit them: after
 * "said (that)" and "told X" (the content starts after "that" and a comma after it), before a
 * closing "X said" or "said X", after "according to X," (over a relay, "quoting KCNA"), and after
 * a source and a colon ("Reports: ..."). A content clause ends at the sentence end, at a second
 * reporting clause (", while suggesting that", ", adding", ", and said") or at a reporter's
 * addition (", as quoted by"). Verbs other than the plain saying verbs take a clause without
 * "that" only when it shows a verb form ("revealed many are not getting enough").
 */
final class ContentClauses {
    private final QuoteFinder finder;
    private final TextAnalysis a;
    private final Clauses c;

    ContentClauses(QuoteFinder finder, TextAnalysis a, Clauses c) {
        this.finder = finder;
        this.a = a;
        this.c = c;
    }

    void sentence(int first, int last) {
        int k = first;
        while (k < last && (c.isPunct(k, "\"'“‘") || Lexicon.CONJUNCTIONS.contains(c.lower(k)) && k < first + 2)) {
            k++;
        }
        if ((c.is(k, "according") && c.is(k + 1, "to")) && !c.inQuote(k)) {
            accordingTo(k + 2, last);
        }
        sourceColon(first, last);
        for (int v = first; v < last; v++) {
            if (c.inQuote(v)) {
                v = c.lastTokenOfQuote(v);
                continue;
            }
            if (c.is(v, "words") && c.is(v - 1, "the") && c.is(v - 2, "in") && c.is(v + 1, "of")) {
                accordingTo(v + 2, last);
            } else if ((c.isReporting(v) || c.isQuoteOnlyVerb(v))
                    && !c.negated(v, first)
                    && !(v > first && Lexicon.PREPOSITIONS.contains(c.lower(v - 1)))) {
                verbBefore(v, last);
            }
        }
        postposed(first, last);
    }

    /** "X said (that) CONTENT", "X told Y CONTENT", "X described Y as "..."". */
    private void verbBefore(int v, int last) {
        String verb = c.lower(v);
        int j = v + 1;
        if (Lexicon.TELLING.contains(verb)) {
            j = skipAddressee(j, last);
        }
        boolean quoteOnly = !Lexicon.REPORTING.contains(verb) || Lexicon.DESCRIBING.contains(verb);
        // "...," said X  /  "...", X said: the verb closes a quotation and reports no content after it
        boolean inverted = v > 0 && (c.inQuote(v - 1) || c.isPunct(v - 1, ",") && c.inQuote(Math.max(0, v - 2)));
        int contentStart;
        if (quoteOnly || inverted) {
            contentStart = quoteWithin(j, last, Lexicon.DESCRIBING.contains(verb) ? 8 : 2);
        } else {
            contentStart = contentStartAfterVerb(j, last, Lexicon.CORE_SAYING.contains(verb));
        }
        if (contentStart < 0 || contentStart >= last) {
            return;
        }
        int end = c.contentEnd(contentStart, last);
        QuotationMarks.Quoted q = c.quoteStartingAt(contentStart);
        if (q != null && (quoteOnly || inverted || quoteEndsClause(q, last))) {
            end = a.tokenBefore(q.end()) + 1;
        } else if (quoteOnly || inverted) {
            return;
        }
        if (finder.countWords(contentStart, end) < 2) {
            return;
        }
        Found f = finder.add(contentStart, end, 0.8);
        if (f == null) {
            return;
        }
        boolean participle =
                verb.endsWith("ing") && (c.isPunct(v - 1, ",") || c.is(v - 1, "while") || c.is(v - 1, "whilst"));
        Found main = participle ? earlierInSentence(v) : null;
        if (main != null) {
            f.sameSpeakerAs = main; // ", while suggesting that ...": the subject of the main clause
        } else {
            QuoteFinder.setPhrase(f, new Subjects(c).of(v, c.clauseStart(v)));
        }
    }

    private Found earlierInSentence(int v) {
        int sentence = c.sentenceOf(v);
        Found best = null;
        for (Found f : finder.found) {
            int t = a.tokenAtOrAfter(f.start);
            if (f.nestedIn == null && f.end <= a.tokenStart[v] && c.sentenceOf(t) == sentence) {
                best = f;
            }
        }
        return best;
    }

    /** Where the content starts after a saying verb (and its addressee), or -1 when none follows. */
    private int contentStartAfterVerb(int j, int last, boolean core) {
        if (j >= last) {
            return -1;
        }
        if (c.isPunct(j, ",:") && j + 1 < last && c.quoteStartingAt(j + 1) != null) {
            return j + 1;
        }
        if (c.quoteStartingAt(j) != null) {
            return j;
        }
        if (c.is(j, "that")) {
            return c.isPunct(j + 1, ",") ? j + 2 : j + 1;
        }
        if (plausibleContentStart(j)) {
            return core || looksLikeClause(j, last) ? j : -1;
        }
        for (int t = j; t < Math.min(last, j + 9); t++) {
            if (c.inQuote(t) || c.isPunct(t, ".;:!?\"“")) {
                return -1;
            }
            if (c.is(t, "that")) {
                return c.isPunct(t + 1, ",") ? t + 2 : t + 1;
            }
        }
        return -1;
    }

    /** A content clause without "that" after a verb other than "say": it needs an auxiliary, a modal or a subject pronoun. */
    private boolean looksLikeClause(int j, int last) {
        if (Lexicon.PRONOUNS.contains(c.lower(j))) {
            return true;
        }
        for (int t = j + 1; t < Math.min(last, j + 10); t++) {
            if (c.isPunct(t, ",;:") && !c.inQuote(t)) {
                return false;
            }
            if (Lexicon.CLAUSE_MARKERS.contains(c.lower(t))) {
                return true;
            }
        }
        return false;
    }

    private boolean plausibleContentStart(int t) {
        if (!c.word(t)) {
            return false;
        }
        String w = c.lower(t);
        return !Lexicon.PREPOSITIONS.contains(w)
                && !Lexicon.NO_CONTENT.contains(w)
                && !Lexicon.BETWEEN_SUBJECT_AND_VERB.contains(w)
                && !Lexicon.SUBORDINATORS.contains(w)
                && !w.equals("late")
                && !w.equals("last")
                && !w.equals("next")
                && !w.equals("to")
                && !(c.verbLike(t) && !w.endsWith("ing"));
    }

    private int skipAddressee(int j, int last) {
        if (j >= last) {
            return j;
        }
        String w = c.lower(j);
        if (w.equals("him")
                || w.equals("her")
                || w.equals("them")
                || w.equals("us")
                || w.equals("me")
                || w.equals("reporters")
                || w.equals("journalists")) {
            return j + 1;
        }
        int k = j;
        if (w.equals("the")
                || w.equals("a")
                || w.equals("an")
                || w.equals("his")
                || w.equals("their")
                || w.equals("its")) {
            k++;
        }
        int start = k;
        while (k < last
                && k - start < 4
                && c.word(k)
                && !c.inQuote(k)
                && !c.is(k, "that")
                && !Lexicon.PREPOSITIONS.contains(c.lower(k))
                && (k == start || a.isCapitalized(k) == a.isCapitalized(start))) {
            k++;
            if (!a.isCapitalized(start)) {
                break; // "the court", "the press": one common noun
            }
        }
        return k > start ? k : j;
    }

    /** The first token of a quotation that starts within {@code window} tokens of j (no clause break between). */
    private int quoteWithin(int j, int last, int window) {
        for (int t = j; t < Math.min(last, j + window + 1); t++) {
            if (c.quoteStartingAt(t) != null) {
                return t;
            }
            if (c.inQuote(t) || c.isPunct(t, ".;!?") || c.isReporting(t)) {
                return -1;
            }
        }
        return -1;
    }

    /** True when a quotation that opens a content clause is the whole content: punctuation or the sentence end follows it. */
    private boolean quoteEndsClause(QuotationMarks.Quoted q, int last) {
        int after = a.tokenBefore(q.end()) + 1;
        return after >= last || c.isPunct(after, ",.;:!?()[]—–-");
    }

    /** "CONTENT, X said." and "CONTENT, said X." at the end of a sentence; "CONTENT, according to X." */
    private void postposed(int first, int last) {
        int commas = 0;
        for (int k = last - 1; k > first && commas < 3; k--) {
            if (c.inQuote(k)) {
                QuotationMarks.Quoted q = c.topLevel.get(c.quoteOf[k]);
                k = a.tokenAtOrAfter(q.start());
                if (!c.isPunct(k - 1, ",") || a.tokenEnd[k - 1] == a.tokenStart[k]) {
                    // a quotation closed with the comma inside: "...," he said
                    tryPostposed(first, a.tokenBefore(q.end()) + 1, last, true);
                }
                continue;
            }
            if (c.isPunct(k, ",")) {
                commas++;
                if (tryPostposed(first, k, last, false)) {
                    return;
                }
            }
        }
    }

    private boolean tryPostposed(int first, int comma, int last, boolean afterQuote) {
        int clause = afterQuote ? comma : comma + 1;
        if (afterQuote && c.isPunct(clause, ",")) {
            clause++;
        }
        int sentenceEnd = last;
        while (sentenceEnd > clause && c.isPunct(sentenceEnd - 1, ".!?\"”’)")) {
            sentenceEnd--;
        }
        int[] phrase;
        if (c.is(clause, "according") && c.is(clause + 1, "to")) {
            phrase = new int[] {clause + 2, sentenceEnd};
            if (sentenceEnd - clause > 14) {
                return false;
            }
        } else {
            phrase = new Subjects(c).postposedClause(clause, sentenceEnd, afterQuote ? 6 : 4);
            if (phrase == null) {
                return false;
            }
        }
        int start = first;
        while (start < comma && (c.isPunct(start, "\"'“‘") && c.quoteStartingAt(start) == null)) {
            start++;
        }
        if (start >= comma || finder.overlapsFound(a.tokenStart[start], a.tokenEnd[comma - 1])) {
            return false;
        }
        int end = comma;
        while (end > start && c.isPunct(end - 1, ",;:—–-") && !c.inQuote(end - 1)) {
            end--;
        }
        if (finder.countWords(start, end) < 2) {
            return false;
        }
        Found f = finder.add(start, end, 0.75);
        if (f != null) {
            QuoteFinder.setPhrase(f, phrase);
            f.clauseAfterEnd = last;
        }
        return f != null;
    }

    /** "According to X, CONTENT", "in the words of X, "..."": the source runs to the comma (over a relay and apposed names). */
    private void accordingTo(int s, int last) {
        int[] source = new Subjects(c).accordingSource(s, last);
        if (source == null) {
            return;
        }
        int contentStart = source[2];
        if (contentStart >= last) {
            return;
        }
        int end = c.contentEnd(contentStart, last);
        if (finder.countWords(contentStart, end) < 3) {
            return;
        }
        Found f = finder.add(contentStart, end, 0.75);
        if (f != null) {
            QuoteFinder.setPhrase(f, new int[] {source[0], source[1]});
        }
    }

    /** "Reports: CONTENT", "Officials: CONTENT": a short source phrase and a colon at the start of a sentence. */
    private void sourceColon(int first, int last) {
        for (int k = first + 1; k < Math.min(last, first + 5); k++) {
            if (c.isPunct(k, ":")) {
                String head = c.lower(k - 1);
                boolean source = Lexicon.PERSON_SOURCES.contains(head) || Lexicon.ORGANIZATION_SOURCES.contains(head);
                if (source && !Lexicon.DOCUMENTS.contains(head) || head.equals("reports")) {
                    int end = c.contentEnd(k + 1, last);
                    QuotationMarks.Quoted whole = c.quoteStartingAt(k + 1);
                    boolean onlyQuote = whole != null && a.tokenBefore(whole.end()) + 1 >= end;
                    if (finder.countWords(k + 1, end) >= 3 && !onlyQuote) {
                        Found f = finder.add(k + 1, end, 0.6);
                        if (f != null) {
                            QuoteFinder.setPhrase(f, new int[] {first, k});
                        }
                    }
                }
                return;
            }
            if (!c.word(k)) {
                return;
            }
        }
    }
}
