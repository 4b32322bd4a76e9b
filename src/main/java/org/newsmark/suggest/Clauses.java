package org.newsmark.suggest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Token-level reading of reporting clauses without a parser: quote-aware sentences, the phrase
 * before or after a reporting verb that names the speaker, and where a reported content clause
 * ends. Ranges are token indices, end exclusive.
 */
final class Clauses {
    final TextAnalysis a;
    /** For each token, the index of the top-level quoted stretch it lies in, or -1. */
    final int[] quoteOf;

    final List<QuotationMarks.Quoted> topLevel;
    /** Quote-aware sentences: a sentence break inside a quotation does not end the sentence around it. */
    final int[] sentenceFirst;

    final int[] sentenceLast;
    private final int[] sentenceOfToken;

    Clauses(TextAnalysis a, List<QuotationMarks.Quoted> topLevel) {
        this.a = a;
        this.topLevel = topLevel;
        quoteOf = new int[a.tokens()];
        Arrays.fill(quoteOf, -1);
        for (int q = 0; q < topLevel.size(); q++) {
            QuotationMarks.Quoted quoted = topLevel.get(q);
            for (int t = a.tokenAtOrAfter(quoted.start()); t < a.tokens() && a.tokenStart[t] < quoted.end(); t++) {
                quoteOf[t] = q;
            }
        }
        List<int[]> sentences = new ArrayList<>();
        int first = -1;
        for (int s = 0; s < a.sentenceStart.length; s++) {
            int f = a.tokenAtOrAfter(a.sentenceStart[s]);
            int l = a.tokenBefore(a.sentenceEnd[s]);
            if (first < 0) {
                first = f;
            }
            boolean insideQuote = l + 1 < a.tokens()
                    && quoteOf[l] >= 0
                    && quoteOf[l] == quoteOf[l + 1]
                    && a.paragraphOf(a.tokenStart[l]) == a.paragraphOf(a.tokenStart[l + 1]);
            if (!insideQuote) {
                sentences.add(new int[] {first, l + 1});
                first = -1;
            }
        }
        if (first >= 0) {
            sentences.add(new int[] {first, a.tokens()});
        }
        sentenceFirst = new int[sentences.size()];
        sentenceLast = new int[sentences.size()];
        sentenceOfToken = new int[a.tokens()];
        for (int s = 0; s < sentences.size(); s++) {
            sentenceFirst[s] = sentences.get(s)[0];
            sentenceLast[s] = sentences.get(s)[1];
            for (int t = sentenceFirst[s]; t < sentenceLast[s]; t++) {
                sentenceOfToken[t] = s;
            }
        }
    }

    int sentenceOf(int token) {
        return sentenceOfToken[Math.min(token, sentenceOfToken.length - 1)];
    }

    String lower(int t) {
        return a.lower(t);
    }

    boolean is(int t, String text) {
        return t >= 0 && t < a.tokens() && a.tokenText[t].equalsIgnoreCase(text);
    }

    boolean isPunct(int t, String chars) {
        return t >= 0 && t < a.tokens() && a.tokenText[t].length() == 1 && chars.indexOf(a.tokenText[t].charAt(0)) >= 0;
    }

    boolean word(int t) {
        return t >= 0 && t < a.tokens() && a.isWord(t);
    }

    boolean inQuote(int t) {
        return quoteOf[t] >= 0;
    }

    /** The top-level quote that starts at this token, or null. */
    QuotationMarks.Quoted quoteStartingAt(int t) {
        int q = quoteOf[t];
        return q >= 0 && topLevel.get(q).start() == a.tokenStart[t] ? topLevel.get(q) : null;
    }

    /** The last token of the quote that token t lies in. */
    int lastTokenOfQuote(int t) {
        QuotationMarks.Quoted q = topLevel.get(quoteOf[t]);
        return a.tokenBefore(q.end());
    }

    boolean isReporting(int t) {
        return verbCandidate(t) && Lexicon.REPORTING.contains(lower(t));
    }

    boolean isQuoteOnlyVerb(int t) {
        return verbCandidate(t) && Lexicon.QUOTE_ONLY.contains(lower(t));
    }

    /** A lowercase word outside quotations that no determiner makes a noun ("the report", "whose claim"). */
    private boolean verbCandidate(int t) {
        if (!word(t) || inQuote(t) || !Character.isLowerCase(a.tokenText[t].codePointAt(0))) {
            return false;
        }
        String before = t > 0 ? lower(t - 1) : "";
        return !(Lexicon.DETERMINERS.contains(before) && !before.equals("that") && !before.equals("all")
                || before.equals("whose")
                || before.endsWith("'s")
                || before.endsWith("’s"));
    }

    /** A negation within the three words before the verb ("didn't say", "have not said"). */
    boolean negated(int v, int start) {
        for (int t = v - 1; t >= Math.max(start, v - 3); t--) {
            String w = lower(t);
            if (Lexicon.NEGATIONS.contains(w) || w.endsWith("n't")) {
                return true;
            }
            if (!Lexicon.BETWEEN_SUBJECT_AND_VERB.contains(w) && !w.equals("'t") && !w.equals("’t")) {
                return false;
            }
        }
        return false;
    }

