package org.newsmark.suggest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.newsmark.model.Article;
import org.newsmark.model.WordTokenizer;

/**
 * The tokens, sentences and paragraphs of one article, computed once per run and shared by the
 * recommenders. Tokens are those of {@link WordTokenizer}; a paragraph is a non-empty line (news
 * text puts one paragraph per line, headlines and datelines included); sentences end at a full
 * stop, question or exclamation mark (with the closing marks after it) before a capital, a digit
 * or an opening mark, except after titles and initials, and at every line end. Offsets are code
 * points.
 */
final class TextAnalysis {
    /** Abbreviations after which a full stop does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "gen", "gov", "sen", "rep", "lt", "col", "capt", "sgt",
            "rev", "no", "nos", "vs", "v", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "aug", "sept", "sep",
            "oct", "nov", "dec", "mt", "ft", "approx", "fig", "dept", "univ", "assn", "bros", "messrs", "hon", "pres",
            "supt", "cmdr", "adm", "maj", "brig");
    /** Words that start a sentence after a dotted abbreviation such as "D.C." or "U.S.". */
    private static final Set<String> SENTENCE_STARTERS = Set.of(
            "the",
            "a",
            "an",
            "he",
            "she",
            "it",
            "they",
            "we",
            "i",
            "this",
            "that",
            "these",
            "those",
            "his",
            "her",
            "their",
            "its",
            "in",
            "on",
            "at",
            "after",
            "but",
            "and",
            "however",
            "meanwhile",
            "there",
            "some",
            "many",
            "according",
            "when",
            "while",
            "as",
            "if");

    final Article article;
    final int length;
    final int[] tokenStart;
    final int[] tokenEnd;
    final String[] tokenText;
    final int[] sentenceStart;
    final int[] sentenceEnd;
    final int[] paragraphStart;
    final int[] paragraphEnd;

    TextAnalysis(Article article) {
        this.article = article;
        this.length = article.length();
        int[] bounds = WordTokenizer.bounds(article.text());
        int n = bounds.length / 2;
        tokenStart = new int[n];
        tokenEnd = new int[n];
        tokenText = new String[n];
        for (int i = 0; i < n; i++) {
            tokenStart[i] = bounds[2 * i];
            tokenEnd[i] = bounds[2 * i + 1];
            tokenText[i] = article.slice(tokenStart[i], tokenEnd[i]);
        }
        int[][] paragraphs = paragraphs(article);
        paragraphStart = paragraphs[0];
        paragraphEnd = paragraphs[1];
        int[][] sentences = sentences();
        sentenceStart = sentences[0];
        sentenceEnd = sentences[1];
    }

    int tokens() {
        return tokenStart.length;
    }

    int codePointAt(int offset) {
        return offset >= 0 && offset < length ? article.codePointAt(offset) : -1;
    }

    String slice(int start, int end) {
        return article.slice(start, end);
    }

    /** The index of the first token that ends after the offset (the token at or after it). */
    int tokenAtOrAfter(int offset) {
        int lo = 0;
        int hi = tokenEnd.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokenEnd[mid] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The index of the last token that starts before the offset, or -1. */
    int tokenBefore(int offset) {
        int lo = 0;
        int hi = tokenStart.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokenStart[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    /** The index of the sentence holding the offset (or the one before it, in white space between). */
    int sentenceOf(int offset) {
        int i = Arrays.binarySearch(sentenceStart, offset);
        return Math.max(0, i >= 0 ? i : -i - 2);
    }

    int paragraphOf(int offset) {
        int i = Arrays.binarySearch(paragraphStart, offset);
        return Math.max(0, i >= 0 ? i : -i - 2);
    }

    String lower(int token) {
        return tokenText[token].toLowerCase(Locale.ROOT);
    }

    boolean isWord(int token) {
        return Character.isLetterOrDigit(tokenText[token].codePointAt(0));
    }

    boolean isCapitalized(int token) {
        return Character.isUpperCase(tokenText[token].codePointAt(0));
    }

    private static int[][] paragraphs(Article article) {
        List<int[]> out = new ArrayList<>();
        int n = article.length();
        int lineStart = 0;
        for (int i = 0; i <= n; i++) {
            if (i == n || article.codePointAt(i) == '\n') {
                int s = lineStart;
                int e = i;
                while (s < e && Character.isWhitespace(article.codePointAt(s))) {
                    s++;
                }
                while (e > s && Character.isWhitespace(article.codePointAt(e - 1))) {
                    e--;
                }
                if (s < e) {
                    out.add(new int[] {s, e});
                }
                lineStart = i + 1;
            }
        }
        return split(out);
    }

    private static int[][] split(List<int[]> ranges) {
        int[] starts = new int[ranges.size()];
        int[] ends = new int[ranges.size()];
        for (int i = 0; i < ranges.size(); i++) {
            starts[i] = ranges.get(i)[0];
            ends[i] = ranges.get(i)[1];
        }
        return new int[][] {starts, ends};
    }

    private int[][] sentences() {
        List<int[]> out = new ArrayList<>();
        int t = 0;
        for (int p = 0; p < paragraphStart.length; p++) {
            int sentenceFirst = -1;
            for (; t < tokens() && tokenStart[t] < paragraphEnd[p]; t++) {
                if (sentenceFirst < 0) {
                    sentenceFirst = t;
                }
                int last = endsSentenceAt(t, paragraphEnd[p]);
                if (last >= 0) {
                    out.add(new int[] {tokenStart[sentenceFirst], tokenEnd[last]});
                    sentenceFirst = -1;
                    t = last;
                }
            }
            if (sentenceFirst >= 0) {
                out.add(new int[] {tokenStart[sentenceFirst], tokenEnd[t - 1]});
            }
        }
        return split(out);
    }

    /** When token t is a sentence end, the last token of the sentence (closing marks included); else -1. */
    private int endsSentenceAt(int t, int paragraphEnd) {
        String s = tokenText[t];
        if (!(s.equals(".") || s.equals("!") || s.equals("?") || s.equals("…"))) {
            return -1;
        }
        int last = t;
        while (last + 1 < tokens() && tokenStart[last + 1] == tokenEnd[last] && isClosing(tokenText[last + 1])) {
            last++;
        }
        int next = last + 1;
        if (next >= tokens() || tokenStart[next] >= paragraphEnd) {
            return last;
        }
        if (tokenStart[next] == tokenEnd[last]) {
            return -1; // "3.5", "e.g.x": no space, no sentence end
        }
        int c = tokenText[next].codePointAt(0);
        boolean startsSentence = Character.isUpperCase(c) || Character.isDigit(c) || QuotationMarks.isOpening(c);
        if (!startsSentence) {
            return -1;
        }
        if (s.equals(".") && t > 0 && tokenEnd[t - 1] == tokenStart[t]) {
            String before = tokenText[t - 1];
            String lower = before.toLowerCase(Locale.ROOT);
            if (ABBREVIATIONS.contains(lower) || before.length() == 1 && Character.isUpperCase(before.charAt(0))) {
                return -1;
            }
            if (before.indexOf('.') > 0 && !SENTENCE_STARTERS.contains(tokenText[next].toLowerCase(Locale.ROOT))) {
                return -1; // "U.S. President": a dotted abbreviation ends a sentence only before a typical first word
            }
        }
        return last;
    }

    private static boolean isClosing(String token) {
        int c = token.codePointAt(0);
        return token.length() == 1 && (QuotationMarks.isClosing(c) || c == '"' || c == '\'' || c == ')' || c == ']');
    }
}
