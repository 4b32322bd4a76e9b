package org.newsmark.model;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits an article into sentences of tokens, for token-based formats (CoNLL):
 * <ul>
 * <li>tokens are those of {@link WordTokenizer}, the one tokenizer that agreement uses too, so a
 * token in a CoNLL file is a token of the agreement measures;</li>
 * <li>sentences are the segments of {@link BreakIterator#getSentenceInstance(Locale)} (root
 * locale) within a line: every line break also ends a sentence, since headlines and datelines
 * have no full stop. A token belongs to the sentence it starts in.</li>
 * </ul>
 * Offsets are code points, end exclusive, like every offset of an {@link Article}.
 */
public final class Tokenizer {

    /** A token: its code point offsets and its text. */
    public record Token(int start, int end, String text) {}

    /** A sentence: its code point offsets and its tokens (never empty). */
    public record Sentence(int start, int end, List<Token> tokens) {
        public Sentence {
            tokens = List.copyOf(tokens);
        }
    }

    private Tokenizer() {}

    /** The sentences of the article that hold at least one token, in order. */
    public static List<Sentence> sentences(Article article) {
        List<Token> all = tokens(article);
        List<Integer> ends = sentenceEnds(article);
        List<Sentence> out = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int next = 0;
        for (Token t : all) {
            while (next < ends.size() && t.start() >= ends.get(next)) {
                flush(current, out);
                next++;
            }
            current.add(t);
        }
        flush(current, out);
        return out;
    }

    private static void flush(List<Token> current, List<Sentence> out) {
        if (!current.isEmpty()) {
            out.add(new Sentence(
                    current.get(0).start(), current.get(current.size() - 1).end(), current));
            current.clear();
        }
    }

    /** Code point offsets where a sentence ends: sentence breaks within each line, and line ends. */
    private static List<Integer> sentenceEnds(Article article) {
        String text = article.text();
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
        List<Integer> ends = new ArrayList<>();
        for (int lineStart = 0; lineStart <= text.length(); ) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            sentences.setText(text.substring(lineStart, lineEnd));
            for (int end = sentences.next(); end != BreakIterator.DONE; end = sentences.next()) {
                ends.add(article.codePointOffset(lineStart + end));
            }
            ends.add(article.codePointOffset(lineEnd));
            lineStart = lineEnd + 1;
        }
        return ends;
    }

    /** The index of the first of the tokens (in text order) that ends after the offset: binary search. */
    public static int firstEndingAfter(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The tokens of the whole article, in order, with their text. */
    public static List<Token> tokens(Article article) {
        int[] bounds = WordTokenizer.bounds(article.text());
        List<Token> out = new ArrayList<>(bounds.length / 2);
        for (int i = 0; i < bounds.length; i += 2) {
            out.add(new Token(bounds[i], bounds[i + 1], article.slice(bounds[i], bounds[i + 1])));
        }
        return out;
    }
}
