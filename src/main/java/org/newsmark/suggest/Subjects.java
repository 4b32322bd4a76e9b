package org.newsmark.suggest;

import java.util.Set;

/**
 * Finds the phrase that names the speaker of a reporting clause, without a parser: the subject
 * before a reporting verb (over auxiliaries, appositions and titles: "Kremlin spokesman Dmitry
 * Peskov said", "Tom Molomby, SC, said"), the subject after it ("said KCNA"), the source of
 * "according to" (over a relay: "according to Yonhap, quoting KCNA, ..."), the clause after a
 * quotation ("...," he said) and the clause that ends in a colon before one. Ranges are token
 * indices, end exclusive.
 */
final class Subjects {
    /** Prepositions whose phrase between a subject and its verb is skipped ("The Kremlin on Friday said"). */
    private static final Set<String> TITLE_PREPOSITIONS = Set.of("of", "for", "to");

    private static final Set<String> CONTINUING =
            Set.of("adding", "saying", "continuing", "and", "then", "before", "noting", "explaining");

    private final Clauses c;
    private final TextAnalysis a;

    Subjects(Clauses c) {
        this.c = c;
        this.a = c.a;
    }

    /** The phrase before reporting verb v that names its subject, not before token start; or null. */
    int[] of(int v, int start) {
        boolean within = c.inQuote(v); // a reporting clause inside a quotation ("A lot of people said, '...'")
        int j = v - 1;
        while (j >= start && Lexicon.BETWEEN_SUBJECT_AND_VERB.contains(c.lower(j)) && !a.isCapitalized(j)) {
            j--;
        }
        if (j < start) {
            return null;
        }
        if (c.isPunct(j, ")")) {
            int k = j;
            while (k > start && !c.isPunct(k, "(")) {
                k--;
            }
            j = k - 1;
            if (j < start) {
                return null;
            }
        }
        if (c.word(j) && c.nounPhraseWord(j) && (within || !c.inQuote(j))) {
            int s = c.chunkBack(j, start, within);
            String before = s - 1 >= start ? c.lower(s - 1) : "";
            boolean finite = !c.lower(v).endsWith("ing");
            if (finite
                    && Lexicon.PREPOSITIONS.contains(before)
                    && !TITLE_PREPOSITIONS.contains(before)
                    && !Lexicon.CONJUNCTIONS.contains(before)
                    && !before.equals("until")
                    && !before.equals("like")) {
                int k = s - 2;
                while (k >= start && (c.verbLike(k) || c.isPunct(k, ","))) {
                    k--;
                }
                if (k >= start && c.nounPhraseWord(k)) {
                    return new int[] {c.chunkBack(k, start, within), k + 1};
                }
            }
            return new int[] {s, j + 1};
        }
        if (c.isPunct(j, ",")) {
            return segmentBefore(j, start);
        }
        String w = c.lower(j);
        if ((w.equals("who") || w.equals("which")) && j - 1 >= start) {
            int k = c.isPunct(j - 1, ",") ? j - 2 : j - 1; // "Devocht, who had told Montalvo": the antecedent
            return k >= start && c.nounPhraseWord(k) ? new int[] {c.chunkBack(k, start), k + 1} : null;
        }
        if (w.equals("and") || w.equals("but") || w.equals("then") || w.equals("while") || w.equals("whilst")) {
            int k = start;
            if (Lexicon.PREPOSITIONS.contains(c.lower(k))) {
                while (k < j && !c.isPunct(k, ",")) {
                    k++; // "During Prime Minister's Questions Wednesday, Sunak defended ..."
                }
            }
            while (k < j && (Lexicon.CONJUNCTIONS.contains(c.lower(k)) || !c.word(k))) {
                k++;
            }
            int e = c.chunkForward(k, j);
            return e > k ? new int[] {k, e} : null;
        }
        return null;
    }

    /** Walks back over comma-separated segments to the one that names the subject, skipping appositions. */
    private int[] segmentBefore(int comma, int start) {
        int end = comma;
        for (int segments = 0; segments < 6 && end > start; segments++) {
            int s = end - 1;
            int depth = 0;
            while (s > start) {
                if (c.isPunct(s, ")")) {
                    depth++;
                } else if (c.isPunct(s, "(")) {
                    depth--;
                }
                if (depth <= 0 && c.isPunct(s - 1, ",") && !c.inQuote(s - 1)) {
                    break;
                }
                s--;
            }
            if (s < end && !apposition(s, end)) {
                return new int[] {s, end};
            }
            end = s - 1;
        }
        return null;
    }

