package org.newsmark.model;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits an article into sentences and tokens, for token-based formats (CoNLL) and anything else
 * that needs words. Deliberately simple and predictable, not linguistically clever:
 * <ul>
 * <li>sentences are the segments of {@link BreakIterator#getSentenceInstance(Locale)} (root
 * locale) within a line: every line break also ends a sentence, since headlines and datelines
 * have no full stop;</li>
 * <li>tokens are the segments of {@link BreakIterator#getWordInstance(Locale)} (Unicode word
 * boundaries, UAX #29) that hold something other than white space: words and numbers stay whole
 * ({@code don't}, {@code 3.5}), every punctuation mark is a token of its own, white space is never
 * a token;</li>
 * <li>an emoji stays one token: ZWJ sequences, skin tones, keycaps and flags, which the JDK's
 * word rules would split.</li>
 * </ul>
 * Offsets are code points, end exclusive, like every offset of an {@link Article}.
 */
public final class Tokenizer {

    /** A token: its code point offsets and its text. */
    public record Token(int start, int end, String text) {
    }

    /** A sentence: its code point offsets and its tokens (never empty). */
    public record Sentence(int start, int end, List<Token> tokens) {
        public Sentence {
            tokens = List.copyOf(tokens);
        }
    }

    private Tokenizer() {
    }

    /** The sentences of the article that hold at least one token, in order. */
    public static List<Sentence> sentences(Article article) {
        String text = article.text();
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
        List<Sentence> out = new ArrayList<>();
        // Headlines and datelines end without a full stop: every line break ends a sentence.
        for (int lineStart = 0; lineStart <= text.length(); ) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            sentences.setText(text.substring(lineStart, lineEnd));
            int start = sentences.first();
            for (int end = sentences.next(); end != BreakIterator.DONE; start = end, end = sentences.next()) {
                List<Token> tokens = tokens(article, lineStart + start, lineStart + end);
                if (!tokens.isEmpty()) {
                    out.add(new Sentence(tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), tokens));
                }
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }

    /** The tokens of the whole article, in order. */
    public static List<Token> tokens(Article article) {
        return tokens(article, 0, article.text().length());
    }

    /** The tokens between two UTF-16 indexes of the text (sentence bounds from a BreakIterator). */
    private static List<Token> tokens(Article article, int from, int to) {
        String text = article.text();
        BreakIterator words = BreakIterator.getWordInstance(Locale.ROOT);
        words.setText(text.substring(from, to));
        List<Token> out = new ArrayList<>();
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            String piece = text.substring(from + start, from + end);
            if (piece.isBlank() || isAllSpace(piece)) {
                continue;
            }
            Token token = new Token(article.codePointOffset(from + start), article.codePointOffset(from + end), piece);
            Token last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.end() == token.start() && joins(last.text(), piece)) {
                out.set(out.size() - 1, new Token(last.start(), token.end(), last.text() + piece));
            } else {
                out.add(token);
            }
        }
        return out;
    }

    /**
     * Whether two adjacent pieces are one emoji or one letter with its marks, which the JDK's word
     * rules split: a ZWJ sequence, a skin tone or variation selector, a combining mark, the two
     * regional indicators of a flag.
     */
    private static boolean joins(String left, String right) {
        int last = left.codePointBefore(left.length());
        int first = right.codePointAt(0);
        if (last == 0x200D || first == 0x200D || (first >= 0x1F3FB && first <= 0x1F3FF) || first == 0xFE0F
                || first == 0x20E3) {
            return true;
        }
        int type = Character.getType(first);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
            return true;
        }
        return isRegionalIndicator(last) && isRegionalIndicator(first)
                && left.codePoints().filter(Tokenizer::isRegionalIndicator).count() % 2 == 1;
    }

    private static boolean isRegionalIndicator(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }

    private static boolean isAllSpace(String s) {
        return s.codePoints().allMatch(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || cp == '\u200B' || cp == '\uFEFF');
    }
}