    /** A lowercase word that looks like a verb form ("documenting", "rescued", "seen"), never part of a speaker phrase. */
    boolean verbLike(int t) {
        String w = a.tokenText[t];
        if (!Character.isLowerCase(w.codePointAt(0)) || w.length() < 4) {
            return false;
        }
        return w.endsWith("ing") || w.endsWith("ed") || w.equals("seen") || w.equals("given") || w.equals("made");
    }

    /** True for a word that can belong to a noun phrase naming a speaker. */
    boolean nounPhraseWord(int t) {
        if (!word(t) && !isPunct(t, "'’&.-")) {
            return false;
        }
        String w = lower(t);
        boolean lowercase = Character.isLowerCase(a.tokenText[t].codePointAt(0));
        return !Lexicon.PREPOSITIONS.contains(w)
                && !Lexicon.CONJUNCTIONS.contains(w)
                && !(lowercase && (Lexicon.REPORTING.contains(w) || Lexicon.QUOTE_ONLY.contains(w)) && verbCandidate(t))
                && !Lexicon.NEGATIONS.contains(w)
                && !verbLike(t)
                && !(Lexicon.BETWEEN_SUBJECT_AND_VERB.contains(w)
                        && !Character.isUpperCase(a.tokenText[t].codePointAt(0)));
    }

    /** The noun phrase that ends at token j (inclusive): its first token, at most eight back, not before start. */
    int chunkBack(int j, int start) {
        return chunkBack(j, start, false);
    }

    /** As above; inside a quotation ({@code withinQuote}) the phrase may lie inside it too. */
    int chunkBack(int j, int start, boolean withinQuote) {
        int k = j;
        while (k - 1 >= start
                && j - k < 8
                && (withinQuote || !inQuote(k - 1))
                && (nounPhraseWord(k - 1)
                        || is(k - 1, "of") && k - 2 >= start && Lexicon.DETERMINERS.contains(lower(k - 2)))) {
            k--; // "A lot of people": "of" after a quantifier stays in the phrase
        }
        while (k <= j && isPunct(k, "'’&.-")) {
            k++;
        }
        return k;
    }

    /** The noun phrase that starts at token j: its end (exclusive), at most eight tokens, not past end. */
    int chunkForward(int j, int end) {
        int k = j;
        while (k < end && k - j < 8 && nounPhraseWord(k) && !inQuote(k)) {
            k++;
        }
        return k;
    }

    /** Where the clause holding token t starts: the sentence start, or after a ";" or ":" or a quote before it. */
    int clauseStart(int t) {
        int s = sentenceFirst[sentenceOf(t)];
        for (int k = t - 1; k > s; k--) {
            if (!inQuote(k) && isPunct(k, ";:")) {
                return k + 1;
            }
        }
        return s;
    }

    /**
     * The end (exclusive) of a reported content clause that starts at token j: the sentence end,
     * a second reporting clause (", while suggesting that", ", adding", ", and said"), a reporter's
     * addition (", as quoted by", ", according to"), a ";" or a colon that opens a quotation.
     */
    int contentEnd(int j, int sentenceEnd) {
        int k = j;
        while (k < sentenceEnd) {
            if (inQuote(k)) {
                k = lastTokenOfQuote(k) + 1;
                continue;
            }
            if (isPunct(k, ";") || isPunct(k, ":") && k + 1 < sentenceEnd && quoteStartingAt(k + 1) != null) {
                break;
            }
            if (isPunct(k, ",") && secondClauseAfter(k + 1, sentenceEnd)) {
                break;
            }
            k++;
        }
        while (k > j && (isPunct(k - 1, ".,;:—–-!?") && !inQuote(k - 1))) {
            k--;
        }
        return k;
    }

    private boolean secondClauseAfter(int k, int end) {
        if (k >= end) {
            return false;
        }
        String w = lower(k);
        if (w.equals("according")
                || w.equals("citing")
                || w.equals("as")
                        && k + 1 < end
                        && (is(k + 1, "quoted") || is(k + 1, "reported") || is(k + 1, "cited"))) {
            return true;
        }
        if (w.equals("while") || w.equals("whilst") || w.equals("with")) {
            for (int t = k + 1; t < Math.min(end, k + 5); t++) {
                if (isReporting(t) && lower(t).endsWith("ing")) {
                    return true;
                }
            }
            return false;
        }
        if ((w.equals("and") || w.equals("but")) && k + 1 < end) {
            int t = k + 1;
            while (t < end && Lexicon.BETWEEN_SUBJECT_AND_VERB.contains(lower(t))) {
                t++;
            }
            return t < end && isReporting(t) && !Lexicon.TELLING.contains(lower(t));
        }
        return isReporting(k) && lower(k).endsWith("ing");
    }
}