    /** True for a segment that describes rather than names ("a representative for ...", "SC", "42", "of the ..."). */
    private boolean apposition(int s, int e) {
        if (c.inQuote(s)) {
            return true;
        }
        String first = c.lower(s);
        String last = c.lower(e - 1);
        if (e - s == 1
                && (a.tokenText[s].chars().allMatch(Character::isDigit)
                        || a.tokenText[s].length() <= 3
                                && a.tokenText[s].chars().allMatch(Character::isUpperCase))) {
            return true;
        }
        if (first.equals("a")
                || first.equals("an")
                || Lexicon.PREPOSITIONS.contains(first)
                || first.equals("who")
                || first.equals("which")
                || first.equals("and")
                || first.equals("or")) {
            return true;
        }
        if (!a.isCapitalized(s) || Lexicon.TITLES.contains(last) && e - s > 1) {
            return true;
        }
        if (Lexicon.TITLES.contains(first)) {
            for (int t = s; t < e; t++) {
                if (Lexicon.PREPOSITIONS.contains(c.lower(t))) {
                    return true;
                }
            }
        }
        return a.tokenText[s].endsWith("ing") && s == c.clauseStart(s);
    }

    /**
     * A reporting clause at the end of a sentence after the content: "[,] X said [tail]" or
     * "[,] said X [tail]", with at most maxTail tokens after the verb. The subject phrase, or null.
     */
    int[] postposedClause(int k, int end, int maxTail) {
        if (k >= end) {
            return null;
        }
        if (postposedVerb(k)) {
            int npEnd = c.chunkForward(k + 1, end);
            boolean pronoun = npEnd == k + 2 && Lexicon.PRONOUNS.contains(c.lower(k + 1)) && npEnd < end;
            return npEnd > k + 1 && !pronoun && adverbialTail(npEnd, end, maxTail) ? new int[] {k + 1, npEnd} : null;
        }
        int npEnd = c.chunkForward(k, end);
        if (npEnd == k) {
            return null;
        }
        int m = skipApposition(npEnd, end);
        int verbStart = m;
        while (m < end && Lexicon.BETWEEN_SUBJECT_AND_VERB.contains(c.lower(m))) {
            m++;
        }
        if (m >= end || !postposedVerb(m) || c.negated(m, verbStart)) {
            return null;
        }
        return adverbialTail(m + 1, end, maxTail) ? new int[] {k, npEnd} : null;
    }

    /** Nothing, or a short phrase that opens with a preposition ("on Friday", "in a statement"). */
    private boolean adverbialTail(int from, int end, int maxTail) {
        return from >= end || end - from <= maxTail && Lexicon.PREPOSITIONS.contains(c.lower(from));
    }

    private boolean postposedVerb(int t) {
        return c.word(t)
                && !c.inQuote(t)
                && (Lexicon.POSTPOSED.contains(c.lower(t))
                        || Lexicon.QUOTE_ONLY.contains(c.lower(t)) && !Lexicon.DESCRIBING.contains(c.lower(t)));
    }

    private int skipApposition(int k, int end) {
        if (c.isPunct(k, ",")) {
            for (int t = k + 1; t < Math.min(end, k + 14); t++) {
                if (c.isPunct(t, ",")) {
                    return t + 1;
                }
            }
        }
        return k;
    }

    /**
     * The reporting clause right after a quotation: "said KCNA", "Kremlin spokesman Dmitry Peskov
     * said", "he said, adding", "according to the Sydney Morning Herald". Returns {phrase start,
     * phrase end, clause end} or null.
     */
    int[] afterQuote(int t, QuotationMarks.Quoted q) {
        int k = t;
        while (k < a.tokens() && c.isPunct(k, ",;—–-") && k - t < 2) {
            k++;
        }
        if (k >= a.tokens() || c.inQuote(k) || a.paragraphOf(a.tokenStart[k]) != a.paragraphOf(q.end() - 1)) {
            return null;
        }
        int end = c.sentenceLast[c.sentenceOf(k)];
        boolean newSentence = c.sentenceOf(k) != c.sentenceOf(a.tokenBefore(q.end()));
        int maxTail = newSentence ? 2 : 40;
        if (c.is(k, "according") && c.is(k + 1, "to")) {
            int e = c.chunkForward(k + 2, end);
            return e > k + 2 ? new int[] {k + 2, e, e} : null;
        }
        if (postposedVerb(k) || c.isReporting(k)) {
            int npEnd = c.chunkForward(k + 1, end);
            return npEnd > k + 1 && tail(npEnd, end) <= maxTail ? new int[] {k + 1, npEnd, npEnd} : null;
        }
        int npEnd = c.chunkForward(k, end);
        if (npEnd == k || npEnd - k > 7) {
            return null;
        }
        int m = skipApposition(npEnd, end);
        int verbStart = m;
        while (m < end && Lexicon.BETWEEN_SUBJECT_AND_VERB.contains(c.lower(m))) {
            m++;
        }
        if (m >= end || !(postposedVerb(m) || c.isReporting(m)) || c.negated(m, verbStart)) {
            return null;
        }
        int clauseEnd = m + 1;
        if (Lexicon.TELLING.contains(c.lower(m))) {
            while (clauseEnd < end
                    && c.word(clauseEnd)
                    && !c.inQuote(clauseEnd)
                    && clauseEnd - m <= 3
                    && !c.is(clauseEnd, "that")) {
                clauseEnd++;
            }
        }
        if (tail(clauseEnd, end) > maxTail) {
            return null;
        }
        return new int[] {k, npEnd, clauseEnd};
    }

    private int tail(int from, int end) {
        int n = 0;
        for (int t = from; t < end; t++) {
            if (c.isPunct(t, ";") || c.inQuote(t)) {
                return n;
            }
            if (c.word(t)) {
                n++;
            }
            if (c.isPunct(t, ",") && t + 1 < end && CONTINUING.contains(c.lower(t + 1))) {
                return n;
            }
        }
        return n;
    }

    /**
     * The source of "according to" / "in the words of", starting at token s: {phrase start, phrase
     * end, content start}. A "quoting X" segment replaces the source (the relayed speaker); apposed
     * names ("the coach, Alireza Mehraban,") extend it.
     */
    int[] accordingSource(int s, int last) {
        int comma = nextComma(s, last, 16);
        if (comma < 0) {
            int k = s;
            if (c.is(k, "the") && a.isCapitalized(Math.min(k + 1, a.tokens() - 1))) {
                k++;
            }
            int e = k;
            while (e < last && (a.isCapitalized(e) && c.word(e) || c.isPunct(e, "-.") && e > k)) {
                e++;
            }
            return e > k ? new int[] {s, e, e} : null;
        }
        int ps = s;
        int pe = comma;
        int k = comma + 1;
        while (k < last) {
            int next = nextComma(k, last, 16);
            if (c.is(k, "quoting") || c.is(k, "citing")) {
                if (next < 0) {
                    return null;
                }
                ps = k + 1;
                pe = next;
                k = next + 1;
            } else if (next > 0 && nameLike(k, next)) {
                pe = next;
                k = next + 1;
            } else {
                break;
            }
        }
        return new int[] {ps, pe, k};
    }

    private int nextComma(int from, int last, int window) {
        for (int t = from; t < Math.min(last, from + window); t++) {
            if (c.inQuote(t)) {
                return -1;
            }
            if (c.isPunct(t, ",")) {
                return t;
            }
        }
        return -1;
    }

    private boolean nameLike(int s, int e) {
        if (e - s > 5 || c.inQuote(s)) {
            return false;
        }
        for (int t = s; t < e; t++) {
            if (c.word(t)
                    && !a.isCapitalized(t)
                    && !Set.of("de", "al", "bin", "van", "von", "of", "la", "le")
                            .contains(c.lower(t))) {
                return false;
            }
        }
        return true;
    }

    /** For a quotation after a colon that ends the sentence (or paragraph) before it: the subject of that sentence's reporting verb. */
    int[] colonClause(int first) {
        if (first == 0 || !c.isPunct(first - 1, ":")) {
            return null;
        }
        int colon = first - 1;
        int start = c.sentenceFirst[c.sentenceOf(colon)];
        for (int v = colon - 1; v >= start; v--) {
            if (c.inQuote(v)) {
                continue;
            }
            if ((c.isReporting(v) || c.isQuoteOnlyVerb(v)) && !c.negated(v, start)) {
                return of(v, c.clauseStart(v));
            }
        }
        return null;
    }
}
